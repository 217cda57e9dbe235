import Foundation
import HTTPTypes
import OpenAPIRuntime

/// A ClientTransport for OpenAPI-generated clients over libcurl.
///
/// Each request runs as one blocking libcurl transfer on its own thread (never on
/// Swift's cooperative pool); the calling task awaits a continuation. Cancelling the
/// task aborts the transfer at libcurl's next progress callback (within about a second)
/// and throws `TransportError` of kind `.cancelled`. Idle handles are pooled so that
/// kept-alive connections are reused. The transport never retries and never follows
/// redirects; it knows nothing about the API's operations.
public final class CurlTransport: ClientTransport, Sendable {
    private let configuration: CurlTransportConfiguration
    private let pool: CurlHandlePool

    /// Creates a transport; it can be shared by any number of concurrent requests.
    public init(configuration: CurlTransportConfiguration = .init()) {
        self.configuration = configuration
        self.pool = CurlHandlePool(capacity: configuration.maxIdleHandles)
    }

    /// Sends `request` to `baseURL` and returns the complete response; throws `TransportError`.
    public func send(
        _ request: HTTPRequest,
        body: HTTPBody?,
        baseURL: URL,
        operationID: String
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var prepared = try PreparedRequest(request, baseURL: baseURL)
        guard !Task.isCancelled else { throw TransportError.cancelled(prepared.displayURL) }
        prepared.attachBody(try await collect(body, for: prepared.displayURL))

        let handle = try pool.checkOut()
        let context = TransferContext(maxResponseBytes: configuration.maxResponseBytes)
        let outcome = await withTaskCancellationHandler {
            await perform(prepared, on: handle, context: context)
        } onCancel: {
            context.cancel()
        }
        return try response(from: outcome, for: prepared)
    }

    /// Number of idle pooled handles (for tests and diagnostics).
    var idleHandleCount: Int { pool.idleCount }

    // MARK: Steps

    /// Reads the whole request body, refusing more than `maxRequestBytes`.
    private func collect(_ body: HTTPBody?, for url: String) async throws(TransportError) -> [UInt8]? {
        guard let body else { return nil }
        let limit = configuration.maxRequestBytes
        if case .known(let length) = body.length, length > limit {
            throw TransportError(kind: .other, description: "request body for \(url) is larger than the allowed \(limit) bytes")
        }
        do {
            return try await [UInt8](collecting: body, upTo: limit)
        } catch {
            if Task.isCancelled { throw TransportError.cancelled(url) }
            throw TransportError(kind: .other, description: "could not read the request body for \(url) (\(error))")
        }
    }

    /// Runs the transfer on a dedicated thread and resumes when it is done.
    private func perform(_ request: PreparedRequest, on handle: CurlEasyHandle, context: TransferContext) async -> TransferOutcome {
        let configuration = self.configuration
        let pool = self.pool
        return await withCheckedContinuation { (continuation: CheckedContinuation<TransferOutcome, Never>) in
            let thread = Thread {
                let outcome = CurlTransfer(request: request, configuration: configuration).run(on: handle, context: context)
                pool.checkIn(handle)
                continuation.resume(returning: outcome)
            }
            thread.name = "examiner.curl"
            thread.start()
        }
    }

    /// Turns a finished transfer into the response, or the error describing why there is none.
    private func response(from outcome: TransferOutcome, for request: PreparedRequest) throws(TransportError) -> (HTTPResponse, HTTPBody?) {
        guard outcome.succeeded else {
            throw TransportError(failed: outcome, url: request.displayURL, responseLimit: configuration.maxResponseBytes)
        }
        guard (100...999).contains(outcome.status) else {
            throw TransportError.malformed(request.displayURL, "status code \(outcome.status)")
        }
        let status = HTTPResponse.Status(code: outcome.status, reasonPhrase: outcome.headers.reasonPhrase)
        let response = HTTPResponse(status: status, headerFields: outcome.headers.fields)
        if request.isHead {
            return (response, nil)
        }
        return (response, HTTPBody(outcome.body))
    }
}
