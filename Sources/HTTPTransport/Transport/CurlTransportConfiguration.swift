/// Options of the libcurl transport.
///
/// TLS certificate and host-name verification is always on; there is deliberately
/// no option to turn it off. Proxies come from the environment (`http_proxy`,
/// `https_proxy`, `no_proxy`), as libcurl reads them by default.
public struct CurlTransportConfiguration: Sendable {
    /// Longest time to establish the connection (TCP and TLS).
    public var connectTimeout: Duration
    /// Longest time for the whole transfer, connection included.
    public var requestTimeout: Duration
    /// An additional CA bundle (PEM file) used to verify the server (`CURLOPT_CAINFO`).
    public var caBundlePath: String?
    /// Largest response body accepted; larger responses fail with `TransportError.Kind.responseTooLarge`.
    public var maxResponseBytes: Int
    /// Largest request body sent; larger bodies fail before anything is sent.
    public var maxRequestBytes: Int
    /// Value of the `User-Agent` header, unless the request sets its own.
    public var userAgent: String
    /// How many idle libcurl handles (and so their kept-alive connections) are kept for reuse.
    public var maxIdleHandles: Int

    /// Creates a configuration; every option has a default.
    public init(
        connectTimeout: Duration = .seconds(10),
        requestTimeout: Duration = .seconds(60),
        caBundlePath: String? = nil,
        maxResponseBytes: Int = 64 << 20,
        userAgent: String = "examiner",
        maxRequestBytes: Int = 64 << 20,
        maxIdleHandles: Int = 8
    ) {
        self.connectTimeout = connectTimeout
        self.requestTimeout = requestTimeout
        self.caBundlePath = caBundlePath
        self.maxResponseBytes = maxResponseBytes
        self.userAgent = userAgent
        self.maxRequestBytes = maxRequestBytes
        self.maxIdleHandles = maxIdleHandles
    }
}

extension Duration {
    /// The duration in whole milliseconds, at least 1 (libcurl reads 0 as "no timeout").
    var curlMilliseconds: Int {
        let (seconds, attoseconds) = components
        guard seconds >= 0 else { return 1 }
        let (millis, overflow) = seconds.multipliedReportingOverflow(by: 1000)
        if overflow { return Int.max }
        let total = Int(millis).addingReportingOverflow(Int(attoseconds / 1_000_000_000_000_000))
        return total.overflow ? Int.max : max(1, total.partialValue)
    }
}
