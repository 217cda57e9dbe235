import Foundation
import GRDB
import IPASDomain
import TestSupport
import Testing
@testable import IPASServer

@Suite("Demo office")
struct DemoOfficeTests {
    @Test func seedsRealPatentsAndTrademarksAcrossTheDemoUsers() async throws {
        let repository = try SQLiteOfficeRepository(writer: DatabaseQueue())
        let today = try #require(CalendarDay(iso: "2026-11-21"))
        let seeder = DemoOfficeSeeder(dataDirectory: TestPaths.repositoryRoot.appendingPathComponent("Data/demo-office"), today: today)
        #expect(try await seeder.seedIfEmpty(repository))
        #expect(try await seeder.seedIfEmpty(repository) == false)

        var byUser: [String: [WorkItem]] = [:]
        for user in DemoOfficeSeeder.users.map(\.username) {
            byUser[user] = try await repository.queue(for: user, after: nil, limit: 10_000).map(\.item)
        }
        let all = byUser.values.flatMap { $0 }
        #expect(all.filter { $0.kind == .patent }.count >= 500)
        #expect(all.filter { $0.kind == .trademark }.count >= 500)
        #expect(byUser["examiner1"]?.allSatisfy { $0.kind == .patent } == true)
        #expect(byUser["examiner3"]?.allSatisfy { $0.kind == .trademark } == true)
        for user in ["examiner1", "examiner2", "examiner3", "supervisor1"] {
            #expect((byUser[user]?.count ?? 0) > 30, "\(user)")
        }
        #expect(all.contains { if case .overdue = $0.urgency(on: today) { true } else { false } })
        #expect(all.contains { $0.newlyAllocated })
        #expect(all.allSatisfy { (try? FileNumber(parsing: $0.fileNumber))?.office == "XA" })
        // Real data: a known title from the fixtures and a known DPMA word mark.
        #expect(all.contains { $0.title == "Chipboard screw" })
        #expect(all.contains { $0.title == "IPORTAL" && $0.kind == .trademark })
        let mark = try #require(all.first { $0.kind == .trademark })
        let record = try #require(try await repository.file(mark.fileNumber))
        #expect(!record.niceClasses.isEmpty)
        #expect(record.niceClasses.allSatisfy { (1...45).contains($0) })
    }

    @Test func everyDemoUserSignsInWithTheDemoPassword() async throws {
        let repository = try SQLiteOfficeRepository(writer: DatabaseQueue())
        let today = try #require(CalendarDay(iso: "2026-11-21"))
        try await DemoOfficeSeeder(dataDirectory: TestPaths.repositoryRoot.appendingPathComponent("Data/demo-office"), today: today)
            .seedIfEmpty(repository)
        let issuer = TokenIssuer(repository: repository)
        for user in DemoOfficeSeeder.users {
            #expect(try await issuer.signIn(username: user.username, password: "demo") != nil)
            #expect(try await issuer.signIn(username: user.username, password: "Demo") == nil)
        }
    }
}
