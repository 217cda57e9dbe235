import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Hummingbird
import HTTPTypes
import TestSupport

/// A response as the route tests see it.
struct RouteResponse: Sendable {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: ByteBuffer
}

/// A client of a live server on loopback.
struct RouteClient: Sendable {
    let baseURL: URL

    /// Sends one request and hands the response to `check`.
    func execute<Result: Sendable>(
        uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: ByteBuffer? = nil,
        _ check: (RouteResponse) async throws -> Result
    ) async throws -> Result {
        guard let url = URL(string: baseURL.absoluteString + uri) else { throw LiveServer.Failure(description: "bad uri \(uri)") }
        var request = URLRequest(url: url)
        request.httpMethod = method.rawValue
        for field in headers { request.addValue(field.value, forHTTPHeaderField: field.name.rawName) }
        if let body { request.httpBody = Data(buffer: body) }
        let (data, response) = try await URLSession.shared.data(for: request)
        guard let http = response as? HTTPURLResponse else { throw LiveServer.Failure(description: "not an HTTP response") }
        var fields = HTTPFields()
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String, let fieldName = HTTPField.Name(name) {
                fields[fieldName] = value
            }
        }
        return try await check(RouteResponse(status: .init(code: http.statusCode), headers: fields, body: ByteBuffer(bytes: data)))
    }
}

/// Runs a router in a real server on loopback and hands the tests a client of it.
enum LiveServer {
    struct Failure: Error, CustomStringConvertible { let description: String }

    static func run<Context: RequestContext, T: Sendable>(
        _ router: Router<Context>, _ body: @Sendable (RouteClient) async throws -> T
    ) async throws -> T where Context.Source == ApplicationRequestContextSource {
        try await LoopbackServer.run(router) { url in try await body(RouteClient(baseURL: url)) }
    }
}
