/// A key the user pressed, decoded from the terminal.
///
/// Keymaps name keys in Vim-like notation ("q", "<Down>", "<C-x>"); `init(notation:)` parses
/// it and `notation` prints the canonical form, so bindings can be written, loaded and shown
/// in help with one vocabulary.
public enum Key: Hashable, Sendable {
    /// A printable character, including space.
    case character(Character)
    /// Ctrl-a .. Ctrl-z, as the lowercase letter.
    case control(Character)
    case up
    case down
    case left
    case right
    case pageUp
    case pageDown
    case home
    case end
    case enter
    case escape
    case backspace
    case tab
    /// Shift-Tab.
    case backTab
    case delete
    case insert
    /// F1, F2, …; terminals report shifted function keys as F13 and up.
    case function(Int)
    /// The terminal changed size; redraw at the backend's new size.
    case resize

    /// The highest function key number notation accepts.
    public static let maximumFunctionKey = 63

    /// Parses keymap notation: "q", "G", "?", "<Down>", "<Up>", "<Left>", "<Right>", "<PgUp>", "<PgDn>", "<Home>", "<End>", "<Enter>", "<Esc>", "<BS>", "<Tab>", "<S-Tab>", "<Del>", "<Ins>", "<F1>".."<F12>", "<C-x>", "<Space>", "<lt>" (literal <).  Returns nil for anything else.
    ///
    /// Names in angle brackets are case-insensitive ("<down>" works; "<C-X>" is "<C-x>"). Also
    /// accepted: "<CR>" and "<Return>" for Enter, "<PageUp>", "<PageDown>", "<Delete>",
    /// "<Insert>", "<F13>".."<F63>", "<Resize>", and a lone "<" or " ".
    public init?(notation: String) {
        guard let first = notation.first else { return nil }
        if notation.count == 1 {
            guard Self.isPrintable(first) else { return nil }
            self = .character(first)
            return
        }
        guard first == "<", notation.last == ">" else { return nil }
        let name = notation.dropFirst().dropLast().lowercased()
        if let key = Self.namedKeys[name] {
            self = key
        } else if let key = Self.controlKey(name) ?? Self.functionKey(name) {
            self = key
        } else {
            return nil
        }
    }

    /// The canonical notation (round-trips with init(notation:)).
    public var notation: String {
        switch self {
        case .character("<"): "<lt>"
        case .character(" "): "<Space>"
        case .character(let character):
            Self.isPrintable(character) ? String(character) : TextSanitizer.sanitize(String(character))
        case .control(let letter): "<C-\(letter)>"
        case .up: "<Up>"
        case .down: "<Down>"
        case .left: "<Left>"
        case .right: "<Right>"
        case .pageUp: "<PgUp>"
        case .pageDown: "<PgDn>"
        case .home: "<Home>"
        case .end: "<End>"
        case .enter: "<Enter>"
        case .escape: "<Esc>"
        case .backspace: "<BS>"
        case .tab: "<Tab>"
        case .backTab: "<S-Tab>"
        case .delete: "<Del>"
        case .insert: "<Ins>"
        case .function(let number): "<F\(number)>"
        case .resize: "<Resize>"
        }
    }

    /// Bracketed names, lower-cased, and the key each one means.
    private static let namedKeys: [String: Key] = [
        "up": .up, "down": .down, "left": .left, "right": .right,
        "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        "home": .home, "end": .end,
        "enter": .enter, "cr": .enter, "return": .enter,
        "esc": .escape, "bs": .backspace, "tab": .tab, "s-tab": .backTab,
        "del": .delete, "delete": .delete, "ins": .insert, "insert": .insert,
        "space": .character(" "), "lt": .character("<"), "resize": .resize,
    ]

    /// "c-x" for a letter x.
    private static func controlKey(_ name: String) -> Key? {
        guard name.count == 3, name.hasPrefix("c-"), let letter = name.last,
              let ascii = letter.asciiValue, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(ascii)
        else { return nil }
        return .control(letter)
    }

    /// "f1" … "f63", without leading zeros.
    private static func functionKey(_ name: String) -> Key? {
        guard name.hasPrefix("f") else { return nil }
        let digits = name.dropFirst()
        guard let first = digits.first, first != "0", digits.allSatisfy({ $0.isASCII && $0.isWholeNumber }),
              let number = Int(digits), (1...maximumFunctionKey).contains(number)
        else { return nil }
        return .function(number)
    }

    /// True for a character that shows as itself: no control or format code points.
    private static func isPrintable(_ character: Character) -> Bool {
        TextSanitizer.isSafe(String(character)) && !character.isWhitespace || character == " "
    }
}
