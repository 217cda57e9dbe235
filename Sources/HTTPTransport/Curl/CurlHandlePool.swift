import Synchronization

/// A small pool of idle easy handles, so that sequential requests reuse connections.
///
/// Checked-out handles belong to one transfer; returned handles are reset and kept
/// up to `capacity`, surplus handles are released (closing their connections).
final class CurlHandlePool: Sendable {
    private let idle = Mutex<[CurlEasyHandle]>([])
    private let capacity: Int

    /// Creates an empty pool that keeps at most `capacity` idle handles.
    init(capacity: Int) {
        self.capacity = max(0, capacity)
    }

    /// An idle handle if there is one, otherwise a new one.
    func checkOut() throws(TransportError) -> CurlEasyHandle {
        if let handle = idle.withLock({ $0.popLast() }) {
            return handle
        }
        return try CurlEasyHandle()
    }

    /// Takes a handle back after its transfer finished; clears its options first.
    func checkIn(_ handle: CurlEasyHandle) {
        handle.reset()
        idle.withLock { handles in
            if handles.count < capacity { handles.append(handle) }
        }
        // A handle not kept is released when the caller drops it, outside the lock
        // (curl_easy_cleanup may close connections).
    }

    /// Number of idle handles (for tests and diagnostics).
    var idleCount: Int {
        idle.withLock { $0.count }
    }
}
