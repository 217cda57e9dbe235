import Testing
@testable import Terminal

@Suite("Key notation")
struct KeyNotationTests {
    static let canonical: [(String, Key)] = [
        ("q", .character("q")),
        ("G", .character("G")),
        ("?", .character("?")),
        ("/", .character("/")),
        ("ж", .character("ж")),
        ("<Down>", .down),
        ("<Up>", .up),
        ("<Left>", .left),
        ("<Right>", .right),
        ("<PgUp>", .pageUp),
        ("<PgDn>", .pageDown),
        ("<Home>", .home),
        ("<End>", .end),
        ("<Enter>", .enter),
        ("<Esc>", .escape),
        ("<BS>", .backspace),
        ("<Tab>", .tab),
        ("<S-Tab>", .backTab),
        ("<Del>", .delete),
        ("<Ins>", .insert),
        ("<C-x>", .control("x")),
        ("<C-a>", .control("a")),
        ("<C-z>", .control("z")),
        ("<Space>", .character(" ")),
        ("<lt>", .character("<")),
        ("<Resize>", .resize),
    ] + (1...12).map { ("<F\($0)>", Key.function($0)) }

    @Test func everyListedNotationParsesAndRoundTrips() {
        for (notation, key) in Self.canonical {
            #expect(Key(notation: notation) == key, "\(notation)")
            #expect(key.notation == notation, "\(notation)")
            #expect(Key(notation: key.notation) == key, "\(notation)")
        }
    }

    @Test func bracketedNamesAreCaseInsensitive() {
        #expect(Key(notation: "<down>") == .down)
        #expect(Key(notation: "<PGDN>") == .pageDown)
        #expect(Key(notation: "<C-X>") == .control("x"))
        #expect(Key(notation: "<s-tab>") == .backTab)
        #expect(Key(notation: "<f5>") == .function(5))
        #expect(Key(notation: "<LT>") == .character("<"))
    }

    @Test func aliasesParseToCanonicalKeys() {
        #expect(Key(notation: "<CR>") == .enter)
        #expect(Key(notation: "<Return>") == .enter)
        #expect(Key(notation: "<PageUp>") == .pageUp)
        #expect(Key(notation: "<PageDown>") == .pageDown)
        #expect(Key(notation: "<Delete>") == .delete)
        #expect(Key(notation: "<Insert>") == .insert)
        #expect(Key(notation: " ") == .character(" "))
        #expect(Key(notation: "<") == .character("<"))
        #expect(Key(notation: "<F13>") == .function(13))
        #expect(Key.function(13).notation == "<F13>")
    }

    @Test(arguments: [
        "", "qq", "Down", "<Down", "Down>", "<>", "<Foo>", "<C-1>", "<C-ab>", "<C->", "<C-x", "<F0>",
        "<F01>", "<F64>", "<F-1>", "<F>", "<Fx>", "<S-Down>", "<<Down>>", "\u{1B}", "\t", "\n", "\u{7F}",
        "\u{202E}", "<Space >", " <Esc>",
    ])
    func garbageIsRejected(notation: String) {
        #expect(Key(notation: notation) == nil)
    }

    @Test func notationOfPrintableCharactersIsTheCharacter() {
        #expect(Key.character("j").notation == "j")
        #expect(Key.character("漢").notation == "漢")
        #expect(Key.character(" ").notation == "<Space>")
        #expect(Key.character("<").notation == "<lt>")
        #expect(Key.character(">").notation == ">")
        #expect(Key(notation: ">") == .character(">"))
    }
}
