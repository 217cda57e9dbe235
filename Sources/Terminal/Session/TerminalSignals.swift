#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import Dispatch
import Synchronization

/// Restores the terminal on SIGINT, SIGTERM and SIGHUP: while a session is active those signals set a flag the run loop polls (`stopRequested`), so the loop can leave normally and call shutdown(); a second signal of the same kind restores the terminal (endwin) and exits at once with 128+signo.
///
/// No work happens in signal-handler context: the handler only writes the signal number to
/// a pipe, which a `DispatchSourceRead` on a private queue reads. `uninstall` restores the
/// dispositions the signals had at `install`. Install one instance at a time.
public final class TerminalSignals: Sendable {
    /// The signals watched.
    public let signals: [Int32]

    private let received = Atomic<Int32>(0)
    private let installation = Mutex<Installation?>(nil)
    private let queue = DispatchQueue(label: "Terminal.TerminalSignals")
    private let restoreTerminal: @Sendable () -> Void
    private let terminate: @Sendable (Int32) -> Void

    /// What `install` set up and `uninstall` takes down.
    private struct Installation: @unchecked Sendable {
        /// Only touched while holding the `installation` lock.
        let source: any DispatchSourceRead
        let previousActions: [Int32: sigaction]
    }

    /// Watches the given signals once installed.
    public convenience init(signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]) {
        self.init(signals: signals, restoreTerminal: { nc_endwin_if_active() }, terminate: { exit($0) })
    }

    /// Watches the given signals; `restoreTerminal` and `terminate` stand in for endwin and
    /// exit in tests.
    init(
        signals: [Int32],
        restoreTerminal: @escaping @Sendable () -> Void,
        terminate: @escaping @Sendable (Int32) -> Void
    ) {
        self.signals = Array(Set(signals.filter { $0 > 0 && $0 < 64 })).sorted()
        self.restoreTerminal = restoreTerminal
        self.terminate = terminate
    }

    deinit {
        uninstall()
    }

    /// The signal number received, if any.
    public var stopRequested: Int32? {
        let signal = received.load(ordering: .acquiring)
        return signal == 0 ? nil : signal
    }

    /// True between `install` and `uninstall`.
    public var isInstalled: Bool {
        installation.withLock { $0 != nil }
    }

    /// Starts watching and clears `stopRequested`. On a second signal of the kind already
    /// received, `onForcedExit` runs, then the terminal is restored and the process exits with
    /// 128+signo. Installing twice is a no-op.
    public func install(onForcedExit: @escaping @Sendable () -> Void) {
        installation.withLock { installation in
            guard installation == nil, let pipe = SignalPipe() else { return }
            received.store(0, ordering: .releasing)
            let source = DispatchSource.makeReadSource(fileDescriptor: pipe.readEnd, queue: queue)
            source.setEventHandler { [weak self] in
                for signo in pipe.drain() {
                    self?.handle(signo, onForcedExit: onForcedExit)
                }
            }
            source.setCancelHandler { pipe.close() }
            source.resume()
            var previousActions: [Int32: sigaction] = [:]
            for signo in signals {
                previousActions[signo] = pipe.catchSignal(signo)
            }
            installation = Installation(source: source, previousActions: previousActions)
        }
    }

    /// Stops watching and restores the dispositions the signals had before `install` (the
    /// defaults, normally). Safe to call when not installed.
    public func uninstall() {
        installation.withLock { installation in
            guard let current = installation else { return }
            for signo in signals {
                if var previous = current.previousActions[signo] {
                    sigaction(signo, &previous, nil)
                } else {
                    signal(signo, SIG_DFL)
                }
            }
            current.source.cancel()
            installation = nil
        }
    }

    /// First signal: remember it. Another of the same kind: restore the terminal and exit.
    private func handle(_ signo: Int32, onForcedExit: @Sendable () -> Void) {
        let (exchanged, original) = received.compareExchange(
            expected: 0, desired: signo, ordering: .acquiringAndReleasing
        )
        guard !exchanged, original == signo else { return }
        onForcedExit()
        restoreTerminal()
        terminate(128 + signo)
    }
}
