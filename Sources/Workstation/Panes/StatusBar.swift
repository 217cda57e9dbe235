import Foundation
import Terminal

/// The bottom line: who is signed in, in which profile, online or not, when the cache last synced, and the key to help.
struct StatusBar {
    let state: AppState
    let theme: Theme
    let keymap: Keymap

    func render(into screen: inout Screen, row: Int) {
        screen.fill(row: row, style: theme[.statusBar])
        var column = 0
        let user = state.user.map { "\($0.username) (\($0.role.label))" } ?? "not signed in"
        column += screen.put(" \(user) │ \(state.profile) │ ", row: row, column: column, style: theme[.statusBar])
        let (connection, connectionStyle) = connectivityText()
        column += screen.put(connection, row: row, column: column, style: connectionStyle)
        column += screen.put(" │ \(syncText())", row: row, column: column, style: theme[.statusBar])
        let hints = helpHint()
        if screen.width - column > DisplayWidth.of(hints) + 1 {
            screen.put(hints, row: row, column: screen.width - DisplayWidth.of(hints), style: theme[.statusBar])
        }
    }

    func connectivityText() -> (String, Style) {
        switch state.connectivity {
        case .unknown: ("○ connecting", theme[.statusBar])
        case .online: ("● online", theme[.online])
        case .offline: ("✕ offline", theme[.offline])
        }
    }

    func syncText() -> String {
        if state.syncing { return "syncing…" }
        guard let lastSync = state.lastSync else { return "never synced" }
        let parts = Calendar.current.dateComponents([.hour, .minute], from: lastSync)
        let two = { (value: Int?) in String(format: "%02d", value ?? 0) }
        return "synced \(two(parts.hour)):\(two(parts.minute))"
    }

    func helpHint() -> String {
        let help = keymap.keys(for: .help, in: .global).first?.notation ?? "?"
        let quit = keymap.keys(for: .quit, in: .global).first?.notation ?? "q"
        return "\(help) help  \(quit) quit "
    }
}
