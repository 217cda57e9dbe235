import Foundation

/// A local `ipas-server --demo` started for `examiner demo`, stopped when the demo ends.
final class DemoServer {
    let process: Process
    let url: URL
    let lifeline: Pipe

    /// Starts the server next to this executable on a free loopback port and waits until it listens.
    static func start(database: URL, log: URL) throws -> DemoServer {
        let binary = try locateServer()
        let process = Process()
        process.executableURL = binary
        process.arguments = ["--demo", "--host", "127.0.0.1", "--port", "0", "--database", database.path, "--stop-at-end-of-input"]
        let output = Pipe()
        process.standardOutput = output
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: log)
        // The server lives as long as this pipe is open: if the examiner dies, even by SIGKILL, the server stops too.
        let lifeline = Pipe()
        process.standardInput = lifeline
        do {
            try process.run()
        } catch {
            throw CommandFailure("cannot start \(binary.path): \(error.localizedDescription)")
        }
        let reader = output.fileHandleForReading
        var buffered = Data()
        while true {
            let chunk = reader.availableData
            if chunk.isEmpty {
                process.waitUntilExit()
                let details = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
                throw CommandFailure("the demo server stopped before it listened:\n\(details)")
            }
            buffered.append(chunk)
            let text = String(decoding: buffered, as: UTF8.self)
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("listening on ") }),
               let url = URL(string: String(line.dropFirst("listening on ".count))) {
                return DemoServer(process: process, url: url, lifeline: lifeline)
            }
        }
    }

    init(process: Process, url: URL, lifeline: Pipe) {
        self.process = process
        self.url = url
        self.lifeline = lifeline
    }

    /// Stops the server (SIGTERM, then SIGKILL if it lingers) and waits for it.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    static func locateServer() throws -> URL {
        if let explicit = ProcessInfo.processInfo.environment["IPAS_SERVER_BIN"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit)
        }
        if let sibling = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("ipas-server"),
           FileManager.default.isExecutableFile(atPath: sibling.path) {
            return sibling
        }
        throw CommandFailure("cannot find the ipas-server executable next to examiner; build it with `swift build` or set IPAS_SERVER_BIN")
    }
}
