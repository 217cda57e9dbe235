/// Makes untrusted text safe to show: control characters (C0, DEL, C1), ESC sequences and bidi overrides/isolates (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C) become visible placeholders (e.g. "^[" for ESC, "␀"-style or "<U+202E>"), never reach the terminal; newlines and tabs become a space.
///
/// The rules, per code point:
/// - tab, line feed, CR LF, U+2028 and U+2029 become one space;
/// - other C0 controls and DEL use caret notation: NUL is "^@", ESC "^[", CR "^M", DEL "^?",
///   so "\u{1B}[2J" shows as "^[[2J" and no escape sequence survives;
/// - C1 controls (U+0080–U+009F) and bidi controls show as "<U+XXXX>";
/// - the invisible byte-order mark U+FEFF and soft hyphen U+00AD are dropped;
/// - noncharacters (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF) become U+FFFD.
/// Everything else, including all letters of all scripts, emoji and combining marks, is kept.
public enum TextSanitizer {
    /// Returns `text` with every unsafe code point replaced as described above.
    public static func sanitize(_ text: String) -> String {
        if isPlainASCII(text) { return text }
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if scalar == "\r", pending == "\n" {
                pending = scalars.next()
                result.append(" ")
            } else if let replacement = replacement(for: scalar) {
                result.append(contentsOf: replacement.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// True when `text` contains nothing `sanitize` would change.
    public static func isSafe(_ text: String) -> Bool {
        isPlainASCII(text) || !text.unicodeScalars.contains { replacement(for: $0) != nil }
    }

    /// What a single code point turns into, or nil when it is safe to show as it is.
    static func replacement(for scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        switch value {
        case 0x20..<0x7F:
            return nil
        case 0x09, 0x0A, 0x2028, 0x2029:
            return " "
        case 0x00..<0x20:
            return "^" + String(Character(Unicode.Scalar(UInt8(value + 0x40))))
        case 0x7F:
            return "^?"
        case 0x80...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
            return codePointNotation(value)
        case 0x00AD, 0xFEFF:
            return ""
        case 0xFDD0...0xFDEF:
            return "\u{FFFD}"
        default:
            return value & 0xFFFE == 0xFFFE ? "\u{FFFD}" : nil
        }
    }

    /// "<U+202E>"-style notation: at least four upper-case hex digits.
    static func codePointNotation(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.utf8.count)) + hex + ">"
    }

    /// True when every byte is printable ASCII (the common case, which needs no work).
    private static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }
}
