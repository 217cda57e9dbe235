#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process-wide lock around every ncurses call, since ncurses is not thread-safe.
///
/// A plain pthread mutex rather than `Mutex`, because the work done under it hands back
/// ncurses pointers, which are not `Sendable`. Not recursive: never nest `withLock`.
final class CursesLock: @unchecked Sendable {
    /// The one lock all `CursesBackend`s share.
    static let shared = CursesLock()

    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    private init() {
        mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// Runs `body` with the lock held.
    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }
}
