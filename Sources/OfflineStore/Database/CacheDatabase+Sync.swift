import Foundation
import GRDB
import IPASDomain

extension CacheDatabase {
    /// Where the cache stands against the change feed.
    public func checkpoint() throws -> SyncCheckpoint {
        try writer.read { db in
            SyncCheckpoint(
                cursor: try Self.meta(db, "feed.cursor"), epoch: try Self.meta(db, "feed.epoch"),
                lastSyncedAt: try Self.meta(db, "feed.last_synced_at").flatMap(Double.init))
        }
    }

    /// Applies one page of the change feed and moves the cursor, all in one transaction: a crash leaves either both or neither.
    public func apply(_ changes: [CacheChange], cursor: String, epoch: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        try writer.write { db in
            for change in changes {
                switch change {
                case .upsertFile(let record):
                    let json = String(decoding: try encoder.encode(record), as: UTF8.self)
                    try db.execute(
                        sql: """
                            INSERT INTO cached_file (file_number, kind, title, record) VALUES (?, ?, ?, ?)
                            ON CONFLICT (file_number) DO UPDATE SET kind = excluded.kind, title = excluded.title, record = excluded.record
                            """,
                        arguments: [record.fileNumber, record.kind.rawValue, record.title, json])
                case .deleteFile(let fileNumber):
                    try db.execute(sql: "DELETE FROM cached_file WHERE file_number = ?", arguments: [fileNumber])
                case .upsertWorkItem(let item):
                    try WorkItemRecord(item).upsert(db)
                case .deleteWorkItem(let processID):
                    try db.execute(sql: "DELETE FROM work_item WHERE process_id = ?", arguments: [processID])
                }
            }
            try Self.setMeta(db, "feed.cursor", cursor)
            try Self.setMeta(db, "feed.epoch", epoch)
        }
    }

    /// Records that a pull finished.
    public func markSynced(at date: Date) throws {
        try writer.write { db in try Self.setMeta(db, "feed.last_synced_at", String(date.timeIntervalSince1970)) }
    }

    /// Forgets what was pulled so the next pull starts from the beginning of a new epoch.
    public func resetForReseed() throws {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM cached_file")
            try db.execute(sql: "DELETE FROM work_item")
            try db.execute(sql: "DELETE FROM cache_meta WHERE key IN ('feed.cursor', 'feed.epoch')")
        }
    }

    /// Remembers who the cache belongs to.
    public func saveUser(_ user: UserProfile) throws {
        let json = String(decoding: try JSONEncoder().encode(user), as: UTF8.self)
        try writer.write { db in try Self.setMeta(db, "session.user", json) }
    }

    /// The user the cache belongs to, if known.
    public func user() throws -> UserProfile? {
        try writer.read { db in
            try Self.meta(db, "session.user").map { try JSONDecoder().decode(UserProfile.self, from: Data($0.utf8)) }
        }
    }

    static func meta(_ db: Database, _ key: String) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM cache_meta WHERE key = ?", arguments: [key])
    }

    static func setMeta(_ db: Database, _ key: String, _ value: String) throws {
        try db.execute(
            sql: "INSERT INTO cache_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            arguments: [key, value])
    }
}
