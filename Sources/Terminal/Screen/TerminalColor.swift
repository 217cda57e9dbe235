/// A colour a terminal can show.
///
/// The eight named colours are the ANSI base colours every colour terminal has; `indexed`
/// addresses the 256-colour palette (0–7 are the named colours again, 8–15 their bright
/// variants). `default` is the terminal's own foreground or background.
public enum TerminalColor: Hashable, Sendable {
    case `default`
    case black
    case red
    case green
    case yellow
    case blue
    case magenta
    case cyan
    case white
    case indexed(UInt8)

    /// The palette index of this colour, or nil for the terminal default.
    public var paletteIndex: Int? {
        switch self {
        case .default: nil
        case .black: 0
        case .red: 1
        case .green: 2
        case .yellow: 3
        case .blue: 4
        case .magenta: 5
        case .cyan: 6
        case .white: 7
        case .indexed(let index): Int(index)
        }
    }
}
