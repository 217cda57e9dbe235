import Terminal

/// The `?` overlay: every action of the catalogue with the keys bound to it, read from the keymap.
struct HelpOverlay {
    let theme: Theme
    let keymap: Keymap

    func render(into screen: inout Screen) {
        let lines = ActionID.allCases.map { action -> String in
            let keys = keymap.keys(for: action, in: .queue).map(\.notation).joined(separator: " ")
            return DisplayWidth.pad(keys.isEmpty ? "(unbound)" : keys, toWidth: 18) + " " + action.helpText
        }
        let width = min(screen.width - 2, 64)
        let height = min(screen.height - 2, lines.count + 2)
        guard width > 10, height > 2 else { return }
        let top = (screen.height - height) / 2
        let left = (screen.width - width) / 2
        for row in 0..<height { screen.fill(row: top + row, column: left, width: width, style: theme[.helpBox]) }
        screen.put(" Keys — press ? again to close", row: top, column: left, style: theme[.helpBox], maxWidth: width)
        for (index, line) in lines.prefix(height - 2).enumerated() {
            screen.put("  " + line, row: top + 1 + index, column: left, style: theme[.helpBox], maxWidth: width)
        }
    }
}
