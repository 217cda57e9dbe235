import Testing
@testable import Terminal

@Suite("DisplayWidth")
struct DisplayWidthTests {
    @Test(arguments: [
        ("", 0),
        ("abc", 3),
        ("漢字", 4),
        ("👍", 2),
        ("é", 1),  // precomposed U+00E9
        ("e\u{301}", 1),  // e + combining acute
        ("Патент", 6),
        ("a漢b👍c", 7),
        ("한국어", 6),
        ("ｆｕｌｌ", 8),  // fullwidth Latin
    ])
    func widthOfMixedScripts(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test func controlCharactersMeasureAsTheirPlaceholders() {
        #expect(DisplayWidth.of("\u{1B}") == 2)  // "^["
        #expect(DisplayWidth.of("a\tb") == 3)  // tab shows as one space
        #expect(DisplayWidth.of("\u{202E}") == 8)  // "<U+202E>"
        #expect(DisplayWidth.of("\u{FEFF}") == 0)  // dropped
        var screen = Screen(width: 40, height: 1)
        let text = "x\u{1B}]0;t\u{07}漢\u{202E}"
        #expect(screen.put(text, row: 0, column: 0) == DisplayWidth.of(text))
    }

    @Test func widthIsRightWithoutAUTF8ProcessLocale() {
        // The private locale is used whatever LC_CTYPE the process has.
        #expect(WideCharacterLocale.isAvailable)
        #expect(WideCharacterLocale.wcwidth("漢") == 2)
        #expect(DisplayWidth.width(of: "\u{301}" as Unicode.Scalar) == 0)
    }

    @Test func fallbackTableCoversCommonRanges() {
        #expect(DisplayWidth.fallbackWidth(of: "漢") == 2)
        #expect(DisplayWidth.fallbackWidth(of: "👍") == 2)
        #expect(DisplayWidth.fallbackWidth(of: "가") == 2)
        #expect(DisplayWidth.fallbackWidth(of: "é") == 1)
        #expect(DisplayWidth.fallbackWidth(of: "\u{301}") == 0)
        #expect(DisplayWidth.fallbackWidth(of: "a") == 1)
    }

    @Test func truncateLeavesShortTextAlone() {
        #expect(DisplayWidth.truncate("abc", toWidth: 3) == "abc")
        #expect(DisplayWidth.truncate("漢字", toWidth: 4) == "漢字")
        #expect(DisplayWidth.truncate("abc", toWidth: 0) == "")
        #expect(DisplayWidth.truncate("abc", toWidth: -1) == "")
    }

    @Test func truncateAddsEllipsis() {
        #expect(DisplayWidth.truncate("abcdef", toWidth: 4) == "abc…")
        #expect(DisplayWidth.truncate("abcdef", toWidth: 1) == "…")
        #expect(DisplayWidth.truncate("abcdef", toWidth: 4, ellipsis: "...") == "a...")
        #expect(DisplayWidth.truncate("abcdef", toWidth: 2, ellipsis: "...") == "ab")
        #expect(DisplayWidth.truncate("abcdef", toWidth: 3, ellipsis: "") == "abc")
    }

    @Test func truncateNeverSplitsAWideCharacter() {
        // 漢字漢 is 6 columns. At 4: "漢" (2) + "…" (1) = 3; "漢字" + "…" would be 5.
        #expect(DisplayWidth.truncate("漢字漢", toWidth: 4) == "漢…")
        #expect(DisplayWidth.truncate("漢字漢", toWidth: 5) == "漢字…")
        #expect(DisplayWidth.truncate("a漢字", toWidth: 3) == "a…")
        #expect(DisplayWidth.truncate("👍👍", toWidth: 2) == "…")
        #expect(DisplayWidth.truncate("e\u{301}e\u{301}e\u{301}", toWidth: 2) == "e\u{301}…")
        for width in 0...8 {
            #expect(DisplayWidth.of(DisplayWidth.truncate("日本語テキスト", toWidth: width)) <= width)
        }
    }

    @Test func padMakesExactWidth() {
        #expect(DisplayWidth.pad("ab", toWidth: 4) == "ab  ")
        #expect(DisplayWidth.pad("漢", toWidth: 3) == "漢 ")
        #expect(DisplayWidth.pad("abcdef", toWidth: 4) == "abc…")
        #expect(DisplayWidth.pad("漢字漢", toWidth: 4) == "漢… ")
        #expect(DisplayWidth.pad("abc", toWidth: 0) == "")
        for width in 1...10 {
            #expect(DisplayWidth.of(DisplayWidth.pad("a漢👍é", toWidth: width)) == width)
        }
    }
}
