/// A place a Screen is shown and keys come from.
///
/// The run loop owns exactly one backend and uses it from one thread: it asks for `size`,
/// renders a `Screen` of that size, calls `draw`, then waits for a key with `readKey`.
/// `CursesBackend` is the real terminal; `HeadlessBackend` is its twin for tests.
public protocol TerminalBackend: AnyObject {
    /// Current size in columns and rows.
    var size: (width: Int, height: Int) { get }
    /// Shows the screen, painting only what changed since the last draw.
    func draw(_ screen: Screen)
    /// Waits up to `timeoutMilliseconds` for a key; nil on timeout.
    func readKey(timeoutMilliseconds: Int) -> Key?
    /// Restores the terminal; safe to call twice.
    func shutdown()
}
