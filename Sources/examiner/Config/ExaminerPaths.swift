import Foundation

/// Where the examiner keeps its configuration, credentials and cache: `EXAMINER_HOME` when set, XDG folders otherwise.
struct ExaminerPaths: Sendable {
    let configDirectory: URL
    let dataDirectory: URL

    var configFile: URL { configDirectory.appendingPathComponent("config.json") }
    var credentialsFile: URL { configDirectory.appendingPathComponent("credentials.json") }
    var cacheFile: URL { dataDirectory.appendingPathComponent("cache.sqlite") }
    var userKeymapFile: URL { configDirectory.appendingPathComponent("keymap") }
    var logFile: URL { dataDirectory.appendingPathComponent("examiner.log") }

    /// Everything under one folder.
    init(home: URL) {
        configDirectory = home
        dataDirectory = home
    }

    /// The folders the environment asks for.
    static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> ExaminerPaths {
        if let home = environment["EXAMINER_HOME"], !home.isEmpty {
            return ExaminerPaths(home: URL(fileURLWithPath: home))
        }
        let userHome = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
        func xdg(_ name: String, _ fallback: String) -> URL {
            environment[name].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) } ?? userHome.appendingPathComponent(fallback)
        }
        return ExaminerPaths(
            configDirectory: xdg("XDG_CONFIG_HOME", ".config").appendingPathComponent("examiner"),
            dataDirectory: xdg("XDG_DATA_HOME", ".local/share").appendingPathComponent("examiner"))
    }

    init(configDirectory: URL, dataDirectory: URL) {
        self.configDirectory = configDirectory
        self.dataDirectory = dataDirectory
    }

    /// Creates both folders with mode 0700 from the start (the umask cannot widen them).
    func prepare() throws {
        for directory in [configDirectory, dataDirectory] {
            try SecureFiles.createPrivateDirectory(directory)
        }
    }
}
