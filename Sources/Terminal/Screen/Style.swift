/// How a cell is drawn.
public struct Style: Hashable, Sendable {
    /// The colour of the glyph.
    public var foreground: TerminalColor
    /// The colour behind the glyph.
    public var background: TerminalColor
    /// Bold (often also brighter) text.
    public var bold: Bool
    /// Swapped foreground and background; works on monochrome terminals too.
    public var reverse: Bool
    /// Underlined text.
    public var underline: Bool
    /// Dimmed text, where the terminal supports it.
    public var dim: Bool

    /// Creates a style; every part defaults to the terminal's plain look.
    public init(
        foreground: TerminalColor = .default,
        background: TerminalColor = .default,
        bold: Bool = false,
        reverse: Bool = false,
        underline: Bool = false,
        dim: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    /// The terminal's default colours with no attributes.
    public static let plain = Style()
}
