import CCurl

/// One libcurl easy handle, owned by exactly one transfer at a time.
///
/// Handles live in `CurlHandlePool` while idle; `curl_easy_reset` clears the options
/// between transfers but keeps the handle's connection cache, so kept-alive
/// connections are reused. `@unchecked Sendable`: the pool hands a handle to a single
/// transfer thread and takes it back only after that transfer has finished.
final class CurlEasyHandle: @unchecked Sendable {
    /// The `CURL *` pointer.
    let raw: UnsafeMutableRawPointer

    /// Creates a fresh easy handle.
    init() throws(TransportError) {
        try CurlRuntime.ensureInitialized()
        guard let raw = curl_easy_init() else {
            throw TransportError(kind: .other, description: "could not create a libcurl handle")
        }
        self.raw = raw
    }

    deinit {
        curl_easy_cleanup(raw)
    }

    /// Clears all options (connection cache, DNS cache and cookies stay).
    func reset() {
        curl_easy_reset(raw)
    }

    /// Runs the transfer configured on this handle, blocking the calling thread.
    func perform() -> CURLcode {
        curl_easy_perform(raw)
    }

    // MARK: Options

    /// Sets a `long` option.
    func set(_ option: CURLoption, _ value: Int) throws(CurlOptionError) {
        try check(ccurl_setopt_long(raw, option, value), option)
    }

    /// Sets a string option; libcurl copies the string.
    func set(_ option: CURLoption, _ value: String) throws(CurlOptionError) {
        try check(ccurl_setopt_string(raw, option, value), option)
    }

    /// Sets a `curl_off_t` option.
    func set(_ option: CURLoption, offset value: Int64) throws(CurlOptionError) {
        try check(ccurl_setopt_off(raw, option, curl_off_t(value)), option)
    }

    /// Sets a pointer option (context pointers, buffers); the pointee must outlive the transfer.
    func set(_ option: CURLoption, pointer value: UnsafeMutableRawPointer?) throws(CurlOptionError) {
        try check(ccurl_setopt_pointer(raw, option, value), option)
    }

    /// Sets a `curl_slist` option; the list must outlive the transfer.
    func set(_ option: CURLoption, list value: UnsafeMutablePointer<curl_slist>?) throws(CurlOptionError) {
        try check(ccurl_setopt_slist(raw, option, value), option)
    }

    /// Sends `bytes` as the request body; libcurl keeps its own copy (`CURLOPT_COPYPOSTFIELDS`).
    func setBody(_ bytes: [UInt8]) throws(CurlOptionError) {
        try set(CURLOPT_POSTFIELDSIZE_LARGE, offset: Int64(bytes.count))
        if bytes.isEmpty {
            try set(CURLOPT_COPYPOSTFIELDS, "")
            return
        }
        let code = bytes.withUnsafeBytes { buffer in
            ccurl_setopt_pointer(raw, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: buffer.baseAddress))
        }
        try check(code, CURLOPT_COPYPOSTFIELDS)
    }

    // MARK: Information

    /// Reads a `long` piece of information about the last transfer, or nil if unavailable.
    func info(_ info: CURLINFO) -> Int? {
        var value = 0
        guard ccurl_getinfo_long(raw, info, &value) == CURLE_OK else { return nil }
        return value
    }

    private func check(_ code: CURLcode, _ option: CURLoption) throws(CurlOptionError) {
        guard code == CURLE_OK else { throw CurlOptionError(option: option, code: code) }
    }
}

/// libcurl refused an option (for example, a feature missing from this libcurl build).
struct CurlOptionError: Error {
    /// The refused option.
    let option: CURLoption
    /// libcurl's answer.
    let code: CURLcode
}
