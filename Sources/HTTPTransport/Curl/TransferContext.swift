import CCurl
import Synchronization

/// State of one transfer, reached from libcurl's C callbacks through an opaque pointer.
///
/// The transfer thread is the only one touching the response state; the cancellation
/// flag is atomic because Swift's cancellation handler sets it from another thread.
/// The context is kept alive by the transfer for as long as libcurl may call back.
final class TransferContext: @unchecked Sendable {
    /// Response body collected so far.
    private(set) var body: [UInt8] = []
    /// Response head collected so far.
    private(set) var headers = ResponseHeaderParser()
    /// Set when the body went over `maxResponseBytes` and the transfer was stopped.
    private(set) var exceededLimit = false
    /// Buffer libcurl writes its detailed error message into (`CURLOPT_ERRORBUFFER`).
    let errorBuffer: UnsafeMutablePointer<CChar>

    private let maxResponseBytes: Int
    private let cancelled = Atomic<Bool>(false)

    /// Creates the state of a transfer accepting at most `maxResponseBytes` of body.
    init(maxResponseBytes: Int) {
        self.maxResponseBytes = max(0, maxResponseBytes)
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
    }

    deinit {
        errorBuffer.deallocate()
    }

    /// Asks the transfer to stop at libcurl's next progress callback.
    func cancel() {
        cancelled.store(true, ordering: .releasing)
    }

    /// Whether `cancel()` was called.
    var isCancelled: Bool {
        cancelled.load(ordering: .acquiring)
    }

    /// libcurl's detailed message for the last failure, if it wrote one.
    var errorDetail: String? {
        let text = String(cString: errorBuffer).trimmingTrailingNewlines()
        return text.isEmpty ? nil : text
    }

    /// Points the handle's callbacks and their user data at this context.
    ///
    /// The caller keeps the context alive until `perform()` returns.
    func install(on handle: CurlEasyHandle) throws(CurlOptionError) {
        let opaque = Unmanaged.passUnretained(self).toOpaque()
        try handle.set(CURLOPT_ERRORBUFFER, pointer: UnsafeMutableRawPointer(errorBuffer))
        try handle.set(CURLOPT_WRITEDATA, pointer: opaque)
        try handle.set(CURLOPT_HEADERDATA, pointer: opaque)
        try handle.set(CURLOPT_XFERINFODATA, pointer: opaque)
        try handle.set(CURLOPT_NOPROGRESS, 0)
        try Self.check(ccurl_setopt_write_function(handle.raw) { buffer, size, count, userdata in
            TransferContext.from(userdata)?.receiveBody(buffer, size * count) ?? 0
        }, CURLOPT_WRITEFUNCTION)
        try Self.check(ccurl_setopt_header_function(handle.raw) { buffer, size, count, userdata in
            TransferContext.from(userdata)?.receiveHeader(buffer, size * count) ?? 0
        }, CURLOPT_HEADERFUNCTION)
        try Self.check(ccurl_setopt_progress_function(handle.raw) { userdata, _, _, _, _ in
            // Non-zero aborts the transfer with CURLE_ABORTED_BY_CALLBACK.
            (TransferContext.from(userdata)?.isCancelled ?? true) ? 1 : 0
        }, CURLOPT_XFERINFOFUNCTION)
    }

    // MARK: Callbacks (run on the transfer thread)

    private static func from(_ userdata: UnsafeMutableRawPointer?) -> TransferContext? {
        guard let userdata else { return nil }
        return Unmanaged<TransferContext>.fromOpaque(userdata).takeUnretainedValue()
    }

    /// Appends body bytes; returning anything but `length` makes libcurl fail with CURLE_WRITE_ERROR.
    private func receiveBody(_ buffer: UnsafeMutablePointer<CChar>?, _ length: Int) -> Int {
        guard length > 0 else { return 0 }
        guard let buffer, !isCancelled else { return 0 }
        guard length <= maxResponseBytes - body.count else {
            exceededLimit = true
            return 0
        }
        let bytes = UnsafeRawBufferPointer(start: buffer, count: length)
        body.append(contentsOf: bytes)
        return length
    }

    /// Parses one header line.
    private func receiveHeader(_ buffer: UnsafeMutablePointer<CChar>?, _ length: Int) -> Int {
        guard let buffer else { return 0 }
        headers.consume(UnsafeRawBufferPointer(start: buffer, count: length))
        return length
    }

    private static func check(_ code: CURLcode, _ option: CURLoption) throws(CurlOptionError) {
        guard code == CURLE_OK else { throw CurlOptionError(option: option, code: code) }
    }
}

extension String {
    /// The string without trailing CR/LF characters.
    func trimmingTrailingNewlines() -> String {
        var result = Substring(self)
        while let last = result.last, last == "\n" || last == "\r" {
            result = result.dropLast()
        }
        return String(result)
    }
}
