/// Display width of text in terminal columns (wcwidth-based: CJK and emoji are 2, combining marks 0).
///
/// Widths come from the C library's `wcwidth` under a private UTF-8 locale, so they are right
/// even when the process locale is "C"; code points the C library does not know fall back to a
/// built-in table. Text is measured as `Screen.put` will show it: a control character counts as
/// wide as its visible placeholder (ESC is "^[", 2 columns).
public enum DisplayWidth {
    /// The number of columns `text` takes on a terminal.
    public static func of(_ text: String) -> Int {
        var total = 0
        for grapheme in text {
            total += width(of: grapheme)
        }
        return total
    }

    /// Shortens `text` to at most `toWidth` columns, ending in `ellipsis` when anything was cut.
    ///
    /// Text that fits is returned unchanged. The result can be one column short of `toWidth`
    /// when a wide character would straddle the limit. When even the ellipsis does not fit,
    /// the text is cut without it.
    public static func truncate(_ text: String, toWidth: Int, ellipsis: String = "…") -> String {
        guard toWidth > 0 else { return "" }
        if of(text) <= toWidth { return text }
        let ellipsisWidth = of(ellipsis)
        if ellipsisWidth > toWidth {
            return prefix(of: text, fitting: toWidth).text
        }
        return prefix(of: text, fitting: toWidth - ellipsisWidth).text + ellipsis
    }

    /// Truncates (with "…") or pads with spaces so the result is exactly `toWidth` columns.
    public static func pad(_ text: String, toWidth: Int) -> String {
        guard toWidth > 0 else { return "" }
        let fitted = truncate(text, toWidth: toWidth)
        let missing = toWidth - of(fitted)
        return missing > 0 ? fitted + String(repeating: " ", count: missing) : fitted
    }

    /// The longest run of whole graphemes from the start of `text` that fits in `columns`.
    static func prefix(of text: String, fitting columns: Int) -> (text: String, width: Int) {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let next = used + width(of: text[index])
            if next > columns { break }
            used = next
            end = text.index(after: index)
        }
        return (String(text[..<end]), used)
    }

    /// Columns one grapheme takes: 0, 1 or 2, or the width of its placeholder if it is unsafe.
    static func width(of grapheme: Character) -> Int {
        let scalars = grapheme.unicodeScalars
        if let first = scalars.first, scalars.count == 1, first.value >= 0x20, first.value < 0x7F {
            return 1
        }
        if scalars.contains(where: { TextSanitizer.replacement(for: $0) != nil }) {
            return of(TextSanitizer.sanitize(String(grapheme)))
        }
        var widest = 0
        for scalar in scalars {
            widest = max(widest, width(of: scalar))
            if widest == 2 { break }
        }
        return widest
    }

    /// Columns one printable scalar takes on its own: 0, 1 or 2.
    static func width(of scalar: Unicode.Scalar) -> Int {
        if scalar.value >= 0x20, scalar.value < 0x7F { return 1 }
        if let measured = WideCharacterLocale.wcwidth(scalar) {
            return min(measured, 2)
        }
        return fallbackWidth(of: scalar)
    }
}
