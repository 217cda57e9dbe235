import ArgumentParser
import Foundation
import IPASServer
import Logging

/// The reference cloud IPAS REST API server.
@main
struct IPASServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ipas-server",
        abstract: "The reference cloud IPAS back office: REST API, change feed and demo office.",
        discussion: """
            Prints “listening on http://HOST:PORT” on standard output once it accepts connections.
            With --demo a new database is seeded with the demo office (office XA, users examiner1,
            examiner2, examiner3, examiner4 and supervisor1, password “demo”); an existing database is used as it is.
            """)

    @Flag(help: "Seed the demo office into a new database.")
    var demo = false

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port = 8080

    @Option(help: "The office's SQLite database file (created if missing).")
    var database = "ipas.sqlite"

    @Option(help: "The folder with the demo office's data (the repository's Data folder); found by itself if omitted.")
    var data: String?

    @Flag(help: "Stop when standard input reaches its end: a parent process that started the server keeps it running only while it lives.")
    var stopAtEndOfInput = false

    @Option(help: "Log level: trace, debug, info, notice, warning, error or critical.")
    var logLevel: Logger.Level = .info

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        let level = logLevel
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "ipas-server")
        if stopAtEndOfInput { Self.stopAtEndOfStandardInput() }
        let configuration = ServerConfiguration(host: host, port: port, databasePath: database, demo: demo, dataPath: data)
        let repository = try await OfficeServer.openRepository(configuration, logger: logger)
        let app = try OfficeServer.application(configuration, repository: repository, logger: logger) { host, port in
            FileHandle.standardOutput.write(Data("listening on http://\(host):\(port)\n".utf8))
        }
        try await app.runService()
    }
}

extension IPASServerCommand {
    /// Watches standard input on its own thread and asks for a graceful stop (SIGTERM) once it ends.
    static func stopAtEndOfStandardInput() {
        Thread.detachNewThread {
            var buffer = [UInt8](repeating: 0, count: 512)
            while true {
                let count = read(STDIN_FILENO, &buffer, buffer.count)
                if count == 0 || (count < 0 && errno != EINTR) { break }
            }
            kill(getpid(), SIGTERM)
        }
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
