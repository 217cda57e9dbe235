#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization
import Testing
@testable import Terminal

/// Signals are process-wide, so these tests run one at a time and only ever send a signal
/// while a handler is installed.
@Suite("TerminalSignals", .serialized)
struct TerminalSignalsTests {
    /// Records what the forced-exit path did instead of restoring a terminal and exiting.
    final class Recorder: Sendable {
        let events = Mutex<[String]>([])
        func record(_ event: String) { events.withLock { $0.append(event) } }
        var all: [String] { events.withLock { $0 } }
    }

    /// The handler address of a signal's current disposition.
    private func handlerAddress(_ signo: Int32) -> Int {
        var action = sigaction()
        sigaction(signo, nil, &action)
        #if canImport(Glibc)
        return unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self)
        #else
        return unsafeBitCast(action.__sigaction_u.__sa_handler, to: Int.self)
        #endif
    }

    /// Polls `condition` for up to five seconds (a bounded wait, not a timing assertion).
    private func waitUntil(_ condition: () -> Bool) -> Bool {
        for _ in 0..<500 {
            if condition() { return true }
            usleep(10_000)
        }
        return condition()
    }

    @Test func sighupSetsStopRequestedAndUninstallRestoresTheDisposition() {
        let before = handlerAddress(SIGHUP)
        let signals = TerminalSignals()
        #expect(signals.signals == [SIGINT, SIGHUP, SIGTERM].sorted())
        #expect(signals.stopRequested == nil)
        signals.install(onForcedExit: {})
        #expect(signals.isInstalled)
        #expect(handlerAddress(SIGHUP) != before)
        kill(getpid(), SIGHUP)
        #expect(waitUntil { signals.stopRequested != nil })
        #expect(signals.stopRequested == SIGHUP)
        signals.uninstall()
        #expect(!signals.isInstalled)
        #expect(handlerAddress(SIGHUP) == before)
        #expect(handlerAddress(SIGINT) == handlerAddress(SIGTERM))
        signals.uninstall()
    }

    @Test func reinstallingWorksAgain() {
        let signals = TerminalSignals(signals: [SIGHUP])
        for _ in 0..<2 {
            signals.install(onForcedExit: {})
            #expect(signals.stopRequested == nil)
            kill(getpid(), SIGHUP)
            #expect(waitUntil { signals.stopRequested == SIGHUP })
            signals.uninstall()
        }
    }

    @Test func secondSignalOfTheSameKindForcesExit() {
        let recorder = Recorder()
        let signals = TerminalSignals(
            signals: [SIGUSR1, SIGUSR2],
            restoreTerminal: { recorder.record("restore") },
            terminate: { recorder.record("exit \($0)") }
        )
        signals.install(onForcedExit: { recorder.record("forced") })
        defer { signals.uninstall() }
        kill(getpid(), SIGUSR1)
        #expect(waitUntil { signals.stopRequested == SIGUSR1 })
        kill(getpid(), SIGUSR2)  // another kind: no forced exit
        kill(getpid(), SIGUSR1)
        #expect(waitUntil { recorder.all.count == 3 })
        #expect(recorder.all == ["forced", "restore", "exit \(128 + SIGUSR1)"])
        #expect(signals.stopRequested == SIGUSR1)
    }

    @Test func installTwiceIsHarmless() {
        let signals = TerminalSignals(signals: [SIGUSR2])
        let before = handlerAddress(SIGUSR2)
        signals.install(onForcedExit: {})
        signals.install(onForcedExit: {})
        kill(getpid(), SIGUSR2)
        #expect(waitUntil { signals.stopRequested == SIGUSR2 })
        signals.uninstall()
        #expect(handlerAddress(SIGUSR2) == before)
    }
}
