#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw

/// A private UTF-8 `LC_CTYPE` locale under which `wcwidth` is asked, so widths do not depend on
/// the process locale (a test process often runs in "C", where every non-ASCII width is -1).
///
/// It is made current only for the calling thread and only for the duration of one call
/// (`uselocale`), so it never changes what ncurses or other threads see.
enum WideCharacterLocale {
    /// Wraps the C handle, which is created once and never freed or mutated.
    private struct Handle: @unchecked Sendable {
        let locale: locale_t?
    }

    private static let handle = Handle(locale: makeLocale())

    /// True when a UTF-8 locale could be created; otherwise widths come from the built-in table.
    static var isAvailable: Bool { handle.locale != nil }

    /// The `wcwidth` of a scalar under UTF-8, or nil when the C library does not know it.
    static func wcwidth(_ scalar: Unicode.Scalar) -> Int? {
        guard let locale = handle.locale, let previous = uselocale(locale) else { return nil }
        defer { uselocale(previous) }
        let measured = nc_wcwidth(wchar_t(bitPattern: scalar.value))
        return measured < 0 ? nil : Int(measured)
    }

    private static func makeLocale() -> locale_t? {
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"] {
            if let locale = newlocale(LC_CTYPE_MASK, name, nil) {
                return locale
            }
        }
        return nil
    }
}
