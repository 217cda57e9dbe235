import Foundation
import IPASAPI
import IPASDomain
import OpenAPIRuntime

/// Sign-in and who-am-I against the back office, through the generated client.
public struct BackOfficeSession: Sendable {
    let client: Client

    /// Uses a generated client (its transport and middlewares decide how and as whom it talks).
    public init(client: Client) {
        self.client = client
    }

    /// Signs in and returns the bearer token with its lifetime in seconds.
    public func signIn(username: String, password: String) async throws -> (token: String, expiresIn: Int) {
        let output = try await Self.calling { try await client.signIn(body: .json(.init(username: username, password: password))) }
        switch output {
        case .ok(let ok):
            let body = try ok.body.json
            return (body.accessToken, body.expiresIn)
        case .unauthorized:
            throw SyncError(.notSignedIn, "wrong user name or password")
        case .badRequest:
            throw SyncError(.refused(status: 400), "the server refused the sign-in request")
        case .undocumented(let status, _):
            throw SyncError(.refused(status: status), "the server answered \(status) to the sign-in")
        }
    }

    /// The signed-in user.
    public func currentUser() async throws -> UserProfile {
        switch try await Self.calling({ try await client.getCurrentUser() }) {
        case .ok(let ok): return UserProfile(try ok.body.json)
        case .unauthorized: throw SyncError(.notSignedIn, "not signed in, or the session expired: run `examiner login`")
        case .undocumented(let status, _): throw SyncError(.refused(status: status), "the server answered \(status)")
        }
    }

    /// Runs a client call, turning transport and decoding failures into `SyncError`s.
    static func calling<Output>(
        isolation: isolated (any Actor)? = #isolation, _ call: () async throws -> Output
    ) async throws -> Output {
        do {
            return try await call()
        } catch let error as ClientError {
            if error.response != nil {
                throw SyncError(.malformedResponse, "the server's answer does not match the API: \(error.causeDescription)")
            }
            throw SyncError(.unreachable, "cannot reach the server: \(error.underlyingError)")
        }
    }
}
