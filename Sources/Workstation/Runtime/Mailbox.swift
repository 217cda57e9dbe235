import Synchronization

/// Messages posted from background work (sync, cache observation) for the UI thread to pick up on its next pass.
public final class Mailbox: Sendable {
    private let messages = Mutex<[Message]>([])

    /// An empty mailbox.
    public init() {}

    /// Posts a message; safe from any thread.
    public func post(_ message: Message) {
        messages.withLock { $0.append(message) }
    }

    /// Takes every posted message, oldest first.
    public func drain() -> [Message] {
        messages.withLock { pending in
            defer { pending.removeAll() }
            return pending
        }
    }
}
