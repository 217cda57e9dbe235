/// A grid of cells that panes draw into; backends paint it.
///
/// A screen is a plain value: panes write text into it, tests compare its `text()` with golden
/// files, and a backend paints the rows that changed since the screen it drew last. Every write
/// is sanitised and clipped, so nothing a pane does can reach outside the grid or put a control
/// character on the terminal.
public struct Screen: Hashable, Sendable {
    /// The largest width or height a screen takes; larger sizes are clamped to it.
    public static let maximumDimension = 4096

    /// Columns in the grid.
    public let width: Int
    /// Rows in the grid.
    public let height: Int
    /// Row-major cells; always `width * height` long.
    private var cells: [Cell]

    /// Creates a blank screen; negative or zero sizes clamp to 0 and huge ones to `maximumDimension`.
    public init(width: Int, height: Int) {
        self.width = min(max(width, 0), Self.maximumDimension)
        self.height = min(max(height, 0), Self.maximumDimension)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The cell at (row, column); out of range gives a blank cell.
    public subscript(row: Int, column: Int) -> Cell {
        guard contains(row: row, column: column) else { return .blank }
        return cells[row * width + column]
    }

    /// True when (row, column) lies inside the grid.
    public func contains(row: Int, column: Int) -> Bool {
        row >= 0 && row < height && column >= 0 && column < width
    }

    /// Writes sanitised text at (row, column), clipped to `maxWidth` columns (default: to the right edge); returns columns used. Never writes outside the grid; a wide char that does not fit is replaced by a space.
    ///
    /// A negative `column` clips the start of the text instead; a wide character cut by the left
    /// edge also becomes a space. Zero-width graphemes that stand alone are dropped.
    @discardableResult
    public mutating func put(
        _ text: String,
        row: Int,
        column: Int,
        style: Style = .plain,
        maxWidth: Int? = nil
    ) -> Int {
        guard row >= 0, row < height, column < width else { return 0 }
        let start = max(column, 0)
        let limit = maxWidth.map { min(width, column + min(max($0, 0), width)) } ?? width
        guard start < limit else { return 0 }

        var x = column
        for grapheme in TextSanitizer.sanitize(text) {
            guard x < limit else { break }
            let columns = DisplayWidth.width(of: grapheme)
            if columns == 0 { continue }
            if x + columns > limit {
                if x >= 0 { place(" ", columns: 1, style: style, row: row, column: x) }
                x += 1
                break
            }
            if x < 0 {
                if x + columns > 0 { place(" ", columns: 1, style: style, row: row, column: 0) }
                x += columns
                continue
            }
            place(String(grapheme), columns: columns, style: style, row: row, column: x)
            x += columns
        }
        return max(min(x, limit) - start, 0)
    }

    /// Fills a row span with spaces in a style (for bars and selection highlight).
    ///
    /// `width` defaults to the rest of the row; the span is clipped to the grid.
    public mutating func fill(row: Int, column: Int = 0, width: Int? = nil, style: Style) {
        guard row >= 0, row < height, column < self.width else { return }
        let end = width.map { min(self.width, column + min(max($0, 0), self.width)) } ?? self.width
        var x = max(column, 0)
        while x < end {
            place(" ", columns: 1, style: style, row: row, column: x)
            x += 1
        }
    }

    /// The grid as plain text lines joined by "\n", trailing spaces of each line removed (golden files compare this).
    public func text() -> String {
        (0..<height).map { rowText($0, trimmingTrailingSpaces: true) }.joined(separator: "\n")
    }

    /// One row as text; wide characters appear once, so the text is as wide as the row.
    public func rowText(_ row: Int, trimmingTrailingSpaces: Bool = false) -> String {
        guard row >= 0, row < height else { return "" }
        var line = cells(inRow: row).map(\.text).joined()
        if trimmingTrailingSpaces {
            while line.last == " " { line.removeLast() }
        }
        return line
    }

    /// Rows that differ from another screen of the same size (all rows if sizes differ).
    public func changedRows(since previous: Screen?) -> [Int] {
        guard let previous, previous.width == width, previous.height == height else {
            return Array(0..<height)
        }
        return (0..<height).filter { cells(inRow: $0) != previous.cells(inRow: $0) }
    }

    /// The cells of one row, left to right.
    func cells(inRow row: Int) -> ArraySlice<Cell> {
        cells[(row * width)..<((row + 1) * width)]
    }

    /// Stores a grapheme `columns` wide at (row, column), keeping wide characters whole: a wide
    /// character whose half is overwritten turns into a space.
    private mutating func place(_ text: String, columns: Int, style: Style, row: Int, column: Int) {
        let first = row * width + column
        let last = first + columns - 1
        if cells[first].isContinuation, column > 0 {
            cells[first - 1].text = " "
        }
        if column + columns < width, cells[last + 1].isContinuation {
            cells[last + 1].text = " "
        }
        cells[first] = Cell(text: text, style: style)
        if columns == 2 {
            cells[last] = Cell(text: "", style: style)
        }
    }
}
