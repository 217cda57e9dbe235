import HTTPTypes

/// Collects response header lines from libcurl's header callback into `HTTPFields`.
///
/// libcurl delivers every header line of every response it reads, including interim
/// (1xx) responses, redirects it follows, and trailers. A status line starts a new
/// block and discards the previous one, so only the final response's headers remain.
struct ResponseHeaderParser {
    /// Header fields of the most recent response.
    private(set) var fields = HTTPFields()
    /// Reason phrase of the most recent status line ("" if none).
    private(set) var reasonPhrase = ""

    private var blockComplete = false

    /// Feeds one raw line as delivered by libcurl (CRLF included).
    mutating func consume(_ line: UnsafeRawBufferPointer) {
        var bytes = Array(line)[...]
        while let last = bytes.last, last == UInt8(ascii: "\r") || last == UInt8(ascii: "\n") {
            bytes = bytes.dropLast()
        }
        if bytes.isEmpty {
            blockComplete = true
            return
        }
        if bytes.starts(with: Self.httpPrefix) {
            startBlock(statusLine: bytes)
            return
        }
        // Lines after the blank line of the final block are trailers: not part of the head.
        guard !blockComplete else { return }
        if let first = bytes.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") {
            appendContinuation(bytes)
            return
        }
        appendField(bytes)
    }

    private static let httpPrefix = Array("HTTP/".utf8)

    private mutating func startBlock(statusLine: ArraySlice<UInt8>) {
        fields = HTTPFields()
        blockComplete = false
        // "HTTP/1.1 200 OK" -> reason "OK"; HTTP/2 status lines have no reason.
        let parts = statusLine.split(separator: UInt8(ascii: " "), maxSplits: 2, omittingEmptySubsequences: true)
        reasonPhrase = parts.count == 3 ? String(decoding: parts[2], as: UTF8.self) : ""
    }

    private mutating func appendField(_ bytes: ArraySlice<UInt8>) {
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")),
            let name = HTTPField.Name(String(decoding: bytes[..<colon], as: UTF8.self))
        else {
            return  // not a header line; ignored like other clients do
        }
        let value = Self.trimmed(bytes[bytes.index(after: colon)...])
        fields.append(HTTPField(name: name, lenientValue: value))
    }

    /// Obsolete line folding (RFC 9112 §5.2): joins the line to the previous field's value.
    private mutating func appendContinuation(_ bytes: ArraySlice<UInt8>) {
        guard let lastIndex = fields.indices.last else { return }
        let previous = fields[lastIndex]
        var value = Array(previous.value.utf8)
        value.append(UInt8(ascii: " "))
        value.append(contentsOf: Self.trimmed(bytes))
        fields[lastIndex] = HTTPField(name: previous.name, lenientValue: value)
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var result = bytes
        while let first = result.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") {
            result = result.dropFirst()
        }
        while let last = result.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") {
            result = result.dropLast()
        }
        return result
    }
}
