import Foundation
import GRDB
import IPASDomain

/// The office repository on SQLite through GRDB: the embedded default of `ipas-server`.
public struct SQLiteOfficeRepository: OfficeRepository {
    let writer: any DatabaseWriter

    /// Opens (creating if needed) the database at `path` in WAL mode and migrates it.
    public static func open(path: String) throws -> SQLiteOfficeRepository {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        let pool = try DatabasePool(path: path, configuration: configuration)
        return try SQLiteOfficeRepository(writer: pool)
    }

    /// Uses an existing database, migrating it to the newest schema.
    public init(writer: any DatabaseWriter) throws {
        self.writer = writer
        try ServerSchema.migrator.migrate(writer)
        try writer.write { db in
            if try String.fetchOne(db, sql: "SELECT value FROM office_meta WHERE key = 'epoch'") == nil {
                try db.execute(sql: "INSERT INTO office_meta (key, value) VALUES ('epoch', ?)", arguments: [UUID().uuidString.lowercased()])
            }
        }
    }

    public func epoch() async throws -> String {
        try await writer.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM office_meta WHERE key = 'epoch'") ?? ""
        }
    }

    public func user(named username: String) async throws -> StoredUser? {
        try await writer.read { db in try Self.user(db, username: username) }
    }

    public func saveToken(_ token: String, for username: String, expiresAt: Date) async throws {
        try await writer.write { db in
            try db.execute(sql: "DELETE FROM tokens WHERE expires_at < ?", arguments: [Date().timeIntervalSince1970])
            try db.execute(
                sql: "INSERT INTO tokens (token, username, expires_at) VALUES (?, ?, ?)",
                arguments: [token, username, expiresAt.timeIntervalSince1970])
        }
    }

    public func user(forToken token: String, at now: Date) async throws -> StoredUser? {
        try await writer.read { db in
            guard let username = try String.fetchOne(
                db, sql: "SELECT username FROM tokens WHERE token = ? AND expires_at > ?",
                arguments: [token, now.timeIntervalSince1970])
            else { return nil }
            return try Self.user(db, username: username)
        }
    }

    public func queue(for username: String, after sortKey: String?, limit: Int) async throws -> [QueueRow] {
        try await writer.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT p.*, f.kind, f.record FROM processes p JOIN files f USING (file_number)
                    WHERE p.responsible = ? AND p.sort_key > ? ORDER BY p.sort_key LIMIT ?
                    """,
                arguments: [username, sortKey ?? "", limit])
            return try rows.map { row in QueueRow(item: try Self.workItem(row), sortKey: row["sort_key"]) }
        }
    }

    public func file(_ fileNumber: String) async throws -> BibliographicRecord? {
        try await writer.read { db in try Self.file(db, number: fileNumber) }
    }

    public func isResponsible(_ username: String, forFile fileNumber: String) async throws -> Bool {
        try await writer.read { db in
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM processes WHERE file_number = ? AND responsible = ?)",
                arguments: [fileNumber, username]) ?? false
        }
    }

    public func changes(after sequence: Int64, limit: Int, visibleTo user: StoredUser) async throws -> ChangeBatch {
        try await writer.read { db in
            let scope = user.seesWholeOffice ? "" : "AND (scope_user IS NULL OR scope_user = :user)"
            let rows = try Row.fetchAll(
                db, sql: "SELECT * FROM changes WHERE seq > :after \(scope) ORDER BY seq LIMIT :limit",
                arguments: ["after": sequence, "user": user.profile.username, "limit": limit + 1])
            let page = rows.prefix(limit)
            var entries: [ChangeBatch.Entry] = []
            for row in page {
                let id: String = row["entity_id"]
                switch row["kind"] as String {
                case "file": entries.append(.file(id: id, try Self.file(db, number: id)))
                case "task": entries.append(.task(id: id, try Self.task(db, id: id)))
                default: continue
                }
            }
            let last = page.last.map { $0["seq"] as Int64 } ?? sequence
            return ChangeBatch(entries: entries, lastSequence: last, hasMore: rows.count > limit)
        }
    }
}

extension SQLiteOfficeRepository {
    static func user(_ db: Database, username: String) throws -> StoredUser? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM users WHERE username = ?", arguments: [username]),
              let role = Role(rawValue: row["role"])
        else { return nil }
        return StoredUser(
            profile: UserProfile(username: row["username"], displayName: row["display_name"], role: role),
            passwordHash: row["password_hash"])
    }

    static func file(_ db: Database, number: String) throws -> BibliographicRecord? {
        guard let json = try String.fetchOne(db, sql: "SELECT record FROM files WHERE file_number = ?", arguments: [number])
        else { return nil }
        return try JSONDecoder().decode(BibliographicRecord.self, from: Data(json.utf8))
    }

    static func task(_ db: Database, id: String) throws -> WorkItem? {
        try Row.fetchOne(
            db,
            sql: "SELECT p.*, f.kind, f.record FROM processes p JOIN files f USING (file_number) WHERE p.process_id = ?",
            arguments: [id]
        ).map(workItem)
    }

    static func workItem(_ row: Row) throws -> WorkItem {
        let record = try JSONDecoder().decode(BibliographicRecord.self, from: Data((row["record"] as String).utf8))
        return WorkItem(
            processID: row["process_id"], fileNumber: row["file_number"], kind: record.kind, title: record.title,
            status: row["status"], dueDate: (row["due_date"] as String?).flatMap(CalendarDay.init(iso:)),
            responsible: row["responsible"], newlyAllocated: row["newly_allocated"])
    }
}
