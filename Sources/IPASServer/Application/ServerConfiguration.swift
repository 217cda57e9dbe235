/// How `ipas-server` runs: where it listens and where its office lives.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// The SQLite database file of the office.
    public var databasePath: String
    /// Seed the demo office into a new database.
    public var demo: Bool
    /// The folder with the demo office's data (`Data` or `Data/demo-office`); found by itself when nil.
    public var dataPath: String?

    /// Makes a configuration.
    public init(host: String = "127.0.0.1", port: Int = 8080, databasePath: String = "ipas.sqlite", demo: Bool = false, dataPath: String? = nil) {
        self.host = host
        self.port = port
        self.databasePath = databasePath
        self.demo = demo
        self.dataPath = dataPath
    }
}
