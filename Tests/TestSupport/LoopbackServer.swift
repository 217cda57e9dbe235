import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// Runs a Hummingbird router in a real server on 127.0.0.1 (ephemeral port) for the duration of a test.
public enum LoopbackServer {
    /// Why the server did not come up.
    public struct StartError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Starts the server, runs `body` with its base URL, then shuts the server down gracefully.
    public static func run<Context: RequestContext, T: Sendable>(
        _ router: Router<Context>, _ body: @Sendable (URL) async throws -> T
    ) async throws -> T where Context.Source == ApplicationRequestContextSource {
        let (ports, portSink) = AsyncStream<Int>.makeStream()
        var logger = Logger(label: "tests.loopback-server")
        logger.logLevel = .critical
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                portSink.yield(channel.localAddress?.port ?? 0)
                portSink.finish()
            },
            logger: logger)
        let services = ServiceGroup(services: [app], gracefulShutdownSignals: [], logger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await services.run() }
            do {
                guard let port = await ports.first(where: { _ in true }), port > 0,
                      let url = URL(string: "http://127.0.0.1:\(port)")
                else { throw StartError(description: "the loopback server did not start") }
                let result = try await body(url)
                await services.triggerGracefulShutdown()
                return result
            } catch {
                group.cancelAll()
                throw error
            }
        }
    }
}
