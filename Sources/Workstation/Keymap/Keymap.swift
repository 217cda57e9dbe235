import Terminal

/// Key bindings by context: which action a key triggers. Loaded from `Keymaps/*.keymap`; a user file patches a preset.
///
/// The format is one binding a line, `bind CONTEXT KEY ACTION`, or `unbind CONTEXT KEY`; `#` starts a comment.
/// Keys use the notation of `Key(notation:)`, such as `j`, `<Down>`, `<C-r>`.
public struct Keymap: Sendable, Equatable {
    var bindings: [KeymapContext: [Key: ActionID]] = [:]

    /// An empty keymap.
    public init() {}

    /// Why a keymap file could not be used, naming the file and line.
    public typealias ParseError = PresetFile.ParseError

    /// Parses keymap text; `source` names it in errors.
    public init(parsing text: String, source: String) throws(ParseError) {
        try apply(text, source: source)
    }

    /// Applies another file's bindings on top of these (a user file over a preset).
    public mutating func apply(_ text: String, source: String) throws(ParseError) {
        for (number, words) in PresetFile.lines(text) {
            let verb = words[0]
            func fail(_ message: String) -> ParseError { ParseError(source: source, line: number, message: message) }
            guard verb == "bind" || verb == "unbind" else { throw fail("unknown command “\(verb)”; expected bind or unbind") }
            let expected = verb == "bind" ? 4 : 3
            guard words.count == expected else {
                throw fail(verb == "bind" ? "expected: bind CONTEXT KEY ACTION" : "expected: unbind CONTEXT KEY")
            }
            guard let context = KeymapContext(rawValue: words[1]) else {
                throw fail("unknown context “\(words[1])”; known: \(KeymapContext.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard let key = Key(notation: words[2]) else { throw fail("cannot read the key “\(words[2])”") }
            if verb == "unbind" {
                bindings[context]?[key] = nil
                continue
            }
            guard let action = ActionID(rawValue: words[3]) else { throw fail("unknown action “\(words[3])”") }
            bindings[context, default: [:]][key] = action
        }
    }

    /// The action a key triggers in a context; pane bindings win over global ones.
    public func action(for key: Key, in context: KeymapContext) -> ActionID? {
        bindings[context]?[key] ?? bindings[.global]?[key]
    }

    /// The keys bound to an action in a context (including global bindings), in notation order.
    public func keys(for action: ActionID, in context: KeymapContext) -> [Key] {
        let contexts = context == .global ? [KeymapContext.global] : [context, .global]
        return contexts
            .flatMap { context in (bindings[context] ?? [:]).filter { $0.value == action }.map(\.key) }
            .filter { self.action(for: $0, in: context) == action }
            .sorted { ($0.notation.count, $0.notation) < ($1.notation.count, $1.notation) }
    }
}
