#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw

/// The ncurses backend: newterm on the real terminal, wide chars, colours when available, set_escdelay(25), keypad, cbreak, noecho, cursor hidden.
///
/// Use it from one thread only; ncurses is not thread-safe. Every call also takes a
/// process-wide lock and makes its own ncurses screen current, so several backends (in tests)
/// can exist side by side. Colours are used when `colors` is true and the terminal has them;
/// honouring NO_COLOR is the caller's choice, since ncurses ignores it.
public final class CursesBackend: TerminalBackend {
    /// The ncurses screen (SCREEN *) this backend owns.
    let terminal: OpaquePointer
    /// Its standard window.
    let window: UnsafeMutablePointer<WINDOW>
    /// Colour pairs allocated so far.
    var palette: CursesPalette
    /// The screen as last painted, to repaint only what changed.
    var lastDrawn: Screen?
    /// Streams this backend opened itself and must close (headless sessions).
    private let ownedStreams: [UnsafeMutablePointer<FILE>]
    private var isShutDown = false
    private var lastKnownSize: (width: Int, height: Int) = (0, 0)

    /// Starts ncurses on the process's terminal (stdin and stdout).
    ///
    /// Calls `setlocale(LC_ALL, "")` before `newterm`. Throws `TerminalError` when TERM is unset
    /// or unknown, or the terminal cannot be opened.
    public convenience init(colors: Bool = true) throws {
        guard let type = getenv("TERM").map({ String(cString: $0) }), !type.isEmpty else {
            throw TerminalError.termUnset
        }
        guard let output = nc_stdout(), let input = nc_stdin() else {
            throw TerminalError.cannotStart(terminalType: type)
        }
        try self.init(terminalType: type, output: output, input: input, colors: colors, ownedStreams: [])
    }

    /// Starts ncurses for `terminalType` on the given streams; closes `ownedStreams` at shutdown
    /// (and at once if starting fails).
    init(
        terminalType: String,
        output: UnsafeMutablePointer<FILE>,
        input: UnsafeMutablePointer<FILE>,
        colors: Bool,
        ownedStreams: [UnsafeMutablePointer<FILE>]
    ) throws {
        let started: (OpaquePointer, UnsafeMutablePointer<WINDOW>, CursesPalette)? = CursesLock.shared.withLock {
            Self.selectUTF8Locale()
            guard let terminal = terminalType.withCString({ newterm($0, output, input) }) else { return nil }
            set_term(terminal)
            guard let window = nc_stdscr() else {
                endwin()
                delscreen(terminal)
                return nil
            }
            cbreak()
            noecho()
            keypad(window, true)
            set_escdelay(25)
            curs_set(0)
            leaveok(window, true)
            return (terminal, window, CursesPalette.start(colors: colors))
        }
        guard let (terminal, window, palette) = started else {
            ownedStreams.forEach { fclose($0) }
            throw TerminalError.cannotStart(terminalType: terminalType)
        }
        self.terminal = terminal
        self.window = window
        self.palette = palette
        self.ownedStreams = ownedStreams
        self.lastKnownSize = withCurses { currentSize() } ?? (0, 0)
    }

    deinit {
        shutdown()
    }

    /// Current size in columns and rows (the last known size after shutdown).
    public var size: (width: Int, height: Int) {
        if let size = withCurses({ currentSize() }) {
            lastKnownSize = size
        }
        return lastKnownSize
    }

    /// Shows the screen, painting only the rows that changed since the last draw; a screen of
    /// a new size is painted whole. Parts outside the terminal are clipped.
    public func draw(_ screen: Screen) {
        withCurses {
            let (width, height) = currentSize()
            let fullRepaint = lastDrawn.map { $0.width != screen.width || $0.height != screen.height } ?? true
            if fullRepaint { werase(window) }
            for row in screen.changedRows(since: lastDrawn) where row < height {
                paint(row: row, of: screen, columns: min(screen.width, width))
            }
            wnoutrefresh(window)
            doupdate()
            lastDrawn = screen
        }
    }

    /// Waits up to `timeoutMilliseconds` (negative: forever) for a key; nil on timeout, on
    /// interruption by a signal, and for keys with no `Key` value.
    public func readKey(timeoutMilliseconds: Int) -> Key? {
        withCurses {
            wtimeout(window, Int32(clamping: max(timeoutMilliseconds, -1)))
            var code: wint_t = 0
            let status = wget_wch(window, &code)
            let key = CursesKeyDecoder.decode(status: status, code: UInt32(code))
            if key == .resize { lastDrawn = nil }
            return key
        } ?? nil
    }

    /// Restores the terminal (endwin) and frees the ncurses screen; safe to call twice.
    public func shutdown() {
        CursesLock.shared.withLock {
            guard !isShutDown else { return }
            isShutDown = true
            set_term(terminal)
            endwin()
            delscreen(terminal)
            ownedStreams.forEach { fclose($0) }
        }
    }

    /// Runs `body` with the lock held and this backend's screen current; nil after shutdown.
    func withCurses<T>(_ body: () -> T) -> T? {
        CursesLock.shared.withLock {
            guard !isShutDown else { return nil }
            set_term(terminal)
            return body()
        }
    }

    /// The window size; call inside `withCurses`.
    func currentSize() -> (width: Int, height: Int) {
        var rows: Int32 = 0
        var columns: Int32 = 0
        nc_getmaxyx(window, &rows, &columns)
        return (Int(columns), Int(rows))
    }

    /// Applies the user's locale, then makes sure the character type is UTF-8 (the layout is
    /// measured in UTF-8, so drawing must match it).
    private static func selectUTF8Locale() {
        setlocale(LC_ALL, "")
        let current = setlocale(LC_CTYPE, nil).map { String(cString: $0).lowercased() } ?? ""
        if current.contains("utf-8") || current.contains("utf8") { return }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            return
        }
    }
}
