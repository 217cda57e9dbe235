import Foundation
import Hummingbird
import IPASAPI
import IPASDomain
import Logging
import NIOCore
import OpenAPIHummingbird

/// The reference cloud IPAS server: opens the office, seeds the demo office if asked, and serves the contract.
public enum OfficeServer {
    /// Opens the repository the configuration names, seeding the demo office into a new database when asked.
    public static func openRepository(_ configuration: ServerConfiguration, logger: Logger) async throws -> SQLiteOfficeRepository {
        let repository = try SQLiteOfficeRepository.open(path: configuration.databasePath)
        if configuration.demo {
            let directory = try DemoDataFiles.locate(explicit: configuration.dataPath)
            let seeder = DemoOfficeSeeder(dataDirectory: directory, today: CalendarDay.today())
            if try await seeder.seedIfEmpty(repository) {
                logger.info("seeded the demo office", metadata: ["database": "\(configuration.databasePath)"])
            } else {
                logger.info("using the existing office", metadata: ["database": "\(configuration.databasePath)"])
            }
        }
        return repository
    }

    /// The router with every route of the contract and problem responses for everything else.
    public static func router(repository: any OfficeRepository) throws -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: ProblemMiddleware())
        let api = OfficeAPI(repository: repository, specification: try APISpecification.text())
        try api.registerHandlers(
            on: router, configuration: .init(jsonEncodingOptions: [.sortedKeys]),
            middlewares: [BearerAuthenticator(repository: repository)])
        return router
    }

    /// The application; `onListening` gets the bound address once the server accepts connections.
    public static func application(
        _ configuration: ServerConfiguration, repository: any OfficeRepository, logger: Logger,
        onListening: @escaping @Sendable (String, Int) async -> Void
    ) throws -> some ApplicationProtocol {
        Application(
            router: try router(repository: repository),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "ipas-server"),
            onServerRunning: { channel in
                await onListening(configuration.host, channel.localAddress?.port ?? configuration.port)
            },
            logger: logger)
    }
}

extension CalendarDay {
    /// Today in the server's local time zone.
    static func today() -> CalendarDay {
        let seconds = Int(Date().timeIntervalSince1970) + TimeZone.current.secondsFromGMT()
        return CalendarDay(daysSinceEpoch: Int((Double(seconds) / 86_400).rounded(.down)))
    }
}
