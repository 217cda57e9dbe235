import Foundation
import Terminal

extension AppState {
    /// How often the workstation syncs on its own.
    public static let syncInterval: TimeInterval = 60

    /// Applies a message to the state and returns the effects to run.
    public mutating func update(_ message: Message, keymap: Keymap) -> [Effect] {
        switch message {
        case .key(.resize):
            return []
        case .key(let key):
            guard let action = keymap.action(for: key, in: showingHelp ? .global : .queue) else {
                notice = "\(key.notation) does nothing here; press ? for help"
                return []
            }
            return update(.action(action), keymap: keymap)
        case .action(let action):
            return perform(action)
        case .queueChanged(let items):
            let selectedID = selectedItem?.processID
            queue = items
            selection = selectedID.flatMap { id in items.firstIndex { $0.processID == id } } ?? min(selection, max(0, items.count - 1))
            keepSelectionVisible()
            return []
        case .syncStarted(let date):
            syncing = true
            lastSyncAttempt = date
            return []
        case .syncFinished(let outcome):
            syncing = false
            switch outcome {
            case .succeeded(let pulled, let date):
                connectivity = .online
                lastSync = date
                if pulled > 0 { notice = "synchronised: \(pulled) change\(pulled == 1 ? "" : "s")" }
            case .unreachable(let reason):
                connectivity = .offline(reason: reason)
            case .failed(let reason):
                notice = "sync failed: \(reason)"
            }
            return []
        case .resized(let width, let height):
            self.width = width
            self.height = height
            keepSelectionVisible()
            return []
        case .tick(let now):
            guard !syncing, now.timeIntervalSince(lastSyncAttempt ?? .distantPast) >= Self.syncInterval else { return [] }
            return [.startSync]
        case .stopRequested:
            running = false
            return [.quit]
        }
    }

    mutating func perform(_ action: ActionID) -> [Effect] {
        notice = nil
        switch action {
        case .quit:
            running = false
            return [.quit]
        case .help:
            showingHelp.toggle()
        case .sync:
            return syncing ? [] : [.startSync]
        case .moveDown: moveSelection(by: 1)
        case .moveUp: moveSelection(by: -1)
        case .pageDown: moveSelection(by: max(1, visibleQueueRows - 1))
        case .pageUp: moveSelection(by: -max(1, visibleQueueRows - 1))
        case .first: moveSelection(by: -selection)
        case .last: moveSelection(by: queue.count)
        }
        return []
    }

    mutating func moveSelection(by delta: Int) {
        guard !queue.isEmpty else { return }
        selection = min(max(0, selection + delta), queue.count - 1)
        keepSelectionVisible()
    }

    mutating func keepSelectionVisible() {
        let rows = visibleQueueRows
        guard rows > 0 else { return }
        if selection < scrollOffset { scrollOffset = selection }
        if selection >= scrollOffset + rows { scrollOffset = selection - rows + 1 }
        scrollOffset = max(0, min(scrollOffset, max(0, queue.count - rows)))
    }
}
