import CNcursesw

extension CursesBackend {
    /// Paints one row of `screen` cell by cell, positioning each cell explicitly so a glyph
    /// ncurses measures narrower than the layout did cannot shift the rest of the row.
    func paint(row: Int, of screen: Screen, columns: Int) {
        var coveredUntil = 0
        for column in 0..<columns {
            let cell = screen[row, column]
            if cell.isContinuation {
                if coveredUntil <= column { put(" ", style: cell.style, row: row, column: column) }
                continue
            }
            let cellWidth = screen[row, column + 1].isContinuation && column + 1 < columns ? 2 : 1
            let drawn = put(cell.text, style: cell.style, row: row, column: column, maxWidth: cellWidth)
            coveredUntil = column + drawn
        }
    }

    /// Draws one grapheme at (row, column) and returns the columns ncurses used. A glyph that
    /// ncurses cannot draw, or that would need more than `maxWidth` columns, becomes U+FFFD or a space.
    @discardableResult
    private func put(_ text: String, style: Style, row: Int, column: Int, maxWidth: Int = 1) -> Int {
        var (characters, width) = Self.wideCharacters(for: text)
        if width > maxWidth {
            (characters, width) = ([0x20, 0], 1)
        }
        var cell = cchar_t()
        let attributes = CursesPalette.attributes(of: style)
        let pair = palette.pair(for: style)
        guard setcchar(&cell, characters, attributes, pair, nil) != ERR else { return 0 }
        mvwadd_wch(window, Int32(row), Int32(column), &cell)
        return width
    }

    /// The NUL-terminated wide characters ncurses draws for a grapheme, and its width:
    /// the first code point (U+FFFD if it has no width) followed by up to four zero-width code
    /// points (combining marks). Measured under UTF-8 like the layout; the backend made the
    /// process locale UTF-8 too, so ncurses measures the same.
    static func wideCharacters(for text: String) -> ([wchar_t], Int) {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return ([0x20, 0], 1) }
        var base = wchar_t(bitPattern: first.value)
        var width = WideCharacterLocale.wcwidth(first) ?? -1
        if width < 0 || (width == 0 && first.value < 0x20) {
            base = 0xFFFD
            width = 1
        }
        var characters: [wchar_t] = width == 0 ? [0x20, base] : [base]
        width = max(width, 1)
        while let next = scalars.next(), characters.count < 5 {
            if WideCharacterLocale.wcwidth(next) == 0 { characters.append(wchar_t(bitPattern: next.value)) }
        }
        characters.append(0)
        return (characters, width)
    }
}
