import Foundation
import IPASDomain
import Terminal
import Testing
@testable import Workstation

@Suite("Update")
struct UpdateTests {
    func press(_ action: ActionID, _ state: inout AppState, times: Int = 1) throws -> [Effect] {
        let keymap = try WorkstationFixture.keymap()
        let key = try WorkstationFixture.key(for: action)
        var effects: [Effect] = []
        for _ in 0..<times { effects += state.update(.key(key), keymap: keymap) }
        return effects
    }

    @Test func movingClampsAtTheEnds() throws {
        var state = WorkstationFixture.state()
        _ = try press(.moveUp, &state)
        #expect(state.selection == 0)
        _ = try press(.moveDown, &state, times: 3)
        #expect(state.selectedItem?.processID == "PR-4")
        _ = try press(.last, &state)
        #expect(state.selection == 4)
        _ = try press(.moveDown, &state)
        #expect(state.selection == 4)
        _ = try press(.first, &state)
        #expect(state.selection == 0)
    }

    @Test func pagingKeepsTheSelectionOnScreen() throws {
        let many = (1...100).map { index in
            WorkItem(processID: "PR-\(index)", fileNumber: "XA/P/2025/\(index)", kind: .patent, title: "t\(index)",
                     status: "Search", dueDate: nil, responsible: "examiner1", newlyAllocated: false)
        }
        var state = WorkstationFixture.state(width: 80, height: 12, items: many)
        _ = try press(.pageDown, &state, times: 3)
        #expect(state.selection == 3 * (state.visibleQueueRows - 1))
        #expect(state.selection >= state.scrollOffset && state.selection < state.scrollOffset + state.visibleQueueRows)
        _ = state.update(.resized(width: 80, height: 6), keymap: try WorkstationFixture.keymap())
        #expect(state.selection >= state.scrollOffset && state.selection < state.scrollOffset + state.visibleQueueRows)
    }

    @Test func aQueueChangeKeepsTheSelectedItem() throws {
        var state = WorkstationFixture.state()
        _ = try press(.moveDown, &state, times: 2)
        let reordered = Array(WorkstationFixture.items.reversed())
        _ = state.update(.queueChanged(reordered), keymap: try WorkstationFixture.keymap())
        #expect(state.selectedItem?.processID == "PR-3")
        _ = state.update(.queueChanged([]), keymap: try WorkstationFixture.keymap())
        #expect(state.selectedItem == nil)
    }

    @Test func quitAndSyncAreEffects() throws {
        var state = WorkstationFixture.state()
        #expect(try press(.sync, &state) == [.startSync])
        _ = state.update(.syncStarted(Date()), keymap: try WorkstationFixture.keymap())
        #expect(try press(.sync, &state).isEmpty)
        _ = state.update(.syncFinished(.unreachable("connection refused")), keymap: try WorkstationFixture.keymap())
        #expect(state.connectivity == .offline(reason: "connection refused"))
        #expect(try press(.quit, &state) == [.quit])
        #expect(state.running == false)
    }

    @Test func periodicSyncWaitsAFullIntervalAfterEachAttempt() throws {
        let keymap = try WorkstationFixture.keymap()
        var state = WorkstationFixture.state()
        let start = Date(timeIntervalSince1970: 1_000_000)
        #expect(state.update(.tick(start), keymap: keymap) == [.startSync])
        _ = state.update(.syncStarted(start), keymap: keymap)
        _ = state.update(.syncFinished(.unreachable("down")), keymap: keymap)
        #expect(state.update(.tick(start.addingTimeInterval(10)), keymap: keymap).isEmpty)
        #expect(state.update(.tick(start.addingTimeInterval(AppState.syncInterval)), keymap: keymap) == [.startSync])
    }

    @Test func unboundKeysSayHowToGetHelp() throws {
        var state = WorkstationFixture.state()
        let effects = state.update(.key(.function(12)), keymap: try WorkstationFixture.keymap())
        #expect(effects.isEmpty)
        #expect(state.notice?.contains("press ? for help") == true)
    }
}
