import Foundation
import Hummingbird
import Testing
@testable import IPASServer

@Suite("Office routes")
struct OfficeRoutesTests {
    func withApp(_ body: @Sendable (RouteClient) async throws -> Void) async throws {
        let fixture = try await OfficeFixture.make(processesPerExaminer: 7)
        try await LiveServer.run(try OfficeServer.router(repository: fixture.repository)) { client in try await body(client) }
    }

    @Test func signInIssuesABearerToken() async throws {
        try await withApp { client in
            let token = try await client.signIn("alice")
            #expect(token.count == 64)
            try await client.execute(uri: "/v1/me", method: .get, headers: [.authorization: "Bearer \(token)"]) { response in
                #expect(response.status == .ok)
                let user = try JSONDecoder().decode([String: String].self, from: Data(buffer: response.body))
                #expect(user["username"] == "alice")
                #expect(user["role"] == "patent_examiner")
            }
        }
    }

    @Test func wrongPasswordIsA401Problem() async throws {
        try await withApp { client in
            try await client.execute(
                uri: "/v1/auth/token", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"username":"alice","password":"nope"}"#)
            ) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.contentType] == "application/problem+json")
                #expect(response.headers[.wwwAuthenticate] == "Bearer")
                let problem = try response.problem()
                #expect(problem.status == 401)
                #expect(problem.detail == "wrong user name or password")
            }
        }
    }

    @Test func everyRouteButSignInAndTheSpecNeedsAToken() async throws {
        try await withApp { client in
            for uri in ["/v1/me", "/v1/queue", "/v1/changes", "/v1/files/XA/P/2025/000001"] {
                try await client.execute(uri: uri, method: .get) { #expect($0.status == .unauthorized, "\(uri)") }
                try await client.execute(uri: uri, method: .get, headers: [.authorization: "Bearer forged"]) {
                    #expect($0.status == .unauthorized, "\(uri)")
                }
            }
            try await client.execute(uri: "/openapi.yaml", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).hasPrefix("openapi: 3.1"))
            }
        }
    }

    @Test func queuePagesCoverTheQueueOnceInDueOrder() async throws {
        try await withApp { client in
            let token = try await client.signIn("alice")
            var seen: [[String: JSONValue]] = []
            var pageToken: String?
            repeat {
                let query = "page_size=3" + (pageToken.map { "&page_token=\($0)" } ?? "")
                let page = try await client.json(uri: "/v1/queue?\(query)", token: token)
                seen += (page["items"]?.array ?? []).compactMap(\.object)
                pageToken = page["next_page_token"]?.string
            } while pageToken != nil
            let ids = seen.compactMap { $0["process_id"]?.string }
            #expect(ids.count == 7)
            #expect(Set(ids).count == 7)
            #expect(seen.allSatisfy { $0["responsible"]?.string == "alice" })
            let dues = seen.map { $0["due_date"]?.string ?? "9999" }
            #expect(dues == dues.sorted())
        }
    }

    @Test func examinersSeeOnlyTheirFilesSupervisorsSeeAll() async throws {
        try await withApp { client in
            let alice = try await client.signIn("alice")
            let sam = try await client.signIn("sam")
            try await client.execute(uri: "/v1/files/XA/N/2025/000001", method: .get, headers: [.authorization: "Bearer \(alice)"]) {
                let problem = try $0.problem()
                #expect($0.status == .forbidden)
                #expect(problem.status == 403)
            }
            let file = try await client.json(uri: "/v1/files/XA/N/2025/000001", token: sam)
            #expect(file["title"]?.string == "bob file 1")
            try await client.execute(uri: "/v1/files/XA/P/2025/000099", method: .get, headers: [.authorization: "Bearer \(sam)"]) {
                #expect($0.status == .notFound)
            }
        }
    }

    @Test func badRequestsAreProblems() async throws {
        try await withApp { client in
            let token = try await client.signIn("alice")
            let cases: [(String, HTTPRequest.Method, String?, HTTPResponse.Status)] = [
                ("/v1/nowhere", .get, nil, .notFound),
                ("/v1/auth/token", .post, "{not json", .badRequest),
                ("/v1/queue?page_size=0", .get, nil, .badRequest),
                ("/v1/queue?page_token=zz", .get, nil, .badRequest),
                ("/v1/changes?since=garbage", .get, nil, .badRequest),
            ]
            for (uri, method, body, status) in cases {
                try await client.execute(
                    uri: uri, method: method,
                    headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                    body: body.map { ByteBuffer(string: $0) }
                ) { response in
                    #expect(response.status == status, "\(uri)")
                    #expect(response.headers[.contentType] == "application/problem+json", "\(uri)")
                    let problem = try response.problem()
                    #expect(problem.status == Int(status.code), "\(uri)")
                }
            }
        }
    }
}
