import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Adds the session's bearer token to every request of the generated client.
public struct BearerTokenMiddleware: ClientMiddleware {
    let token: @Sendable () -> String?

    /// Reads the token anew for every request, so a fresh sign-in takes effect at once.
    public init(token: @escaping @Sendable () -> String?) {
        self.token = token
    }

    public func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var request = request
        if let token = token() { request.headerFields[.authorization] = "Bearer \(token)" }
        return try await next(request, body, baseURL)
    }
}
