/// A backend with no terminal, for tests: a fixed size, a queue of keys to hand out, the last screen drawn.
///
/// Single-threaded, like the real backend. `readKey` never waits: it hands out a pending
/// `.resize` first, then queued keys, then nil (as if the timeout passed).
public final class HeadlessBackend: TerminalBackend {
    /// Keys `readKey` will return, first to last.
    public var pendingKeys: [Key]
    /// The screen passed to the latest `draw`.
    public private(set) var lastScreen: Screen?
    /// How many times `draw` was called.
    public private(set) var drawCount: Int
    /// The rows the latest `draw` would have painted (diffed against the screen before it).
    public private(set) var lastChangedRows: [Int] = []
    /// How many times `shutdown` was called.
    public private(set) var shutdownCount = 0
    /// True once `shutdown` has been called.
    public var isShutDown: Bool { shutdownCount > 0 }

    private var width: Int
    private var height: Int
    private var resizePending = false

    /// Creates a backend of a fixed size (negative sizes clamp to 0) with no pending keys.
    public init(width: Int, height: Int) {
        self.width = max(width, 0)
        self.height = max(height, 0)
        self.pendingKeys = []
        self.lastScreen = nil
        self.drawCount = 0
    }

    /// Current size in columns and rows.
    public var size: (width: Int, height: Int) { (width, height) }

    /// Records the screen; `lastChangedRows` tells what a real terminal would repaint.
    public func draw(_ screen: Screen) {
        lastChangedRows = screen.changedRows(since: lastScreen)
        lastScreen = screen
        drawCount += 1
    }

    /// Returns `.resize` after a `resize`, else the next queued key, else nil; never waits.
    public func readKey(timeoutMilliseconds: Int) -> Key? {
        if resizePending {
            resizePending = false
            return .resize
        }
        return pendingKeys.isEmpty ? nil : pendingKeys.removeFirst()
    }

    /// Changes the size as a terminal window would; the next readKey returns .resize first.
    public func resize(width: Int, height: Int) {
        self.width = max(width, 0)
        self.height = max(height, 0)
        resizePending = true
    }

    /// Queues keys given in keymap notation ("j", "<Down>", "<C-c>"); returns false, queuing
    /// nothing, if any of them does not parse.
    @discardableResult
    public func press(_ notations: String...) -> Bool {
        let keys = notations.compactMap(Key.init(notation:))
        guard keys.count == notations.count else { return false }
        pendingKeys.append(contentsOf: keys)
        return true
    }

    /// Counts the call; there is nothing to restore.
    public func shutdown() {
        shutdownCount += 1
    }
}
