import Foundation
import IPASDomain
import Logging
import OfflineStore
import Sync
import Terminal
import Workstation

/// Opens the terminal, runs the workstation on the cache, and restores the terminal on every way out.
struct WorkstationLauncher {
    let context: ExaminerContext
    let profile: String
    let keymapPreset: String
    let themeName: String

    func run() throws {
        let resources = try ResourceLocator.locate()
        let keymap = try resources.keymap(preset: keymapPreset, userFile: context.paths.userKeymapFile)
        let theme = try resources.theme(named: themeName)
        let cache = try context.openCache()
        guard let user = try cache.user() else {
            throw CommandFailure("not signed in: run `examiner login --user NAME` first (or `examiner demo` to try the demo office)")
        }
        let sync = context.canGoOnline ? try backgroundSync(cache: cache) : nil
        let signals = TerminalSignals()
        let backend = try CursesBackend()
        signals.install {}
        defer {
            signals.uninstall()
            backend.shutdown()
        }
        let size = backend.size
        let state = AppState(user: user, profile: profile, today: .localToday(), width: size.width, height: size.height)
        let runner = WorkstationRunner(
            backend: backend, view: WorkstationView(theme: theme, keymap: keymap), store: cache, sync: sync, signals: signals)
        var initial = state
        if let checkpoint = try? cache.checkpoint(), let last = checkpoint.lastSyncedAt {
            initial.lastSync = Date(timeIntervalSince1970: last)
        }
        if sync == nil { initial.connectivity = .offline(reason: context.offline ? "--offline" : "not signed in to a server") }
        _ = try runner.run(initial)
    }

    /// A sync the runner can start in the background; errors become outcomes, never escape.
    func backgroundSync(cache: CacheDatabase) throws -> WorkstationRunner.SyncAction {
        let quiet = Logger(label: "examiner.sync") { _ in SwiftLogNoOpLogHandler() }
        let engine = SyncEngine(client: try context.makeClient(), store: cache, logger: quiet)
        return {
            do {
                let summary = try await engine.pull()
                return .succeeded(pulled: summary.pulled, at: Date())
            } catch let error as SyncError where error.kind == .unreachable {
                return .unreachable(error.description)
            } catch {
                return .failed("\(error)")
            }
        }
    }
}
