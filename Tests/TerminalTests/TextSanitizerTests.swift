import Testing
@testable import Terminal

@Suite("TextSanitizer")
struct TextSanitizerTests {
    /// True when no C0, DEL, C1 or bidi control code point is left.
    private func isClean(_ text: String) -> Bool {
        !text.unicodeScalars.contains { scalar in
            let value = scalar.value
            return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x061C
                || value == 0x200E || value == 0x200F || (0x202A...0x202E).contains(value)
                || (0x2066...0x2069).contains(value)
        }
    }

    @Test func escapeSequencesBecomeCaretNotation() {
        #expect(TextSanitizer.sanitize("\u{1B}[2J") == "^[[2J")
        #expect(TextSanitizer.sanitize("red\u{1B}[31mRED") == "red^[[31mRED")
        let osc52 = "\u{1B}]52;c;cm0gLXJmIH4=\u{07}"
        #expect(TextSanitizer.sanitize(osc52) == "^[]52;c;cm0gLXJmIH4=^G")
        let title = "title\u{1B}]0;pwned\u{1B}\\x"
        #expect(TextSanitizer.sanitize(title) == "title^[]0;pwned^[\\x")
    }

    @Test func c0ControlsAndDeleteUseCaretNotation() {
        #expect(TextSanitizer.sanitize("a\u{0}b") == "a^@b")
        #expect(TextSanitizer.sanitize("\u{07}") == "^G")
        #expect(TextSanitizer.sanitize("over\rwrite") == "over^Mwrite")
        #expect(TextSanitizer.sanitize("del\u{7F}") == "del^?")
        #expect(TextSanitizer.sanitize("\u{1F}") == "^_")
    }

    @Test func c1ControlsBecomeCodePoints() {
        #expect(TextSanitizer.sanitize("c1:\u{9B}31m") == "c1:<U+009B>31m")
        #expect(TextSanitizer.sanitize("\u{80}\u{9F}") == "<U+0080><U+009F>")
    }

    @Test func bidiControlsBecomeVisible() {
        #expect(TextSanitizer.sanitize("rtl\u{202E}gnp.exe") == "rtl<U+202E>gnp.exe")
        let all = "\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}\u{061C}"
        let sanitized = TextSanitizer.sanitize(all)
        #expect(isClean(sanitized))
        #expect(sanitized.hasPrefix("<U+202A>"))
        #expect(sanitized.hasSuffix("<U+061C>"))
    }

    @Test func newlinesAndTabsBecomeSpaces() {
        #expect(TextSanitizer.sanitize("a\tb\nc") == "a b c")
        #expect(TextSanitizer.sanitize("line\r\nnext") == "line next")
        #expect(TextSanitizer.sanitize("p\u{2028}q\u{2029}r") == "p q r")
    }

    @Test func invisibleAndNoncharactersAreHandled() {
        #expect(TextSanitizer.sanitize("\u{FEFF}bom") == "bom")
        #expect(TextSanitizer.sanitize("soft\u{AD}hyphen") == "softhyphen")
        #expect(TextSanitizer.sanitize("x\u{FFFF}") == "x\u{FFFD}")
    }

    @Test(arguments: [
        "Патентна заявка за изобретение",  // Bulgarian
        "专利申请 特許審査",  // Chinese, Japanese
        "e\u{301}té café",  // combining and precomposed
        "👍 👨‍👩‍👧 🇧🇬",  // emoji, ZWJ sequence, flag
        "plain ASCII ~!@#$%^&*()",
    ])
    func plainUnicodeIsUntouched(text: String) {
        #expect(TextSanitizer.sanitize(text) == text)
        #expect(TextSanitizer.isSafe(text))
    }

    @Test func everyControlCodePointIsNeutralised() {
        var text = ""
        for value in Array(0x00...0x9F) + [0x061C, 0x200E, 0x200F] + Array(0x202A...0x202E) + Array(0x2066...0x2069) {
            if let scalar = Unicode.Scalar(UInt32(value)) { text.unicodeScalars.append(scalar) }
        }
        let sanitized = TextSanitizer.sanitize(text)
        #expect(isClean(sanitized))
        #expect(!TextSanitizer.isSafe(text))
        #expect(TextSanitizer.isSafe(sanitized))
    }
}
