import CCurl

/// One blocking libcurl transfer: configures an easy handle for a request and performs it.
///
/// Runs on a dedicated thread, never on Swift's cooperative pool.
struct CurlTransfer {
    /// What to send.
    let request: PreparedRequest
    /// Timeouts, limits and TLS settings.
    let configuration: CurlTransportConfiguration

    /// Configures `handle`, performs the transfer and reports what happened.
    ///
    /// The caller resets the handle afterwards (`CurlHandlePool.checkIn`).
    func run(on handle: CurlEasyHandle, context: TransferContext) -> TransferOutcome {
        var headerList: UnsafeMutablePointer<curl_slist>?
        defer { curl_slist_free_all(headerList) }
        do {
            headerList = try Self.makeList(request.headerLines)
            try configure(handle, headers: headerList)
            try context.install(on: handle)
        } catch {
            let message = "libcurl rejected option \(error.option.rawValue): \(CurlRuntime.message(for: error.code))"
            return TransferOutcome(code: error.code, errorDetail: message)
        }
        if context.isCancelled {
            return TransferOutcome(code: CURLE_ABORTED_BY_CALLBACK, cancelled: true)
        }
        let code = handle.perform()
        return TransferOutcome(
            code: code,
            status: handle.info(CURLINFO_RESPONSE_CODE) ?? 0,
            headers: context.headers,
            body: context.body,
            errorDetail: context.errorDetail,
            osErrno: Int32(truncatingIfNeeded: handle.info(CURLINFO_OS_ERRNO) ?? 0),
            exceededLimit: context.exceededLimit || code == CURLE_FILESIZE_EXCEEDED,
            cancelled: context.isCancelled
        )
    }

    private func configure(_ handle: CurlEasyHandle, headers: UnsafeMutablePointer<curl_slist>?) throws(CurlOptionError) {
        try handle.set(CURLOPT_URL, request.url)
        try handle.set(CURLOPT_PROTOCOLS_STR, "http,https")
        try handle.set(CURLOPT_FOLLOWLOCATION, 0)
        // Signals are process-wide; with many threads libcurl must not use them for timeouts.
        try handle.set(CURLOPT_NOSIGNAL, 1)
        try handle.set(CURLOPT_CONNECTTIMEOUT_MS, configuration.connectTimeout.curlMilliseconds)
        try handle.set(CURLOPT_TIMEOUT_MS, configuration.requestTimeout.curlMilliseconds)
        try handle.set(CURLOPT_SSL_VERIFYPEER, 1)
        try handle.set(CURLOPT_SSL_VERIFYHOST, 2)
        if let caBundlePath = configuration.caBundlePath {
            try handle.set(CURLOPT_CAINFO, caBundlePath)
        }
        try handle.set(CURLOPT_USERAGENT, configuration.userAgent)
        // Refuses early when the server announces a larger Content-Length; the write callback covers the rest.
        try handle.set(CURLOPT_MAXFILESIZE_LARGE, offset: Int64(max(0, configuration.maxResponseBytes)))
        try handle.set(CURLOPT_HTTPHEADER, list: headers)
        try configureMethod(handle)
    }

    /// GET and POST are libcurl's own; HEAD needs NOBODY; everything else is a custom verb.
    private func configureMethod(_ handle: CurlEasyHandle) throws(CurlOptionError) {
        let method = request.method
        let body = request.body
        switch method {
        case "HEAD":
            try handle.set(CURLOPT_NOBODY, 1)
            return
        case "GET" where body == nil:
            try handle.set(CURLOPT_HTTPGET, 1)
            return
        case "POST":
            break
        default:
            try handle.set(CURLOPT_CUSTOMREQUEST, method)
        }
        if let body {
            try handle.setBody(body)
        }
    }

    private static func makeList(_ lines: [String]) throws(CurlOptionError) -> UnsafeMutablePointer<curl_slist>? {
        var list: UnsafeMutablePointer<curl_slist>?
        for line in lines {
            guard let extended = curl_slist_append(list, line) else {
                curl_slist_free_all(list)
                throw CurlOptionError(option: CURLOPT_HTTPHEADER, code: CURLE_OUT_OF_MEMORY)
            }
            list = extended
        }
        return list
    }
}

/// What a transfer produced: libcurl's result plus whatever response arrived.
struct TransferOutcome: Sendable {
    /// libcurl's result.
    var code: CURLcode
    /// `CURLINFO_RESPONSE_CODE`, 0 if no response arrived.
    var status: Int = 0
    /// Head of the final response.
    var headers = ResponseHeaderParser()
    /// Body of the final response.
    var body: [UInt8] = []
    /// libcurl's detailed message (`CURLOPT_ERRORBUFFER`).
    var errorDetail: String?
    /// `CURLINFO_OS_ERRNO`: the system error behind a failed connect.
    var osErrno: Int32 = 0
    /// The response was larger than allowed.
    var exceededLimit = false
    /// The Swift task was cancelled.
    var cancelled = false

    /// Whether libcurl completed the transfer (whatever the HTTP status).
    var succeeded: Bool { code == CURLE_OK }
}
