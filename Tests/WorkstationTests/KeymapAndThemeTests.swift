import Foundation
import Terminal
import Testing
@testable import Workstation

@Suite("Keymaps and themes")
struct KeymapAndThemeTests {
    @Test func theDefaultKeymapBindsEveryAction() throws {
        let keymap = try WorkstationFixture.keymap()
        for action in ActionID.allCases {
            #expect(!keymap.keys(for: action, in: .queue).isEmpty, "\(action.rawValue) has no key")
        }
    }

    @Test func aUserFilePatchesThePreset() throws {
        var keymap = try WorkstationFixture.keymap()
        try keymap.apply("unbind queue j\nbind queue n move-down # next\n", source: "user")
        #expect(keymap.action(for: .character("j"), in: .queue) == nil)
        #expect(keymap.action(for: .character("n"), in: .queue) == .moveDown)
        #expect(keymap.action(for: .down, in: .queue) == .moveDown)
        #expect(keymap.action(for: .character("q"), in: .queue) == .quit)
    }

    @Test(arguments: [
        ("bind queue j", 1, "expected: bind CONTEXT KEY ACTION"),
        ("\nbind nowhere j quit", 2, "unknown context “nowhere”; known: global, queue"),
        ("bind queue <Nope> quit", 1, "cannot read the key “<Nope>”"),
        ("bind queue j explode", 1, "unknown action “explode”"),
        ("map queue j quit", 1, "unknown command “map”; expected bind or unbind"),
    ])
    func invalidKeymapsNameTheLine(text: String, line: Int, message: String) {
        #expect(throws: Keymap.ParseError(source: "user.keymap", line: line, message: message)) {
            try Keymap(parsing: text, source: "user.keymap")
        }
    }

    @Test func themesParseAndNoColorDropsColours() throws {
        let theme = try Theme(parsing: "queue.overdue fg=red bold\nstatus.bar reverse bg=17\n", source: "t")
        #expect(theme[.overdue] == Style(foreground: .red, bold: true))
        #expect(theme[.statusBar] == Style(background: .indexed(17), reverse: true))
        #expect(theme.monochrome[.overdue] == Style(bold: true))
        let resources = WorkstationFixture.resources
        #expect(try resources.theme(environment: ["NO_COLOR": "1"])[.overdue].foreground == .default)
        #expect(try resources.theme(environment: [:])[.overdue].foreground == .red)
        #expect(throws: Theme.ParseError.self) { try Theme(parsing: "queue.overdue fg=ultraviolet", source: "t") }
        #expect(throws: Theme.ParseError.self) { try Theme(parsing: "window.border bold", source: "t") }
        _ = try resources.theme(named: "mono", environment: [:])
    }
}
