import Foundation
import HTTPTransport
import IPASAPI
import OfflineStore
import OpenAPIRuntime
import Sync
import Synchronization

/// What a command works with: the paths, the saved session, the server URL and, on demand, the cache and the client.
final class ExaminerContext: Sendable {
    let paths: ExaminerPaths
    let serverURL: URL?
    let offline: Bool
    private let session: Mutex<StoredSession?>

    /// Reads the configuration the options and the environment point at.
    convenience init(options: GlobalOptions) throws {
        try self.init(server: options.server, offline: options.offline)
    }

    /// Reads the configuration in `paths`, with an explicit server overriding the environment and the saved one.
    init(server: String?, offline: Bool, paths: ExaminerPaths = .fromEnvironment(), environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        self.paths = paths
        try paths.prepare()
        let stored = try StoredSession.load(from: paths.credentialsFile)
        session = Mutex(stored)
        self.offline = offline
        let configured = try ExaminerConfig.load(from: paths.configFile).server
        let text = server ?? environment["EXAMINER_SERVER"].flatMap { $0.isEmpty ? nil : $0 } ?? configured ?? stored?.server
        if let text {
            guard let url = URL(string: text), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil else {
                throw CommandFailure("“\(text)” is not a server URL; expected e.g. https://ipas.example.org")
            }
            serverURL = url
        } else {
            serverURL = nil
        }
    }

    /// The saved session.
    var storedSession: StoredSession? { session.withLock { $0 } }

    /// Saves a new session (and the server as the default) after a sign-in.
    func saveSession(_ new: StoredSession) throws {
        try new.save(to: paths.credentialsFile)
        try ExaminerConfig(server: new.server).save(to: paths.configFile)
        session.withLock { $0 = new }
    }

    /// The server URL, or a clear error when none is configured.
    func requireServer() throws -> URL {
        guard let serverURL else {
            throw CommandFailure("no back office configured: pass --server URL, set EXAMINER_SERVER, or run `examiner login --server URL --user NAME`")
        }
        return serverURL
    }

    /// Opens the cache (creating it on first use).
    func openCache() throws -> CacheDatabase {
        try CacheDatabase.open(path: paths.cacheFile.path)
    }

    /// The generated client over libcurl, sending the saved bearer token.
    func makeClient() throws -> Client {
        Client(
            serverURL: try requireServer(),
            configuration: .init(jsonEncodingOptions: [.sortedKeys]),
            transport: CurlTransport(),
            middlewares: [BearerTokenMiddleware { [self] in storedSession?.accessToken }])
    }

    /// Whether commands should try the network: a server is configured, a session exists, and --offline was not given.
    var canGoOnline: Bool { !offline && serverURL != nil && storedSession != nil }
}

/// A failure a command reports to the user in one line, exiting with status 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
