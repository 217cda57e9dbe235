import Foundation
import GRDB
import IPASDomain

/// The workstation's local cache: one SQLite file (WAL) holding everything the screens show.
///
/// Panes read only from here; the network only writes into it through the sync engine.
public struct CacheDatabase: Sendable {
    let writer: any DatabaseWriter

    /// The reader observations run on.
    public var reader: any DatabaseReader { writer }

    /// Opens (creating if needed) the cache file in WAL mode and migrates it.
    public static func open(path: String) throws -> CacheDatabase {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        return try CacheDatabase(writer: DatabasePool(path: path, configuration: configuration))
    }

    /// An in-memory cache for unit tests.
    public static func inMemory() throws -> CacheDatabase {
        try CacheDatabase(writer: DatabaseQueue())
    }

    /// Uses an open database, migrating it to the newest schema.
    public init(writer: any DatabaseWriter) throws {
        self.writer = writer
        try CacheSchema.migrator.migrate(writer)
    }

    /// The schema versions applied, oldest first.
    public func appliedMigrations() throws -> [String] {
        try writer.read { db in try CacheSchema.migrator.appliedMigrations(db) }
    }

    // MARK: Reading

    /// The queue of one user, soonest due first.
    public func queue(for username: String) throws -> [WorkItem] {
        try writer.read { db in try Self.queue(db, username: username) }
    }

    /// The cached bibliographic data of a file.
    public func file(_ fileNumber: String) throws -> BibliographicRecord? {
        try writer.read { db in
            try String.fetchOne(db, sql: "SELECT record FROM cached_file WHERE file_number = ?", arguments: [fileNumber])
                .map { try JSONDecoder().decode(BibliographicRecord.self, from: Data($0.utf8)) }
        }
    }

    /// How many files the cache holds.
    public func fileCount() throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM cached_file") ?? 0 }
    }

    static func queue(_ db: Database, username: String) throws -> [WorkItem] {
        try WorkItemRecord
            .filter(WorkItemRecord.Columns.responsible == username)
            .fetchAll(db)
            .compactMap(\.workItem)
            .sorted(by: WorkItem.queueOrder)
    }

    // MARK: Observing

    /// Calls `onChange` with the user's queue now and after every change, on a background queue, until the returned token is dropped.
    public func observeQueue(
        for username: String, onError: @escaping @Sendable (any Error) -> Void,
        onChange: @escaping @Sendable ([WorkItem]) -> Void
    ) -> CacheObservation {
        let cancellable = ValueObservation
            .tracking { db in try Self.queue(db, username: username) }
            .removeDuplicates()
            .start(in: writer, scheduling: .async(onQueue: DispatchQueue(label: "examiner.queue-observation")),
                   onError: onError, onChange: onChange)
        return CacheObservation(cancellable)
    }
}

/// A running observation of the cache; it stops when cancelled or released.
public final class CacheObservation: @unchecked Sendable {
    private let cancellable: AnyDatabaseCancellable

    init(_ cancellable: AnyDatabaseCancellable) {
        self.cancellable = cancellable
    }

    /// Stops the observation.
    public func cancel() { cancellable.cancel() }
}
