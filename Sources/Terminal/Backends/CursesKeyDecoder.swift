import CNcursesw

/// Turns what `wget_wch` returned into a `Key`.
///
/// Pure, so every mapping is testable without a terminal. Codes with no `Key` (mouse events,
/// NUL, stray C1 bytes) decode to nil and are dropped by the backend.
enum CursesKeyDecoder {
    /// Decodes a `wget_wch` result: `status` is OK, KEY_CODE_YES or ERR; `code` the wide character or key code.
    static func decode(status: Int32, code: UInt32) -> Key? {
        if status == nc_key_code_yes() {
            return Int32(exactly: code).flatMap(functionKey)
        }
        return status == OK ? character(code) : nil
    }

    /// A plain character code: printable characters, and the control codes keys send.
    static func character(_ code: UInt32) -> Key? {
        switch code {
        case 0x09: return .tab
        case 0x0A, 0x0D: return .enter
        case 0x1B: return .escape
        case 0x08, 0x7F: return .backspace
        case 0x01...0x1A:
            return Unicode.Scalar(code + 0x60).map { .control(Character($0)) }
        default:
            guard let scalar = Unicode.Scalar(code), TextSanitizer.replacement(for: scalar) == nil else {
                return nil
            }
            return .character(Character(scalar))
        }
    }

    /// A KEY_* code from keypad mode.
    static func functionKey(_ code: Int32) -> Key? {
        let firstFunction = nc_key_f(1)
        if code >= firstFunction, code < firstFunction + Int32(Key.maximumFunctionKey) {
            return .function(Int(code - firstFunction) + 1)
        }
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_HOME, KEY_A1, KEY_FIND: return .home
        case KEY_END, KEY_C1, KEY_SELECT: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_BTAB: return .backTab
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_RESIZE: return .resize
        default: return nil
        }
    }
}
