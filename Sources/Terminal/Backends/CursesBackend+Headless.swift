#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw

extension CursesBackend {
    /// A real ncurses session that shows nothing: output and input are /dev/null, so tests can
    /// draw through ncurses and read back what it holds (tig's TIG_NO_DISPLAY approach).
    ///
    /// The size is the terminfo default (usually 80×24) unless LINES and COLUMNS are set;
    /// `resizeTerminal` changes it. Does not read or change the TERM environment variable.
    public static func headless(terminalType: String = "xterm-256color", colors: Bool = true) throws -> CursesBackend {
        guard let output = fopen("/dev/null", "w") else {
            throw TerminalError("Cannot open /dev/null for a headless terminal session.")
        }
        guard let input = fopen("/dev/null", "r") else {
            fclose(output)
            throw TerminalError("Cannot open /dev/null for a headless terminal session.")
        }
        return try CursesBackend(
            terminalType: terminalType,
            output: output,
            input: input,
            colors: colors,
            ownedStreams: [output, input]
        )
    }

    /// What ncurses holds on screen, as `Screen.text()` formats it: rows joined by "\n",
    /// trailing spaces removed. Empty after shutdown.
    public func readBack() -> String {
        withCurses {
            let (width, height) = currentSize()
            return (0..<height).map { row in
                var line = readRow(row, width: width)
                while line.last == " " { line.removeLast() }
                return line
            }.joined(separator: "\n")
        } ?? ""
    }

    /// Resizes the ncurses screen as a terminal window change would (`resizeterm`); the next
    /// `readKey` reports `.resize`.
    public func resizeTerminal(width: Int, height: Int) {
        withCurses {
            _ = resizeterm(Int32(clamping: max(height, 1)), Int32(clamping: max(width, 1)))
        }
    }

    /// The text, attribute bits and colour pair ncurses holds at one cell, or nil outside the
    /// window or after shutdown.
    func readCell(row: Int, column: Int) -> (text: String, attributes: attr_t, pair: Int16)? {
        withCurses { () -> (text: String, attributes: attr_t, pair: Int16)? in
            var cell = cchar_t()
            guard mvwin_wch(window, Int32(row), Int32(column), &cell) != ERR else { return nil }
            var characters = [wchar_t](repeating: 0, count: 8)
            var attributes: attr_t = 0
            var pair: Int16 = 0
            guard getcchar(&cell, &characters, &attributes, &pair, nil) != ERR else { return nil }
            return (Self.string(from: characters), attributes, pair)
        } ?? nil
    }

    /// One window row as text, via `mvwinnwstr`; call inside `withCurses`.
    private func readRow(_ row: Int, width: Int) -> String {
        var buffer = [wchar_t](repeating: 0, count: width * 6 + 1)
        let count = mvwinnwstr(window, Int32(row), 0, &buffer, Int32(buffer.count - 1))
        guard count != ERR else { return "" }
        return Self.string(from: buffer)
    }

    /// A Swift string from NUL-terminated wide characters.
    private static func string(from characters: [wchar_t]) -> String {
        var scalars = String.UnicodeScalarView()
        for character in characters {
            guard character != 0 else { break }
            scalars.append(Unicode.Scalar(UInt32(bitPattern: character)) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}
