/// One character cell (a wide character occupies its cell and a continuation cell).
public struct Cell: Hashable, Sendable {
    /// One grapheme, or "" for the continuation cell right of a wide character.
    public var text: String
    /// How the cell is drawn.
    public var style: Style

    /// Creates a cell; the default is a plain space.
    public init(text: String = " ", style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// A plain space: what an untouched or out-of-range cell holds.
    public static let blank = Cell()

    /// True for the right half of a wide character.
    public var isContinuation: Bool { text.isEmpty }
}
