#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The write end of the pipe the signal handler reports to; -1 when no `TerminalSignals` is installed.
private let signalPipeWriteEnd = Atomic<Int32>(-1)

/// The signal handler: writes the signal number to the pipe and nothing else
/// (`write` is async-signal-safe; the atomic load is lock-free).
private func forwardSignal(_ signo: Int32) {
    let savedErrno = errno
    var byte = UInt8(truncatingIfNeeded: signo)
    _ = write(signalPipeWriteEnd.load(ordering: .relaxed), &byte, 1)
    errno = savedErrno
}

/// A self-pipe that carries signal numbers from a minimal signal handler to ordinary code.
///
/// `DispatchSourceSignal` is not used because on Linux libdispatch installs its own handler
/// only the first time a signal is watched in a process: after the disposition has been
/// restored once, a second installation never sees the signal.
struct SignalPipe: @unchecked Sendable {
    /// Where the signal numbers come out, one byte each.
    let readEnd: Int32
    private let writeEnd: Int32

    /// Opens the pipe (non-blocking, close-on-exec) and makes the handler report to it.
    init?() {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        for end in ends {
            _ = fcntl(end, F_SETFL, O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        readEnd = ends[0]
        writeEnd = ends[1]
        signalPipeWriteEnd.store(writeEnd, ordering: .releasing)
    }

    /// Points `signo` at the forwarding handler and returns its previous disposition.
    func catchSignal(_ signo: Int32) -> sigaction? {
        var previous = sigaction()
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = forwardSignal
        #else
        action.__sigaction_u.__sa_handler = forwardSignal
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        return sigaction(signo, &action, &previous) == 0 ? previous : nil
    }

    /// Reads the signal numbers waiting in the pipe.
    func drain() -> [Int32] {
        var buffer = [UInt8](repeating: 0, count: 64)
        var signals: [Int32] = []
        while true {
            let count = read(readEnd, &buffer, buffer.count)
            guard count > 0 else { return signals }
            signals += buffer[0..<count].map { Int32($0) }
        }
    }

    /// Detaches the handler from the pipe and closes both ends.
    func close() {
        _ = signalPipeWriteEnd.compareExchange(expected: writeEnd, desired: -1, ordering: .acquiringAndReleasing)
        #if canImport(Glibc)
        _ = Glibc.close(readEnd)
        _ = Glibc.close(writeEnd)
        #else
        _ = Darwin.close(readEnd)
        _ = Darwin.close(writeEnd)
        #endif
    }
}
