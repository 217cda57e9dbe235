import Foundation
import GRDB
import HummingbirdBcrypt
import IPASDomain
@testable import IPASServer

/// A small office in an in-memory SQLite database: two examiners, a supervisor, and numbered processes.
struct OfficeFixture {
    let repository: SQLiteOfficeRepository

    static func make(processesPerExaminer: Int = 5) async throws -> OfficeFixture {
        let repository = try SQLiteOfficeRepository(writer: DatabaseQueue())
        let hash = Bcrypt.hash("secret", cost: 4)
        let users = [
            UserProfile(username: "alice", displayName: "Alice", role: .patentExaminer),
            UserProfile(username: "bob", displayName: "Bob", role: .trademarkExaminer),
            UserProfile(username: "sam", displayName: "Sam", role: .supervisor),
        ].map { StoredUser(profile: $0, passwordHash: hash) }
        var processes: [NewProcess] = []
        for (owner, kind, type) in [("alice", IPKind.patent, "P"), ("bob", .trademark, "N")] {
            for index in 1...processesPerExaminer {
                let number = "XA/\(type)/2025/\(String(format: "%06d", index))"
                processes.append(NewProcess(
                    record: BibliographicRecord(fileNumber: number, kind: kind, title: "\(owner) file \(index)", status: "Search"),
                    processID: "\(owner)-\(index)",
                    dueDate: index % 3 == 0 ? nil : CalendarDay(iso: "2026-12-\(String(format: "%02d", 28 - index))"),
                    responsible: owner, newlyAllocated: index == 1))
            }
        }
        try await repository.insert(users: users, processes: processes)
        return OfficeFixture(repository: repository)
    }
}
