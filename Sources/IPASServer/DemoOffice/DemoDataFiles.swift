import Foundation

/// The real-data rows the demo office is built from (`Data/demo-office/*.jsonl`).
struct DemoDataFiles {
    struct Patent: Decodable {
        var sourceID: String
        var title: String
        var abstract: String
        var claims: [String]
        var ipc: [String]
        var applicants: [String]
        var inventors: [String]
        var ipKind: String

        enum CodingKeys: String, CodingKey {
            case sourceID = "source_id", title, abstract, claims, ipc, applicants, inventors, ipKind = "ip_kind"
        }
    }

    struct Trademark: Decodable {
        var sourceID: String
        var mark: String
        var niceClasses: [Int]
        var goodsServices: String

        enum CodingKeys: String, CodingKey {
            case sourceID = "source_id", mark, niceClasses = "nice_classes", goodsServices = "goods_services"
        }
    }

    /// Why the demo data could not be read.
    struct LoadError: Error, CustomStringConvertible {
        let description: String
    }

    var patents: [Patent]
    var trademarks: [Trademark]

    /// Reads both files from a `demo-office` folder.
    static func load(from directory: URL) throws -> DemoDataFiles {
        DemoDataFiles(
            patents: try lines(directory.appendingPathComponent("patents.jsonl")),
            trademarks: try lines(directory.appendingPathComponent("trademarks.jsonl")))
    }

    static func lines<Row: Decodable>(_ url: URL) throws -> [Row] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw LoadError(description: "cannot read demo data \(url.path): \(error.localizedDescription)")
        }
        let decoder = JSONDecoder()
        var rows: [Row] = []
        for (index, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() where !line.isEmpty {
            do {
                rows.append(try decoder.decode(Row.self, from: Data(line)))
            } catch {
                throw LoadError(description: "\(url.lastPathComponent) line \(index + 1) is not a valid record: \(error)")
            }
        }
        return rows
    }

    /// Finds `Data/demo-office` by walking up from the executable and from the working directory.
    static func locate(explicit: String?) throws -> URL {
        let fileManager = FileManager.default
        if let explicit {
            let url = URL(fileURLWithPath: explicit)
            let nested = url.appendingPathComponent("demo-office")
            if fileManager.fileExists(atPath: nested.appendingPathComponent("patents.jsonl").path) { return nested }
            if fileManager.fileExists(atPath: url.appendingPathComponent("patents.jsonl").path) { return url }
            throw LoadError(description: "no demo office data (patents.jsonl) in \(explicit)")
        }
        var starts = [URL(fileURLWithPath: fileManager.currentDirectoryPath)]
        if let executable = Bundle.main.executableURL { starts.insert(executable.deletingLastPathComponent(), at: 0) }
        for start in starts {
            var directory = start.standardizedFileURL
            while true {
                let candidate = directory.appendingPathComponent("Data/demo-office")
                if fileManager.fileExists(atPath: candidate.appendingPathComponent("patents.jsonl").path) { return candidate }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        throw LoadError(description: "cannot find Data/demo-office; pass --data PATH to the repository's Data folder")
    }
}
