import CNcursesw
import Testing
@testable import Terminal

@Suite("Curses key decoding and colour mapping")
struct CursesSupportTests {
    @Test func plainCharactersDecode() {
        #expect(CursesKeyDecoder.decode(status: OK, code: 0x6A) == .character("j"))
        #expect(CursesKeyDecoder.decode(status: OK, code: 0x6F22) == .character("漢"))
        #expect(CursesKeyDecoder.decode(status: OK, code: 0x20) == .character(" "))
    }

    @Test func controlCodesDecode() {
        #expect(CursesKeyDecoder.decode(status: OK, code: 0x1B) == .escape)
        #expect(CursesKeyDecoder.decode(status: OK, code: 0x09) == .tab)
        #expect(CursesKeyDecoder.decode(status: OK, code: 0x0A) == .enter)
        #expect(CursesKeyDecoder.decode(status: OK, code: 0x0D) == .enter)
        #expect(CursesKeyDecoder.decode(status: OK, code: 0x7F) == .backspace)
        #expect(CursesKeyDecoder.decode(status: OK, code: 0x08) == .backspace)
        #expect(CursesKeyDecoder.decode(status: OK, code: 0x01) == .control("a"))
        #expect(CursesKeyDecoder.decode(status: OK, code: 0x03) == .control("c"))
        #expect(CursesKeyDecoder.decode(status: OK, code: 0x1A) == .control("z"))
        #expect(CursesKeyDecoder.decode(status: OK, code: 0x00) == nil)
        #expect(CursesKeyDecoder.decode(status: OK, code: 0x9B) == nil)
        #expect(CursesKeyDecoder.decode(status: OK, code: 0x202E) == nil)
        #expect(CursesKeyDecoder.decode(status: ERR, code: 0x6A) == nil)
    }

    @Test func keypadCodesDecode() {
        let yes = nc_key_code_yes()
        let expected: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
            (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
            (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace), (KEY_BTAB, .backTab),
            (KEY_DC, .delete), (KEY_IC, .insert), (KEY_RESIZE, .resize),
            (nc_key_f(1), .function(1)), (nc_key_f(12), .function(12)), (nc_key_f(13), .function(13)),
        ]
        for (code, key) in expected {
            #expect(CursesKeyDecoder.decode(status: yes, code: UInt32(code)) == key)
        }
        #expect(CursesKeyDecoder.decode(status: yes, code: UInt32(KEY_MOUSE)) == nil)
    }

    @Test func coloursDegradeToTheBaseEight() {
        #expect(CursesPalette.baseColor(approximating: 1) == 1)
        #expect(CursesPalette.baseColor(approximating: 9) == 1)  // bright red
        #expect(CursesPalette.baseColor(approximating: 196) == 1)  // cube red
        #expect(CursesPalette.baseColor(approximating: 21) == 4)  // cube blue
        #expect(CursesPalette.baseColor(approximating: 231) == 7)  // cube white
        #expect(CursesPalette.baseColor(approximating: 16) == 0)  // cube black
        #expect(CursesPalette.baseColor(approximating: 255) == 7)
        #expect(CursesPalette.baseColor(approximating: 232) == 0)

        let eight = CursesPalette(colorCount: 8, pairLimit: 64, hasDefaultColors: true)
        #expect(eight.colorNumber(.indexed(196), isForeground: true) == 1)
        #expect(eight.colorNumber(.green, isForeground: true) == 2)
        #expect(eight.colorNumber(.default, isForeground: true) == -1)
        let noDefaults = CursesPalette(colorCount: 256, pairLimit: 256, hasDefaultColors: false)
        #expect(noDefaults.colorNumber(.indexed(196), isForeground: true) == 196)
        #expect(noDefaults.colorNumber(.default, isForeground: true) == 7)
        #expect(noDefaults.colorNumber(.default, isForeground: false) == 0)
    }

    @Test func wideCharactersForNcursesKeepCombiningMarks() {
        let (combined, width) = CursesBackend.wideCharacters(for: "e\u{301}")
        #expect(combined == [0x65, 0x301, 0])
        #expect(width == 1)
        #expect(CursesBackend.wideCharacters(for: "").0 == [0x20, 0])
    }
}
