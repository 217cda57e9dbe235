import Foundation
import Terminal

/// A real terminal for end-to-end tests: a private tmux server running a plain shell.
final class TmuxSession {
    let socket = "examiner-test-\(getpid())-\(UUID().uuidString.prefix(8))"

    /// Starts `bash` in a detached session of the given size with extra environment variables.
    init(width: Int = 100, height: Int = 30, environment: [String: String]) throws {
        let exports = environment.map { "\($0.key)=\(Self.quoted($0.value))" }.joined(separator: " ")
        try tmux(capturing: false, ["-f", "/dev/null", "new-session", "-d", "-s", "t", "-x", "\(width)", "-y", "\(height)",
                  "env \(exports) PS1='$ ' bash --norc --noprofile"])
    }

    deinit { close() }

    /// Ends the session: a program still running (a test that failed half-way) is killed first, so it is never
    /// left on a hung-up terminal; then the private tmux server goes.
    func close() {
        if let child = try? foregroundChild() { kill(child, SIGKILL) }
        _ = try? tmux(capturing: false, ["kill-server"])
    }

    /// Types text followed by Enter.
    func type(_ line: String) throws {
        try tmux(["send-keys", "-t", "t", "-l", line])
        try tmux(["send-keys", "-t", "t", "Enter"])
    }

    /// Presses a key given in keymap notation.
    func press(_ key: Key) throws {
        switch key {
        case .character(let character): try tmux(["send-keys", "-t", "t", "-l", String(character)])
        default: try tmux(["send-keys", "-t", "t", Self.tmuxName(key)])
        }
    }

    /// The visible screen as text.
    func capture() throws -> String { try tmux(["capture-pane", "-t", "t", "-p"]) }

    /// Waits (bounded) until the screen contains the text; returns the last screen either way.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 30) throws -> (found: Bool, screen: String) {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if screen.contains(text) { return (true, screen) }
            usleep(100_000)
        }
        return (false, screen)
    }

    /// The process the shell is running in the foreground, if any.
    func foregroundChild() throws -> pid_t? {
        let shell = try tmux(["display-message", "-p", "-t", "t", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        return children.split(separator: " ").first.flatMap { pid_t($0) }
    }

    /// Runs a tmux command; the command that starts the server must not capture, since the server keeps the pipe open.
    @discardableResult
    func tmux(capturing: Bool = true, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-L", socket] + arguments
        process.standardError = FileHandle.nullDevice
        guard capturing else {
            try Self.spawnAndWait(["tmux", "-L", socket] + arguments)
            return ""
        }
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Runs a command to its end with posix_spawn: Foundation's Process would wait for the tmux server, which
    /// inherits the descriptor Process watches for the child's exit.
    static func spawnAndWait(_ arguments: [String]) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // The calling thread blocks most signals; without a clean mask and default handlers the tmux server,
        // its shell and the programs under test would inherit that and never see SIGHUP or SIGTERM.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, environ)
        guard status == 0 else { throw TmuxError(description: "cannot run \(arguments[0]): \(String(cString: strerror(status)))") }
        var exitStatus: Int32 = 0
        while waitpid(pid, &exitStatus, 0) < 0, errno == EINTR {}
    }

    struct TmuxError: Error, CustomStringConvertible { let description: String }

    static func quoted(_ value: String) -> String { "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    static func tmuxName(_ key: Key) -> String {
        switch key {
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .pageUp: "PPage"
        case .pageDown: "NPage"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Escape"
        case .backspace: "BSpace"
        case .tab: "Tab"
        case .backTab: "BTab"
        case .delete: "DC"
        case .insert: "IC"
        case .function(let number): "F\(number)"
        case .control(let letter): "C-\(letter)"
        case .character(let character): String(character)
        case .resize: ""
        }
    }
}
