import Foundation
import GRDB
import IPASDomain
import TestSupport
import Testing
@testable import OfflineStore

@Suite("Cache database")
struct CacheDatabaseTests {
    func item(_ id: String, owner: String = "examiner1", due: String? = "2026-12-01", title: String = "t") -> WorkItem {
        WorkItem(processID: id, fileNumber: "XA/P/2025/\(id)", kind: .patent, title: title, status: "Search",
                 dueDate: due.flatMap(CalendarDay.init(iso:)), responsible: owner, newlyAllocated: false)
    }

    @Test func aPageAndItsCursorCommitTogether() throws {
        let cache = try CacheDatabase.inMemory()
        try cache.apply([.upsertWorkItem(item("1")), .upsertWorkItem(item("2", owner: "examiner2"))], cursor: "e.2", epoch: "e")
        #expect(try cache.queue(for: "examiner1").map(\.processID) == ["1"])
        #expect(try cache.checkpoint() == SyncCheckpoint(cursor: "e.2", epoch: "e"))
        try cache.apply([.upsertWorkItem(item("1", title: "renamed")), .deleteWorkItem(processID: "2")], cursor: "e.4", epoch: "e")
        #expect(try cache.queue(for: "examiner1").map(\.title) == ["renamed"])
        #expect(try cache.queue(for: "examiner2").isEmpty)
        #expect(try cache.checkpoint().cursor == "e.4")
    }

    @Test func queueIsSoonestDueFirst() throws {
        let cache = try CacheDatabase.inMemory()
        try cache.apply([.upsertWorkItem(item("3", due: nil)), .upsertWorkItem(item("1", due: "2026-12-05")),
                         .upsertWorkItem(item("2", due: "2026-11-30"))], cursor: "e.3", epoch: "e")
        #expect(try cache.queue(for: "examiner1").map(\.processID) == ["2", "1", "3"])
    }

    @Test func filesRoundTripAndReseedForgetsPulledData() throws {
        let cache = try CacheDatabase.inMemory()
        let record = BibliographicRecord(fileNumber: "XA/P/2025/000001", kind: .patent, title: "Chipboard screw", status: "Search",
                                         applicants: ["A"], ipc: ["F16B 25/00"], claims: ["1. A screw."])
        try cache.apply([.upsertFile(record), .upsertWorkItem(item("1"))], cursor: "e.2", epoch: "e")
        try cache.saveUser(UserProfile(username: "examiner1", displayName: "E", role: .patentExaminer))
        #expect(try cache.file(record.fileNumber) == record)
        try cache.resetForReseed()
        #expect(try cache.file(record.fileNumber) == nil)
        #expect(try cache.queue(for: "examiner1").isEmpty)
        #expect(try cache.checkpoint().cursor == nil)
        #expect(try cache.user()?.username == "examiner1")
    }

    @Test func aReopenedFileKeepsEverythingAndIsWAL() throws {
        let folder = try TestPaths.scratchDirectory("cache")
        let path = folder.appendingPathComponent("cache.sqlite").path
        do {
            let cache = try CacheDatabase.open(path: path)
            try cache.apply([.upsertWorkItem(item("1"))], cursor: "e.1", epoch: "e")
            try cache.markSynced(at: Date(timeIntervalSince1970: 1_800_000_000))
        }
        let reopened = try CacheDatabase.open(path: path)
        #expect(try reopened.queue(for: "examiner1").count == 1)
        #expect(try reopened.checkpoint().lastSyncedAt == 1_800_000_000)
        #expect(try reopened.appliedMigrations() == ["v1"])
        let mode = try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }
}
