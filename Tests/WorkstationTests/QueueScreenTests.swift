import IPASDomain
import Terminal
import Testing
@testable import Workstation

@Suite("Queue screen")
struct QueueScreenTests {
    @Test func queuePaneAt80x24() throws {
        let screen = try WorkstationFixture.view().render(WorkstationFixture.state())
        try assertGolden(screen.text(), named: "queue-80x24")
    }

    @Test func hostileTitlesNeverReachTheTerminalRaw() throws {
        let text = try WorkstationFixture.view().render(WorkstationFixture.state()).text()
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("\u{202E}"))
        #expect(text.contains("Evil"))
    }

    @Test func narrowTerminalsDropTheStatusColumnAndTinyOnesSaySo() throws {
        let view = try WorkstationFixture.view()
        let narrow = view.render(WorkstationFixture.state(width: 50, height: 10)).text()
        #expect(narrow.contains("XA/P/2025/000101"))
        #expect(!narrow.contains("Substantive"))
        let tiny = view.render(WorkstationFixture.state(width: 12, height: 3)).text()
        #expect(tiny.hasPrefix("Terminal too"))
        let empty = view.render(WorkstationFixture.state(width: 0, height: 0))
        #expect(empty.text().isEmpty)
    }

    @Test func helpOverlayListsEveryActionWithItsKeys() throws {
        var state = WorkstationFixture.state()
        state.showingHelp = true
        let text = try WorkstationFixture.view().render(state).text()
        for action in ActionID.allCases { #expect(text.contains(action.helpText), "\(action)") }
        #expect(text.contains("j <Down>"))
    }

    @Test func statusBarShowsUserProfileConnectivityAndSync() throws {
        var state = WorkstationFixture.state()
        state.connectivity = .offline(reason: "cannot reach the server")
        let lastLine = try WorkstationFixture.view().render(state).text().split(separator: "\n").last.map(String.init) ?? ""
        #expect(lastLine.contains("examiner1 (patent examiner)"))
        #expect(lastLine.contains("demo"))
        #expect(lastLine.contains("offline"))
        #expect(lastLine.contains("never synced"))
    }
}
