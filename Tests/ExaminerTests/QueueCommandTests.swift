import Foundation
import TestSupport
import Testing

/// One entry of `examiner queue --json`.
struct QueueEntry: Decodable, Equatable {
    let processID: String
    let fileNumber: String
    let kind: String
    let title: String
    let status: String
    let dueDate: String?
    let responsible: String

    enum CodingKeys: String, CodingKey {
        case processID = "process_id", fileNumber = "file_number", kind, title, status, dueDate = "due_date", responsible
    }
}

@Suite("examiner CLI against a real server", .serialized)
struct QueueCommandTests {
    @Test func loginThenQueueJSONListsTheExaminersRealFiles() throws {
        let server = try ServerProcess.start()
        defer { server.stop() }
        let home = try ExaminerHome.signedIn(as: "examiner3", server: server)

        let result = try home.run(["queue", "--json"])
        #expect(result.status == 0, "\(result.standardError)")
        let entries = try JSONDecoder().decode([QueueEntry].self, from: Data(result.standardOutput.utf8))
        #expect(entries.count > 30)
        #expect(entries.allSatisfy { $0.kind == "trademark" && $0.responsible == "examiner3" })
        #expect(entries.allSatisfy { $0.fileNumber.hasPrefix("XA/N/") })
        let dues = entries.compactMap(\.dueDate)
        #expect(dues == dues.sorted())
        // Real word marks from the register data the demo office ships.
        let marks = try String(contentsOf: TestPaths.repositoryRoot.appendingPathComponent("Data/demo-office/trademarks.jsonl"), encoding: .utf8)
        #expect(entries.allSatisfy { marks.contains("\"mark\": \(jsonString($0.title))") })
        // Every key the contract promises is present, due_date as null when there is no term.
        let raw = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]] ?? []
        for key in ["file_number", "kind", "title", "status", "due_date", "responsible"] {
            #expect(raw.allSatisfy { $0.keys.contains(key) }, "\(key)")
        }
    }

    @Test func theQueueStillWorksFromTheCacheWhenTheServerIsGone() throws {
        let server = try ServerProcess.start()
        let home = try ExaminerHome.signedIn(as: "examiner1", server: server)
        let online = try home.run(["queue", "--json"])
        server.stop(signal: SIGKILL)

        let offline = try home.run(["queue", "--json"])
        #expect(offline.status == 0)
        #expect(offline.standardError.contains("warning: cannot reach the server"))
        #expect(offline.standardOutput == online.standardOutput)
        let forced = try home.run(["queue", "--json", "--offline"])
        #expect(forced.status == 0)
        #expect(forced.standardError.isEmpty)
        #expect(forced.standardOutput == online.standardOutput)
        let plain = try home.run(["queue", "--offline"])
        #expect(plain.standardOutput.contains("FILE NUMBER"))
    }

    @Test func syncJSONSummarisesAndSecretsStayPrivate() throws {
        let server = try ServerProcess.start()
        defer { server.stop() }
        let home = try ExaminerHome.signedIn(as: "examiner2", server: server)
        let first = try home.run(["sync", "--json"])
        #expect(first.status == 0, "\(first.standardError)")
        let summary = try JSONDecoder().decode([String: Int].self, from: Data(first.standardOutput.replacingOccurrences(of: "false", with: "0").utf8))
        #expect((summary["pulled"] ?? 0) > 60)
        #expect(summary["pushed"] == 0 && summary["conflicts"] == 0 && summary["rejected"] == 0)
        let second = try home.run(["sync", "--json"])
        #expect(second.standardOutput.contains("\"pulled\" : 0"))

        let credentials = home.folder.appendingPathComponent("credentials.json").path
        let attributes = try FileManager.default.attributesOfItem(atPath: credentials)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let folder = try FileManager.default.attributesOfItem(atPath: home.folder.path)
        #expect((folder[.posixPermissions] as? Int) == 0o700)
    }

    @Test func theHomeFolderIsPrivateAndItsParentsKeepTheirModes() throws {
        let server = try ServerProcess.start()
        defer { server.stop() }
        let scratch = try TestPaths.scratchDirectory("modes")
        chmod(scratch.path, 0o755)
        let home = ExaminerHome(folder: scratch.appendingPathComponent("a/b/examiner"), server: server)
        let login = try home.run(["login", "--server", server.url.absoluteString, "--user", "examiner1"], input: "demo\n")
        #expect(login.status == 0, "\(login.standardError)")
        func mode(_ url: URL) throws -> Int? { try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int }
        #expect(try mode(scratch) == 0o755)
        #expect(try mode(home.folder) == 0o700)
        #expect(try mode(home.folder.appendingPathComponent("credentials.json")) == 0o600)
    }

    @Test func badInputGetsAClearMessage() throws {
        let server = try ServerProcess.start()
        defer { server.stop() }
        let home = ExaminerHome(folder: try TestPaths.scratchDirectory("home"), server: server)
        let wrong = try home.run(["login", "--server", server.url.absoluteString, "--user", "examiner1"], input: "nope\n")
        #expect(wrong.status != 0)
        #expect(wrong.standardError.contains("wrong user name or password"))
        let notSignedIn = try home.run(["queue", "--offline"])
        #expect(notSignedIn.status != 0)
        #expect(notSignedIn.standardError.contains("examiner login"))
        let badURL = try home.run(["sync", "--server", "ftp//nowhere"])
        #expect(badURL.status != 0)
        #expect(badURL.standardError.contains("is not a server URL"))
        let help = try home.run(["--help"])
        #expect(help.standardOutput.contains("queue"))
        #expect(help.standardOutput.contains("demo"))
    }
}

func jsonString(_ text: String) -> String {
    let data = (try? JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])) ?? Data()
    return String(String(decoding: data, as: UTF8.self).dropFirst().dropLast())
}
