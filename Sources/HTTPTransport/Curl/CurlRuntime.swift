import CCurl

/// Process-wide libcurl state.
///
/// `curl_global_init` is not thread-safe and must run once before any other libcurl
/// call; a `static let` is initialised lazily, exactly once, under a lock (`swift_once`).
enum CurlRuntime {
    /// Result of the one `curl_global_init` call of this process.
    static let globalInitResult: CURLcode = curl_global_init(Int(CURL_GLOBAL_DEFAULT))

    /// Ensures libcurl is initialised; throws if initialisation failed.
    static func ensureInitialized() throws(TransportError) {
        let code = globalInitResult
        guard code == CURLE_OK else {
            throw TransportError(
                kind: .other,
                curlCode: Int32(code.rawValue),
                description: "could not initialise libcurl (\(message(for: code)))"
            )
        }
    }

    /// libcurl's English text for a result code.
    static func message(for code: CURLcode) -> String {
        guard let text = curl_easy_strerror(code) else { return "error \(code.rawValue)" }
        return String(cString: text)
    }
}
