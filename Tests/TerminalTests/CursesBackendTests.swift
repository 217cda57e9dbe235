import CNcursesw
import Testing
@testable import Terminal

/// Real ncurses sessions on /dev/null (TERM given explicitly, so the environment does not matter).
/// Serialized: ncurses keeps process-wide state.
@Suite("CursesBackend (headless ncurses)", .serialized)
struct CursesBackendTests {
    @Test func drawnTextCanBeReadBack() throws {
        let backend = try CursesBackend.headless()
        defer { backend.shutdown() }
        let (width, height) = backend.size
        #expect(width > 20 && height > 4)

        var screen = Screen(width: width, height: height)
        screen.put("Patent 特許審査 ok", row: 0, column: 0)
        screen.put("Заявка 👍 e\u{301}té", row: 1, column: 2)
        screen.put("edge 漢", row: 2, column: width - 6)
        backend.draw(screen)
        #expect(backend.readBack() == screen.text())
        #expect(backend.readBack().hasPrefix("Patent 特許審査 ok\n  Заявка 👍 e\u{301}té"))
    }

    @Test func injectedEscapeSequencesNeverReachTheCells() throws {
        let backend = try CursesBackend.headless()
        defer { backend.shutdown() }
        var screen = Screen(width: backend.size.width, height: backend.size.height)
        screen.put("title\u{1B}]0;pwned\u{07}x", row: 0, column: 0)
        screen.put("clip\u{1B}]52;c;Y2xpcA==\u{07} c1:\u{9B}31m rtl\u{202E}gnp.exe", row: 1, column: 0)
        backend.draw(screen)
        let shown = backend.readBack()
        #expect(shown.hasPrefix("title^[]0;pwned^Gx\nclip^[]52;c;Y2xpcA==^G c1:<U+009B>31m rtl<U+202E>gnp.exe"))
        #expect(!shown.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" })
    }

    @Test func onlyChangedRowsArePainted() throws {
        let backend = try CursesBackend.headless()
        defer { backend.shutdown() }
        var screen = Screen(width: backend.size.width, height: 3)
        screen.put("first", row: 0, column: 0)
        screen.put("second", row: 1, column: 0)
        backend.draw(screen)
        // Scribble on row 1 behind the backend's back; an unchanged row must not be repainted.
        _ = backend.withCurses { mvwaddnwstr(backend.window, 1, 0, Array("XXXXXX".unicodeScalars.map { wchar_t($0.value) }) + [0], 6) }
        screen.put("FIRST", row: 0, column: 0)
        backend.draw(screen)
        #expect(backend.readBack().hasPrefix("FIRST\nXXXXXX\n"))
        // A screen of another size is painted whole.
        var smaller = Screen(width: 10, height: 2)
        smaller.put("again", row: 1, column: 0)
        backend.draw(smaller)
        #expect(backend.readBack().hasPrefix("\nagain\n"))
    }

    @Test func stylesBecomeAttributesAndColourPairs() throws {
        let backend = try CursesBackend.headless(colors: true)
        defer { backend.shutdown() }
        var screen = Screen(width: 20, height: 2)
        screen.put("B", row: 0, column: 0, style: Style(bold: true))
        screen.put("R", row: 0, column: 1, style: Style(foreground: .red, reverse: true))
        screen.put("P", row: 0, column: 2)
        backend.draw(screen)
        let bold = try #require(backend.readCell(row: 0, column: 0))
        let red = try #require(backend.readCell(row: 0, column: 1))
        let plain = try #require(backend.readCell(row: 0, column: 2))
        #expect(bold.text == "B")
        #expect(bold.attributes & CursesPalette.attributes(of: Style(bold: true)) != 0)
        #expect(red.attributes & CursesPalette.attributes(of: Style(reverse: true)) != 0)
        #expect(red.pair > 0)
        #expect(plain.pair == 0)
        #expect(plain.attributes & CursesPalette.attributes(of: Style(bold: true, reverse: true)) == 0)
    }

    @Test func monochromeKeepsAttributes() throws {
        let backend = try CursesBackend.headless(colors: false)
        defer { backend.shutdown() }
        var screen = Screen(width: 10, height: 1)
        screen.put("S", row: 0, column: 0, style: Style(foreground: .green, reverse: true))
        backend.draw(screen)
        let cell = try #require(backend.readCell(row: 0, column: 0))
        #expect(cell.pair == 0)
        #expect(cell.attributes & CursesPalette.attributes(of: Style(reverse: true)) != 0)
    }

    @Test func screenWiderThanTheTerminalIsClippedWithoutWrapping() throws {
        let backend = try CursesBackend.headless()
        defer { backend.shutdown() }
        let width = backend.size.width
        var screen = Screen(width: width + 20, height: 3)
        screen.put(String(repeating: "a", count: width - 1) + "漢字", row: 0, column: 0)
        backend.draw(screen)
        let rows = backend.readBack().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.first.map(String.init) == String(repeating: "a", count: width - 1))
        #expect(rows.dropFirst().first == "")
    }

    @Test func readKeyTimesOutAndResizeIsReported() throws {
        let backend = try CursesBackend.headless()
        defer { backend.shutdown() }
        #expect(backend.readKey(timeoutMilliseconds: 0) == nil)
        backend.resizeTerminal(width: 40, height: 10)
        #expect(backend.size == (40, 10))
        #expect(backend.readKey(timeoutMilliseconds: 0) == .resize)
        var screen = Screen(width: 40, height: 10)
        screen.put("after resize", row: 9, column: 28)
        backend.draw(screen)
        #expect(backend.readBack() == screen.text())
    }

    @Test func shutdownIsSafeTwice() throws {
        let backend = try CursesBackend.headless()
        let size = backend.size
        backend.shutdown()
        backend.shutdown()
        #expect(backend.size == size)
        #expect(backend.readBack() == "")
        #expect(backend.readKey(timeoutMilliseconds: 0) == nil)
        backend.draw(Screen(width: 2, height: 2))
    }

    @Test func unknownTerminalTypeThrowsAClearError() {
        #expect {
            _ = try CursesBackend.headless(terminalType: "no-such-terminal-type")
        } throws: { error in
            guard let error = error as? TerminalError else { return false }
            return error.description.contains("no-such-terminal-type") && error.description.contains("TERM")
        }
    }

    @Test func paletteAllocatesPairsOncePerColourCombination() throws {
        let backend = try CursesBackend.headless(colors: true)
        defer { backend.shutdown() }
        let pairs = backend.withCurses { () -> [Int16] in
            [
                backend.palette.pair(for: Style(foreground: .red)),
                backend.palette.pair(for: Style(foreground: .blue, background: .white)),
                backend.palette.pair(for: Style(foreground: .red, bold: true)),
                backend.palette.pair(for: .plain),
            ]
        }
        let values = try #require(pairs)
        #expect(values[0] > 0 && values[1] > 0 && values[0] != values[1])
        #expect(values[2] == values[0])
        #expect(values[3] == 0)
    }
}
