import Foundation

/// Finds the workstation's shipped presets (`Keymaps/`, `Themes/`): `EXAMINER_SHARE`, then `share/examiner` next to the
/// executable, then the source tree the executable was built in.
public struct ResourceLocator: Sendable {
    /// The folder holding `Keymaps` and `Themes`.
    public let root: URL

    /// Why the presets were not found.
    public struct NotFound: Error, CustomStringConvertible {
        public let description: String
    }

    /// Uses a known folder.
    public init(root: URL) {
        self.root = root
    }

    /// Searches the usual places.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ResourceLocator {
        let fileManager = FileManager.default
        func holdsPresets(_ url: URL) -> Bool {
            fileManager.fileExists(atPath: url.appendingPathComponent("Keymaps/default.keymap").path)
        }
        if let share = environment["EXAMINER_SHARE"] {
            let url = URL(fileURLWithPath: share)
            guard holdsPresets(url) else { throw NotFound(description: "EXAMINER_SHARE=\(share) holds no Keymaps/default.keymap") }
            return ResourceLocator(root: url)
        }
        guard let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() else {
            throw NotFound(description: "cannot tell where the examiner executable is; set EXAMINER_SHARE")
        }
        var directory = executable.deletingLastPathComponent()
        let installed = directory.deletingLastPathComponent().appendingPathComponent("share/examiner")
        if holdsPresets(installed) { return ResourceLocator(root: installed) }
        while directory.path != "/" {
            if holdsPresets(directory) { return ResourceLocator(root: directory) }
            directory = directory.deletingLastPathComponent()
        }
        throw NotFound(description: "cannot find Keymaps/default.keymap near \(executable.path); set EXAMINER_SHARE")
    }

    /// Reads a preset keymap by name (`default`, `vim`, …) and patches it with the user's file when there is one.
    public func keymap(preset: String = "default", userFile: URL? = nil) throws -> Keymap {
        let (url, text) = try presetText("Keymaps/\(preset).keymap", what: "keymap preset “\(preset)”")
        var keymap = try Keymap(parsing: text, source: url.path)
        if let userFile, FileManager.default.fileExists(atPath: userFile.path) {
            try keymap.apply(try String(contentsOf: userFile, encoding: .utf8), source: userFile.path)
        }
        return keymap
    }
}

extension ResourceLocator {
    /// Reads a theme by name (`default`, `mono`); `NO_COLOR` in the environment drops every colour.
    public func theme(named name: String = "default", environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Theme {
        let (url, text) = try presetText("Themes/\(name).theme", what: "theme “\(name)”")
        let theme = try Theme(parsing: text, source: url.path)
        return environment["NO_COLOR"].map { !$0.isEmpty } == true ? theme.monochrome : theme
    }
}

extension ResourceLocator {
    /// The text of a shipped preset file, or an error naming what is missing and where it was looked for.
    func presetText(_ relativePath: String, what: String) throws -> (URL, String) {
        let url = root.appendingPathComponent(relativePath)
        do {
            return (url, try String(contentsOf: url, encoding: .utf8))
        } catch {
            throw NotFound(description: "no \(what) (\(url.path))")
        }
    }
}
