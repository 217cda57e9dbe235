import ArgumentParser
import Foundation
import Sync

/// `examiner sync`: brings the cache up to date with the back office.
struct SyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Synchronise the local cache with the back office.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print a JSON summary instead of text.")
    var json = false

    func run() async throws {
        let context = try ExaminerContext(options: global)
        guard !context.offline else { throw CommandFailure("cannot sync with --offline") }
        guard context.storedSession != nil else { throw CommandFailure("not signed in: run `examiner login --user NAME` first") }
        let reporter = ProgressReporter(enabled: !json)
        let summary = try await Pull.run(context: context, progress: reporter.report)
        reporter.finish()
        if json {
            try JSONOutput.print(SyncSummaryJSON(pulled: summary.pulled, pushed: 0, conflicts: 0, rejected: 0, pages: summary.pages, reseeded: summary.reseeded))
        } else {
            print("Synchronised: \(summary.pulled) change\(summary.pulled == 1 ? "" : "s") pulled in \(summary.pages) page\(summary.pages == 1 ? "" : "s")\(summary.reseeded ? " (cache re-seeded: the server began a new epoch)" : "").")
        }
    }
}

/// The JSON summary of `examiner sync --json`.
struct SyncSummaryJSON: Encodable {
    var pulled: Int
    var pushed: Int
    var conflicts: Int
    var rejected: Int
    var pages: Int
    var reseeded: Bool
}

/// One pull of the change feed into the cache, shared by the commands.
enum Pull {
    static func run(context: ExaminerContext, progress: (@Sendable (PullProgress) -> Void)? = nil) async throws -> PullSummary {
        let engine = SyncEngine(client: try context.makeClient(), store: try context.openCache())
        return try await engine.pull(progress: progress)
    }
}

/// Progress on a terminal (one rewritten line on standard error), nothing otherwise.
struct ProgressReporter: Sendable {
    let live: Bool

    init(enabled: Bool) {
        live = enabled && isatty(STDERR_FILENO) == 1
    }

    var report: @Sendable (PullProgress) -> Void {
        let live = self.live
        return { progress in
            guard live else { return }
            FileHandle.standardError.write(Data("\r\u{1B}[Kpulling… \(progress.pulled) changes, \(progress.pages) pages".utf8))
        }
    }

    func finish() {
        if live { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
