/// Why a transfer failed, in words a user can act on.
///
/// The transport never retries; callers (the sync layer) decide from `kind`
/// whether an operation is worth repeating.
public struct TransportError: Error, CustomStringConvertible, Sendable {
    /// The broad class of failure.
    public enum Kind: Sendable, Equatable {
        /// The server could not be reached (refused, unresolvable host, no route, proxy unreachable).
        case couldNotConnect
        /// The connection or the whole transfer took longer than configured.
        case timedOut
        /// The secure connection failed (certificate not trusted, wrong host name, handshake error).
        case tls
        /// The response body is larger than `CurlTransportConfiguration.maxResponseBytes`.
        case responseTooLarge
        /// The Swift task was cancelled while the transfer ran.
        case cancelled
        /// The server sent an incomplete or invalid response (for example, it closed the connection mid-body).
        case malformedResponse
        /// Anything else, including invalid requests and local failures.
        case other
    }

    /// The broad class of failure.
    public let kind: Kind
    /// The libcurl result code (`CURLcode`), or 0 when the failure did not come from libcurl.
    public let curlCode: Int32
    /// A sentence naming the URL and the cause, e.g. "could not connect to http://127.0.0.1:9 (Connection refused)".
    public let description: String

    /// Creates an error; the transport makes these, tests and other layers may too.
    public init(kind: Kind, curlCode: Int32 = 0, description: String) {
        self.kind = kind
        self.curlCode = curlCode
        self.description = description
    }
}
