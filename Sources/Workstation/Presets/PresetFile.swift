/// The line format keymap and theme files share: words separated by spaces, `#` starts a comment, blank lines skipped.
public enum PresetFile {
    /// Why a keymap or theme file could not be used, naming the file and line.
    public struct ParseError: Error, CustomStringConvertible, Equatable {
        public let source: String
        public let line: Int
        public let message: String

        /// Makes an error for a line of a file.
        public init(source: String, line: Int, message: String) {
            self.source = source
            self.line = line
            self.message = message
        }

        public var description: String { "\(source):\(line): \(message)" }
    }

    /// The non-empty lines of a file as (line number, words).
    static func lines(_ text: String) -> [(number: Int, words: [String])] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, rawLine in
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
            return words.isEmpty ? nil : (index + 1, words)
        }
    }
}
