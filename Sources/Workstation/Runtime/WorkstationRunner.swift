import Foundation
import OfflineStore
import Terminal

/// The terminal loop: one thread owns the backend; it reads keys, drains the mailbox, updates the state, redraws what changed.
public final class WorkstationRunner {
    /// Runs one sync and reports how it went; the runner calls it off the UI thread.
    public typealias SyncAction = @Sendable () async -> SyncOutcome

    let backend: any TerminalBackend
    let view: WorkstationView
    let keymap: Keymap
    let store: CacheDatabase
    let sync: SyncAction?
    let signals: TerminalSignals?
    let mailbox = Mailbox()
    var syncTask: Task<Void, Never>?

    /// Wires the loop; `sync` is nil when working offline on purpose.
    public init(backend: any TerminalBackend, view: WorkstationView, store: CacheDatabase, sync: SyncAction?, signals: TerminalSignals?) {
        self.backend = backend
        self.view = view
        self.keymap = view.keymap
        self.store = store
        self.sync = sync
        self.signals = signals
    }

    /// Runs until the user quits or a stop signal arrives; returns the final state. The first frame shows the cache as it is.
    public func run(_ initial: AppState) throws -> AppState {
        var state = initial
        let size = backend.size
        _ = state.update(.resized(width: size.width, height: size.height), keymap: keymap)
        if let username = state.user?.username {
            _ = state.update(.queueChanged(try store.queue(for: username)), keymap: keymap)
        }
        let mailbox = self.mailbox
        let observation: CacheObservation? = state.user.map { user in
            store.observeQueue(for: user.username, onError: { _ in }, onChange: { mailbox.post(.queueChanged($0)) })
        }
        defer {
            observation?.cancel()
            syncTask?.cancel()
        }
        var lastDrawn: Screen?
        var needsRender = true
        while state.running {
            // Render only after something happened: an idle workstation costs no frames, however long its queue.
            if needsRender {
                let screen = view.render(state)
                if screen != lastDrawn {
                    backend.draw(screen)
                    lastDrawn = screen
                }
            }
            var effects: [Effect] = []
            let key = backend.readKey(timeoutMilliseconds: 40)
            let messages = mailbox.drain()
            needsRender = key != nil || !messages.isEmpty
            if let key {
                if key == .resize {
                    let size = backend.size
                    effects += state.update(.resized(width: size.width, height: size.height), keymap: keymap)
                } else {
                    effects += state.update(.key(key), keymap: keymap)
                }
            }
            for message in messages { effects += state.update(message, keymap: keymap) }
            if signals?.stopRequested != nil { effects += state.update(.stopRequested, keymap: keymap) }
            if sync != nil { effects += state.update(.tick(Date()), keymap: keymap) }
            needsRender = needsRender || !effects.isEmpty
            for effect in effects { perform(effect, state: &state) }
        }
        return state
    }

    func perform(_ effect: Effect, state: inout AppState) {
        switch effect {
        case .quit:
            state.running = false
        case .startSync:
            guard let sync, !state.syncing else { return }
            _ = state.update(.syncStarted(Date()), keymap: keymap)
            let mailbox = self.mailbox
            syncTask = Task.detached {
                let outcome = await sync()
                mailbox.post(.syncFinished(outcome))
            }
        }
    }
}
