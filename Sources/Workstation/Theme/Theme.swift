import Terminal

/// What a piece of the screen means; themes give each role a style.
public enum ThemeRole: String, CaseIterable, Sendable, Hashable {
    case title
    case header
    case row = "queue.row"
    case selected = "queue.selected"
    case overdue = "queue.overdue"
    case dueSoon = "queue.due-soon"
    case newlyAllocated = "queue.new"
    case statusBar = "status.bar"
    case online = "status.online"
    case offline = "status.offline"
    case notice
    case helpBox = "help"
}

/// Styles by role, read from `Themes/*.theme`: one `ROLE ATTRIBUTE…` a line, attributes `fg=COLOUR`, `bg=COLOUR`, `bold`,
/// `reverse`, `underline`, `dim`. Meaning never rests on colour alone: panes also mark rows with symbols.
public struct Theme: Sendable, Equatable {
    var styles: [ThemeRole: Style] = [:]

    /// A theme with no styles (everything plain).
    public init() {}

    /// The style of a role (plain when the theme does not name it).
    public subscript(role: ThemeRole) -> Style { styles[role] ?? .plain }

    /// Why a theme file could not be used, naming the file and line.
    public typealias ParseError = PresetFile.ParseError

    /// Parses theme text; `source` names it in errors.
    public init(parsing text: String, source: String) throws(ParseError) {
        for (number, words) in PresetFile.lines(text) {
            let name = words[0]
            func fail(_ message: String) -> ParseError { ParseError(source: source, line: number, message: message) }
            guard let role = ThemeRole(rawValue: name) else { throw fail("unknown role “\(name)”") }
            var style = Style.plain
            for attribute in words.dropFirst() {
                switch attribute {
                case "bold": style.bold = true
                case "reverse": style.reverse = true
                case "underline": style.underline = true
                case "dim": style.dim = true
                default:
                    let parts = attribute.split(separator: "=", maxSplits: 1).map(String.init)
                    guard parts.count == 2, parts[0] == "fg" || parts[0] == "bg" else { throw fail("unknown attribute “\(attribute)”") }
                    guard let color = Self.color(named: parts[1]) else { throw fail("unknown colour “\(parts[1])”") }
                    if parts[0] == "fg" { style.foreground = color } else { style.background = color }
                }
            }
            styles[role] = style
        }
    }

    /// The same theme without colours, for `NO_COLOR` and monochrome terminals.
    public var monochrome: Theme {
        var theme = self
        for (role, style) in styles {
            theme.styles[role] = Style(bold: style.bold, reverse: style.reverse, underline: style.underline, dim: style.dim)
        }
        return theme
    }

    static func color(named name: String) -> TerminalColor? {
        switch name {
        case "default": .default
        case "black": .black
        case "red": .red
        case "green": .green
        case "yellow": .yellow
        case "blue": .blue
        case "magenta": .magenta
        case "cyan": .cyan
        case "white": .white
        default: UInt8(name).map(TerminalColor.indexed)
        }
    }
}
