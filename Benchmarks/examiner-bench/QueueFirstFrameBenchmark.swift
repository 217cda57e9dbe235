import Foundation
import IPASDomain
import OfflineStore
import Terminal
import Workstation

/// The workstation's first frame from a cache of many files: open the cache, read the queue, render the screen.
struct QueueFirstFrameBenchmark {
    let fileCount: Int

    func run(in suite: BenchmarkSuite) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("examiner-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("cache.sqlite").path
        try fill(path: path)

        let resources = try ResourceLocator.locate()
        let view = WorkstationView(theme: try resources.theme(environment: [:]), keymap: try resources.keymap())
        let user = UserProfile(username: "examiner1", displayName: "Bench", role: .patentExaminer)
        let today = CalendarDay(iso: "2026-11-21") ?? CalendarDay(daysSinceEpoch: 0)

        var queue: [WorkItem] = []
        try suite.measure("queue first frame, \(fileCount / 1000)k-file cache (open+read+render)") {
            let cache = try CacheDatabase.open(path: path)
            var state = AppState(user: user, profile: "bench", today: today, width: 120, height: 40)
            state.queue = try cache.queue(for: user.username)
            _ = view.render(state)
        }
        let cache = try CacheDatabase.open(path: path)
        try suite.measure("  read queue of \(fileCount / 1000)k items from an open cache") { queue = try cache.queue(for: user.username) }
        var state = AppState(user: user, profile: "bench", today: today, width: 120, height: 40)
        state.queue = queue
        suite.measure("  render 120x40 frame of a \(queue.count)-item queue") { _ = view.render(state) }
        if let total = suite.median(of: "queue first frame, \(fileCount / 1000)k-file cache (open+read+render)"),
           let read = suite.median(of: "  read queue of \(fileCount / 1000)k items from an open cache") {
            print(String(format: "ratio: reading the queue is %.0f%% of the first frame (median over median)", 100 * (read / total)))
        }
    }

    func fill(path: String) throws {
        let cache = try CacheDatabase.open(path: path)
        var changes: [CacheChange] = []
        for index in 0..<fileCount {
            let fileNumber = "XA/P/\(2020 + index % 6)/\(String(format: "%06d", index))"
            let record = BibliographicRecord(fileNumber: fileNumber, kind: .patent, title: "Benchmark title \(index) for a patent application",
                                             status: "Search", abstract: String(repeating: "abstract ", count: 60))
            changes.append(.upsertFile(record))
            changes.append(.upsertWorkItem(WorkItem(
                processID: "PR-\(index)", fileNumber: fileNumber, kind: .patent, title: record.title, status: "Search",
                dueDate: CalendarDay(daysSinceEpoch: 20_000 + index % 400), responsible: "examiner1", newlyAllocated: index % 13 == 0)))
        }
        try cache.apply(changes, cursor: "bench.1", epoch: "bench")
    }
}
