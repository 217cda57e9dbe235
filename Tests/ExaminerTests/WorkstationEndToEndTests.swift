import Foundation
import Terminal
import TestSupport
import Testing
import Workstation

@Suite("Workstation end to end in tmux", .serialized)
struct WorkstationEndToEndTests {
    func key(for action: ActionID) throws -> Key {
        let keymap = try ResourceLocator(root: TestPaths.repositoryRoot).keymap()
        return try #require(keymap.keys(for: action, in: .queue).first)
    }

    func launch(as user: String) throws -> (ServerProcess, TmuxSession, [QueueEntry]) {
        let server = try ServerProcess.start()
        let home = try ExaminerHome.signedIn(as: user, server: server)
        let queue = try JSONDecoder().decode([QueueEntry].self, from: Data(try home.run(["queue", "--json"]).standardOutput.utf8))
        let tmux = try TmuxSession(environment: home.environment)
        try tmux.type("stty -g > \(home.folder.path)/stty-before")
        try tmux.type("\(TestPaths.executable("examiner").path); echo EXITED=$?; stty -g > \(home.folder.path)/stty-after")
        return (server, tmux, queue)
    }

    @Test func showsTheQueueAndQuitsToAnIntactPrompt() throws {
        let (server, tmux, queue) = try launch(as: "examiner1")
        defer {
            tmux.close()
            server.stop()
        }
        let first = try #require(queue.first)
        let shown = try tmux.waitFor(first.fileNumber)
        #expect(shown.found, "the queue did not appear:\n\(shown.screen)")
        #expect(shown.screen.contains("examiner1 (patent examiner)"))
        #expect(shown.screen.contains(String(first.title.prefix(20))))

        try tmux.press(try key(for: .moveDown))
        try tmux.press(try key(for: .help))
        #expect(try tmux.waitFor("Keys — press").found)
        try tmux.press(try key(for: .help))
        try tmux.press(try key(for: .quit))
        let exited = try tmux.waitFor("EXITED=0")
        #expect(exited.found, "examiner did not quit:\n\(exited.screen)")
        #expect(!exited.screen.contains("My queue"))
        try tmux.type("cmp \(ExaminerHomeFiles.stty) && echo TERMINAL-RESTORED")
        #expect(try tmux.waitFor("TERMINAL-RESTORED").found)
    }

    @Test(arguments: [SIGTERM, SIGINT, SIGHUP])
    func aSignalRestoresTheTerminal(signal: Int32) throws {
        let (server, tmux, queue) = try launch(as: "examiner3")
        defer {
            tmux.close()
            server.stop()
        }
        let first = try #require(queue.first)
        #expect(try tmux.waitFor(first.fileNumber).found)
        let pid = try #require(try tmux.foregroundChild())
        kill(pid, signal)
        let exited = try tmux.waitFor("EXITED=")
        #expect(exited.found, "examiner did not stop on signal \(signal):\n\(exited.screen)")
        try tmux.type("cmp \(ExaminerHomeFiles.stty) && echo TERMINAL-RESTORED")
        #expect(try tmux.waitFor("TERMINAL-RESTORED").found)
    }
}

@Suite("examiner demo in tmux", .serialized)
struct DemoEndToEndTests {
    @Test func demoOpensExaminer3sTrademarksAndItsServerDiesWithIt() throws {
        let tmux = try TmuxSession(environment: ["EXAMINER_HOME": try TestPaths.scratchDirectory("demo-home").path])
        defer { tmux.close() }
        try tmux.type("\(TestPaths.executable("examiner").path) demo --user examiner3; echo EXITED=$?")
        let shown = try tmux.waitFor("examiner3 (trademark examiner) │ demo", seconds: 60)
        #expect(shown.found, "the demo did not open:\n\(shown.screen)")
        #expect(shown.screen.contains("XA/N/"))
        #expect(shown.screen.contains("TM "))
        let examiner = try #require(try tmux.foregroundChild())
        let server = try #require(childProcesses(of: examiner).first)
        kill(examiner, SIGKILL)
        #expect(try tmux.waitFor("EXITED=137").found)
        let deadline = Date().addingTimeInterval(20)
        while isRunning(server), Date() < deadline { usleep(100_000) }
        #expect(!isRunning(server), "the demo server outlived a killed examiner")
        try tmux.type("reset")
    }
}

/// The children of a process, started from any of its threads.
func childProcesses(of pid: pid_t) -> [pid_t] {
    let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
    return tasks.flatMap { task in
        ((try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8)) ?? "")
            .split(separator: " ").compactMap { pid_t($0) }
    }
}

/// Whether a process exists and is not a zombie waiting to be reaped.
func isRunning(_ pid: pid_t) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
          let close = stat.lastIndex(of: ")") else { return false }
    return !stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
}

enum ExaminerHomeFiles {
    /// Compares the terminal settings saved before and after the run (paths relative to EXAMINER_HOME).
    static let stty = "\"$EXAMINER_HOME/stty-before\" \"$EXAMINER_HOME/stty-after\""
}
