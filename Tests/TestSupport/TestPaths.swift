import Foundation

/// Where the tests find the repository, the built executables and a scratch folder.
public enum TestPaths {
    /// The repository root (three levels above this file).
    public static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The folder with the built executables: the folder of the running test bundle.
    public static var productsDirectory: URL {
        if let executable = Bundle.main.executableURL {
            var directory = executable.deletingLastPathComponent()
            for _ in 0..<3 {
                if FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent("ipas-server").path) { return directory }
                directory = directory.deletingLastPathComponent()
            }
        }
        return repositoryRoot.appendingPathComponent(".build/debug")
    }

    /// A built executable by product name.
    public static func executable(_ name: String) -> URL {
        productsDirectory.appendingPathComponent(name)
    }

    /// A new empty folder under the system's temporary folder.
    public static func scratchDirectory(_ label: String = "test") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("examiner-\(label)-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
