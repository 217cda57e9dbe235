/// Errors from the terminal layer, with a message for the user.
public struct TerminalError: Error, CustomStringConvertible, Sendable {
    /// What went wrong and what to do about it, in words for the user.
    public let description: String

    /// Creates an error with a message for the user.
    public init(_ description: String) {
        self.description = description
    }

    /// TERM is missing, so there is no terminal description to start from.
    static let termUnset = TerminalError(
        "TERM is not set, so the terminal type is unknown. Run in a terminal, or set TERM (for example TERM=xterm-256color)."
    )

    /// ncurses has no terminfo entry for the terminal type, or could not open the streams.
    static func cannotStart(terminalType: String) -> TerminalError {
        TerminalError(
            "Cannot start the terminal interface for TERM=\(TextSanitizer.sanitize(terminalType)): the terminal type is unknown to ncurses (no terminfo entry) or the terminal cannot be opened. Set TERM to a known type such as xterm-256color."
        )
    }

    /// The backend was used after `shutdown()`.
    static let shutDown = TerminalError("The terminal interface has already been shut down.")
}
