import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Resolves the bearer token of every operation except the public ones and runs the handler as that user.
struct BearerAuthenticator: ServerMiddleware {
    static let publicOperations: Set<String> = ["signIn", "getSpecification"]

    let repository: any OfficeRepository

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        if Self.publicOperations.contains(operationID) { return try await next(request, body, metadata) }
        guard let header = request.headerFields[.authorization] else { throw APIProblem.unauthorized() }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            throw APIProblem.unauthorized("the Authorization header must be “Bearer <token>”")
        }
        guard let user = try await repository.user(forToken: String(parts[1]), at: Date()) else {
            throw APIProblem.unauthorized("the bearer token is unknown or has expired; sign in again")
        }
        return try await RequestUser.$current.withValue(user) { try await next(request, body, metadata) }
    }
}
