import Foundation
import IPASDomain
import Terminal
@testable import Workstation

/// A fixed queue, keymap and theme, so screens are the same on every machine.
enum WorkstationFixture {
    static let today = CalendarDay(iso: "2026-11-21") ?? CalendarDay(daysSinceEpoch: 0)

    static var resources: ResourceLocator {
        ResourceLocator(root: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())
    }

    static func keymap() throws -> Keymap { try resources.keymap() }

    static func view() throws -> WorkstationView {
        WorkstationView(theme: try resources.theme(environment: [:]), keymap: try keymap())
    }

    static let items: [WorkItem] = [
        ("PR-1", "XA/P/2025/000101", IPKind.patent, "Chipboard screw", "Substantive examination", "2026-11-02", false),
        ("PR-2", "XA/P/2024/000212", .patent, "Engine control strategy for a hybrid HCCI engine", "Search", "2026-11-24", false),
        ("PR-3", "XA/N/2025/000144", .trademark, "IPORTAL", "Absolute grounds examination", "2026-12-15", true),
        ("PR-4", "XA/D/2026/000103", .design, "漢字 bottle 👍 design", "Formal examination", nil, false),
        ("PR-5", "XA/P/2026/000150", .patent, "Evil\u{1B}[2J title \u{202E}reversed", "Search", "2027-01-10", false),
    ].map { id, number, kind, title, status, due, new in
        WorkItem(processID: id, fileNumber: number, kind: kind, title: title, status: status,
                 dueDate: due.flatMap(CalendarDay.init(iso:)), responsible: "examiner1", newlyAllocated: new)
    }

    static func state(width: Int = 80, height: Int = 24, items: [WorkItem] = items) -> AppState {
        var state = AppState(
            user: UserProfile(username: "examiner1", displayName: "Maria Ivanova", role: .patentExaminer),
            profile: "demo", today: today, width: width, height: height)
        state.queue = items
        state.connectivity = .online
        return state
    }

    /// The key the keymap binds to an action: tests press actions, never literal keys.
    static func key(for action: ActionID, in context: KeymapContext = .queue) throws -> Key {
        guard let key = try keymap().keys(for: action, in: context).first else {
            throw FixtureError(description: "the default keymap binds no key to \(action.rawValue)")
        }
        return key
    }

    struct FixtureError: Error, CustomStringConvertible { let description: String }
}
