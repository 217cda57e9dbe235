import Foundation
import GRDB
import IPASDomain

/// A process as it is written to the office, with its file.
public struct NewProcess: Sendable {
    public var record: BibliographicRecord
    public var processID: String
    public var dueDate: CalendarDay?
    public var responsible: String
    public var newlyAllocated: Bool
}

extension SQLiteOfficeRepository {
    /// Whether the office holds no users yet (a new database).
    public func isEmpty() async throws -> Bool {
        try await writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM users") == 0 }
    }

    /// Writes users, files and their processes in one transaction, recording every file and task in the change feed.
    public func insert(users: [StoredUser], processes: [NewProcess]) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        try await writer.write { db in
            for user in users {
                try db.execute(
                    sql: "INSERT INTO users (username, display_name, role, password_hash) VALUES (?, ?, ?, ?)",
                    arguments: [user.profile.username, user.profile.displayName, user.profile.role.rawValue, user.passwordHash])
            }
            let fileStatement = try db.makeStatement(sql: "INSERT INTO files (file_number, kind, record) VALUES (?, ?, ?)")
            let processStatement = try db.makeStatement(sql: """
                INSERT INTO processes (process_id, file_number, status, due_date, responsible, newly_allocated, sort_key)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            let changeStatement = try db.makeStatement(sql: "INSERT INTO changes (kind, entity_id, scope_user) VALUES (?, ?, ?)")
            for process in processes {
                let record = process.record
                let json = String(decoding: try encoder.encode(record), as: UTF8.self)
                try fileStatement.execute(arguments: [record.fileNumber, record.kind.rawValue, json])
                try processStatement.execute(arguments: [
                    process.processID, record.fileNumber, record.status, process.dueDate?.description,
                    process.responsible, process.newlyAllocated,
                    Self.sortKey(due: process.dueDate, fileNumber: record.fileNumber, processID: process.processID),
                ])
                try changeStatement.execute(arguments: ["file", record.fileNumber, process.responsible])
                try changeStatement.execute(arguments: ["task", process.processID, process.responsible])
            }
        }
    }

    /// The queue order as one comparable text: due date (none last), file number, process.
    static func sortKey(due: CalendarDay?, fileNumber: String, processID: String) -> String {
        "\(due?.description ?? "9999-12-31")|\(fileNumber)|\(processID)"
    }
}
