import Foundation
import Hummingbird
import Testing
@testable import IPASServer

@Suite("Change feed")
struct ChangeFeedTests {
    @Test func pagesDeliverEveryVisibleChangeOnce() async throws {
        let fixture = try await OfficeFixture.make(processesPerExaminer: 6)
        try await LiveServer.run(try OfficeServer.router(repository: fixture.repository)) { client in
            for (user, expected) in [("alice", 12), ("sam", 24)] {
                let token = try await client.signIn(user)
                var cursor: String?
                var ids: [String] = []
                var pages = 0
                while true {
                    let query = "limit=5" + (cursor.map { "&since=\($0)" } ?? "")
                    let page = try await client.json(uri: "/v1/changes?\(query)", token: token)
                    ids += (page["changes"]?.array ?? []).compactMap { $0.object?["id"]?.string }
                    cursor = page["next_cursor"]?.string
                    pages += 1
                    if page["has_more"]?.bool != true { break }
                }
                #expect(ids.count == expected, "\(user)")
                #expect(Set(ids).count == expected, "\(user)")
                #expect(pages == (expected + 4) / 5, "\(user)")
                if user == "alice" { #expect(!ids.contains { $0.hasPrefix("bob") || $0.contains("/N/") }) }
                // Nothing new after the last cursor.
                let tail = try await client.json(uri: "/v1/changes?since=\(cursor ?? "")", token: token)
                #expect(tail["changes"]?.array?.isEmpty == true)
                #expect(tail["next_cursor"]?.string == cursor)
            }
        }
    }

    @Test func aCursorOfAnotherEpochIsGone() async throws {
        let fixture = try await OfficeFixture.make()
        try await LiveServer.run(try OfficeServer.router(repository: fixture.repository)) { client in
            let token = try await client.signIn("alice")
            let epoch = try await fixture.repository.epoch()
            try await client.execute(uri: "/v1/changes?since=other-epoch.3", method: .get, headers: [.authorization: "Bearer \(token)"]) {
                let problem = try $0.problem()
                #expect($0.status == .gone)
                #expect(problem.status == 410)
            }
            try await client.execute(uri: "/v1/changes?since=\(epoch).3", method: .get, headers: [.authorization: "Bearer \(token)"]) {
                #expect($0.status == .ok)
            }
        }
    }
}
