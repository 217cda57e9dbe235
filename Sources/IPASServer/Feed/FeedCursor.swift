/// A position in the change feed: the epoch it belongs to and the last sequence number seen, written `epoch.sequence`.
struct FeedCursor: Equatable {
    let epoch: String
    let sequence: Int64

    init(epoch: String, sequence: Int64) {
        self.epoch = epoch
        self.sequence = sequence
    }

    /// Parses a cursor the server handed out; nil for anything else.
    init?(_ text: String) {
        guard let dot = text.lastIndex(of: "."), let sequence = Int64(text[text.index(after: dot)...]), sequence >= 0 else { return nil }
        let epoch = String(text[..<dot])
        guard !epoch.isEmpty else { return nil }
        self.init(epoch: epoch, sequence: sequence)
    }

    var text: String { "\(epoch).\(sequence)" }
}

/// The opaque page token of the queue: the sort key of the last item of the previous page.
enum PageToken {
    static func encode(_ sortKey: String) -> String {
        Array(sortKey.utf8).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    static func decode(_ token: String) throws -> String {
        let bytes = Array(token.utf8)
        guard bytes.count % 2 == 0, bytes.count <= 512 else { throw APIProblem.badRequest("page_token is not a token of this queue") }
        var decoded: [UInt8] = []
        for index in stride(from: 0, to: bytes.count, by: 2) {
            guard let byte = UInt8(String(decoding: bytes[index..<index + 2], as: UTF8.self), radix: 16) else {
                throw APIProblem.badRequest("page_token is not a token of this queue")
            }
            decoded.append(byte)
        }
        return String(decoding: decoded, as: UTF8.self)
    }
}
