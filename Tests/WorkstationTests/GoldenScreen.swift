import Foundation
import Testing

/// Compares a rendered screen with `Golden/<name>.txt`; `RECORD_GOLDEN=1` writes the file instead.
func assertGolden(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name).txt")
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
        try (text + "\n").write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("no golden file \(url.lastPathComponent); run with RECORD_GOLDEN=1 to record it", sourceLocation: sourceLocation)
        return
    }
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    let actualLines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if expectedLines != actualLines {
        let diff = zip(expectedLines.indices, expectedLines).compactMap { index, line -> String? in
            let actual = index < actualLines.count ? actualLines[index] : "<missing>"
            return actual == line ? nil : "line \(index + 1):\n  expected: \(line)\n  actual:   \(actual)"
        }
        Issue.record("screen differs from \(name).txt:\n\(diff.joined(separator: "\n"))\n(lines: expected \(expectedLines.count), actual \(actualLines.count))",
                     sourceLocation: sourceLocation)
    }
}
