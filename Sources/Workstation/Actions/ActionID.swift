/// Every action a user can bind a key to: keymaps, help and dispatch are driven by this one catalogue.
public enum ActionID: String, CaseIterable, Sendable, Hashable {
    case quit
    case help
    case sync
    case moveDown = "move-down"
    case moveUp = "move-up"
    case pageDown = "page-down"
    case pageUp = "page-up"
    case first
    case last

    /// One line of help, shown in the `?` overlay.
    public var helpText: String {
        switch self {
        case .quit: "Quit the workstation"
        case .help: "Show or hide this help"
        case .sync: "Synchronise with the back office now"
        case .moveDown: "Next item"
        case .moveUp: "Previous item"
        case .pageDown: "Next page"
        case .pageUp: "Previous page"
        case .first: "First item"
        case .last: "Last item"
        }
    }
}

/// Where a key binding applies: everywhere, or only in one pane.
public enum KeymapContext: String, CaseIterable, Sendable, Hashable {
    case global
    case queue
}
