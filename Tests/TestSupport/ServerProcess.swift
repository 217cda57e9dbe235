import Foundation

/// A real `ipas-server` process on 127.0.0.1 with its own database, for tests.
public final class ServerProcess: @unchecked Sendable {
    public let process: Process
    public let url: URL
    public let database: URL
    public let log: URL

    /// Why the server could not be started.
    public struct StartError: Error, CustomStringConvertible {
        public let description: String
        public init(description: String) { self.description = description }
    }

    /// Starts the server (the demo office by default) on a free port and waits until it listens.
    public static func start(database: URL? = nil, demo: Bool = true, extraArguments: [String] = []) throws -> ServerProcess {
        let folder = try TestPaths.scratchDirectory("server")
        let database = database ?? folder.appendingPathComponent("office.sqlite")
        let log = folder.appendingPathComponent("server.log")
        let process = Process()
        process.executableURL = TestPaths.executable("ipas-server")
        process.arguments = (demo ? ["--demo"] : []) + ["--host", "127.0.0.1", "--port", "0", "--database", database.path,
                                                       "--data", TestPaths.repositoryRoot.appendingPathComponent("Data").path,
                                                       "--stop-at-end-of-input"] + extraArguments
        let output = Pipe()
        let lifeline = Pipe()  // closes when the test process ends, however it ends, and the server stops
        process.standardOutput = output
        process.standardInput = lifeline
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        var buffered = Data()
        let reader = output.fileHandleForReading
        while true {
            let chunk = reader.availableData
            if chunk.isEmpty {
                process.waitUntilExit()
                throw StartError(description: "ipas-server exited before listening: \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
            }
            buffered.append(chunk)
            let text = String(decoding: buffered, as: UTF8.self)
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("listening on ") }),
               let url = URL(string: String(line.dropFirst("listening on ".count))) {
                return ServerProcess(process: process, url: url, database: database, log: log, lifeline: lifeline)
            }
        }
    }

    let lifeline: Pipe

    init(process: Process, url: URL, database: URL, log: URL, lifeline: Pipe) {
        self.lifeline = lifeline
        self.process = process
        self.url = url
        self.database = database
        self.log = log
    }

    /// Sends a signal and waits for the process to end.
    public func stop(signal: Int32 = SIGTERM) {
        guard process.isRunning else { return }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
    }

    deinit { stop(signal: SIGKILL) }
}
