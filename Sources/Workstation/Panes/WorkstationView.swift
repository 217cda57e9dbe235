import Terminal

/// Renders the whole screen from the state: a pure function, so golden tests see exactly what users see.
public struct WorkstationView: Sendable {
    /// The smallest screen the workstation draws on; smaller ones get a short notice.
    public static let minimumSize = (width: 30, height: 5)

    public let theme: Theme
    public let keymap: Keymap

    /// Makes a view with a theme and the keymap (for the key hints).
    public init(theme: Theme, keymap: Keymap) {
        self.theme = theme
        self.keymap = keymap
    }

    /// The screen for a state.
    public func render(_ state: AppState) -> Screen {
        var screen = Screen(width: state.width, height: state.height)
        guard state.width >= Self.minimumSize.width, state.height >= Self.minimumSize.height else {
            let text = "Terminal too small (needs \(Self.minimumSize.width)×\(Self.minimumSize.height))"
            screen.put(text, row: 0, column: 0, maxWidth: state.width)
            return screen
        }
        QueuePane(state: state, theme: theme).render(into: &screen, top: 0, rows: state.height - 1)
        StatusBar(state: state, theme: theme, keymap: keymap).render(into: &screen, row: state.height - 1)
        if state.showingHelp { HelpOverlay(theme: theme, keymap: keymap).render(into: &screen) }
        return screen
    }
}
