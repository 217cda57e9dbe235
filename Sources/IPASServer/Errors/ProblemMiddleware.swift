import Hummingbird
import HTTPTypes
import Logging
import OpenAPIRuntime

/// Turns every error a route throws, and every unknown route or method, into an RFC 9457 problem response without internals.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let (status, detail) = Self.classify(error)
            if status.kind == .serverError {
                context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            }
            var headers: HTTPFields = [.contentType: "application/problem+json"]
            if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer" }
            let body = ProblemDocument(status: status, detail: detail).json()
            return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
        }
    }

    /// The status and the caller-safe detail for an error.
    static func classify(_ error: any Error) -> (HTTPResponse.Status, String) {
        switch error {
        case let problem as APIProblem:
            return (problem.status, problem.detail)
        case let serverError as ServerError:
            if let problem = serverError.underlyingError as? APIProblem { return (problem.status, problem.detail) }
            let status = serverError.httpStatus
            if status.kind == .clientError {
                return (status, "the request does not match the API contract: \(serverError.causeDescription)")
            }
            return (.internalServerError, "the server could not answer this request")
        case let httpError as HTTPError:
            switch httpError.status {
            case .notFound: return (.notFound, "no such route")
            case .methodNotAllowed: return (.methodNotAllowed, "this route does not accept that method")
            case .contentTooLarge: return (.contentTooLarge, "the request body is too large")
            default: return (httpError.status, httpError.body ?? httpError.status.reasonPhrase)
            }
        case let responseError as any HTTPResponseError:
            return (responseError.status, responseError.status.reasonPhrase)
        default:
            return (.internalServerError, "the server could not answer this request")
        }
    }
}
