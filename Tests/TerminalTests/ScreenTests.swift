import Testing
@testable import Terminal

@Suite("Screen")
struct ScreenTests {
    @Test func newScreenIsBlankAndSizesClamp() {
        let screen = Screen(width: 4, height: 2)
        #expect(screen.width == 4 && screen.height == 2)
        #expect(screen[0, 0] == Cell.blank)
        #expect(screen.text() == "\n")

        let negative = Screen(width: -3, height: -1)
        #expect(negative.width == 0 && negative.height == 0)
        #expect(negative.text() == "")
        let huge = Screen(width: Int.max, height: 1)
        #expect(huge.width == Screen.maximumDimension)
    }

    @Test func outOfRangeReadsGiveBlankCells() {
        var screen = Screen(width: 3, height: 1)
        screen.put("abc", row: 0, column: 0)
        #expect(screen[0, -1] == .blank)
        #expect(screen[0, 3] == .blank)
        #expect(screen[1, 0] == .blank)
        #expect(screen[-1, 0] == .blank)
    }

    @Test func putWritesTextAndReturnsColumnsUsed() {
        var screen = Screen(width: 10, height: 2)
        let bold = Style(bold: true)
        let used = screen.put("hello", row: 1, column: 2, style: bold)
        #expect(used == 5)
        #expect(screen[1, 2] == Cell(text: "h", style: bold))
        #expect(screen[1, 6].text == "o")
        #expect(screen[1, 7] == .blank)
        #expect(screen.text() == "\n  hello")
    }

    @Test func putClipsAtRightEdgeAndMaxWidth() {
        var screen = Screen(width: 6, height: 1)
        #expect(screen.put("abcdefgh", row: 0, column: 3) == 3)
        #expect(screen.text() == "   abc")

        var limited = Screen(width: 10, height: 1)
        #expect(limited.put("abcdefgh", row: 0, column: 1, maxWidth: 4) == 4)
        #expect(limited.text() == " abcd")
        #expect(limited.put("zz", row: 0, column: 1, maxWidth: 0) == 0)
        #expect(limited.put("zz", row: 0, column: 1, maxWidth: -5) == 0)
        #expect(limited.text() == " abcd")
    }

    @Test func outOfRangeWritesChangeNothing() {
        var screen = Screen(width: 4, height: 2)
        let before = screen
        #expect(screen.put("x", row: 2, column: 0) == 0)
        #expect(screen.put("x", row: -1, column: 0) == 0)
        #expect(screen.put("x", row: 0, column: 4) == 0)
        #expect(screen.put("x", row: 0, column: Int.max) == 0)
        #expect(screen.put("x", row: 0, column: Int.min) == 0)
        screen.fill(row: 5, style: Style(reverse: true))
        screen.fill(row: 0, column: 9, style: Style(reverse: true))
        #expect(screen == before)
    }

    @Test func negativeColumnClipsTheStartOfTheText() {
        var screen = Screen(width: 5, height: 1)
        #expect(screen.put("abcdef", row: 0, column: -2) == 4)
        #expect(screen.text() == "cdef")
        var wide = Screen(width: 5, height: 1)
        wide.put("漢字x", row: 0, column: -1)
        #expect(wide.text() == " 字x")
    }

    @Test func wideCharactersTakeTwoCells() {
        var screen = Screen(width: 6, height: 1)
        #expect(screen.put("漢字ab", row: 0, column: 0) == 6)
        #expect(screen[0, 0].text == "漢")
        #expect(screen[0, 1].text == "")
        #expect(screen[0, 1].isContinuation)
        #expect(screen[0, 2].text == "字")
        #expect(screen[0, 4].text == "a")
        #expect(screen.text() == "漢字ab")
    }

    @Test func wideCharacterThatDoesNotFitBecomesASpace() {
        var screen = Screen(width: 5, height: 1)
        let style = Style(foreground: .red)
        #expect(screen.put("ab漢字", row: 0, column: 0, style: style) == 5)
        #expect(screen[0, 4] == Cell(text: " ", style: style))
        #expect(screen.rowText(0) == "ab漢 ")

        var limited = Screen(width: 10, height: 1)
        #expect(limited.put("👍👍", row: 0, column: 0, maxWidth: 3) == 3)
        #expect(limited.rowText(0) == "👍" + String(repeating: " ", count: 8))
        #expect(limited[0, 3] == .blank)
    }

    @Test func overwritingHalfAWideCharacterLeavesNoOrphans() {
        var screen = Screen(width: 6, height: 1)
        screen.put("漢字", row: 0, column: 0)
        screen.put("x", row: 0, column: 1)
        #expect(screen.rowText(0) == " x字  ")
        screen.put("y", row: 0, column: 2)
        #expect(screen.rowText(0) == " xy   ")
        for column in 0..<6 {
            #expect(!screen[0, column].isContinuation)
        }
    }

    @Test func combiningMarksStayInTheirCell() {
        var screen = Screen(width: 4, height: 1)
        #expect(screen.put("e\u{301}x", row: 0, column: 0) == 2)
        #expect(screen[0, 0].text == "e\u{301}")
        #expect(screen[0, 1].text == "x")
    }

    @Test func putSanitisesControlCharacters() {
        var screen = Screen(width: 20, height: 1)
        screen.put("a\u{1B}[2Jb\tc", row: 0, column: 0)
        #expect(screen.text() == "a^[[2Jb c")
        for column in 0..<20 {
            #expect(screen[0, column].text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F })
        }
    }

    @Test func fillPaintsASpanWithAStyle() {
        var screen = Screen(width: 5, height: 2)
        let bar = Style(background: .blue, reverse: true)
        screen.put("abcde", row: 0, column: 0)
        screen.fill(row: 0, column: 1, width: 2, style: bar)
        #expect(screen[0, 0] == Cell(text: "a"))
        #expect(screen[0, 1] == Cell(text: " ", style: bar))
        #expect(screen[0, 2] == Cell(text: " ", style: bar))
        #expect(screen[0, 3] == Cell(text: "d"))
        screen.fill(row: 1, column: -2, style: bar)
        #expect((0..<5).allSatisfy { screen[1, $0].style == bar })
        #expect(screen.text() == "a  de\n")
    }

    @Test func textTrimsTrailingSpacesPerLine() {
        var screen = Screen(width: 8, height: 3)
        screen.put("one  ", row: 0, column: 0)
        screen.put("two", row: 2, column: 3)
        #expect(screen.text() == "one\n\n   two")
    }

    @Test func changedRowsComparesRowByRow() {
        var first = Screen(width: 4, height: 3)
        first.put("aaaa", row: 0, column: 0)
        var second = first
        #expect(second.changedRows(since: first) == [])
        second.put("b", row: 2, column: 1)
        #expect(second.changedRows(since: first) == [2])
        second.fill(row: 0, column: 3, width: 1, style: Style(bold: true))
        #expect(second.changedRows(since: first) == [0, 2])
        #expect(second.changedRows(since: nil) == [0, 1, 2])
        #expect(second.changedRows(since: Screen(width: 5, height: 3)) == [0, 1, 2])
    }

    @Test func styleOnlyChangesAreChanges() {
        var first = Screen(width: 3, height: 1)
        first.put("abc", row: 0, column: 0)
        var second = Screen(width: 3, height: 1)
        second.put("abc", row: 0, column: 0, style: Style(underline: true))
        #expect(first.text() == second.text())
        #expect(second.changedRows(since: first) == [0])
    }
}
