import Foundation
import TestSupport

/// A fresh EXAMINER_HOME signed in to a real server, for driving the examiner binary.
struct ExaminerHome {
    let folder: URL
    let server: ServerProcess

    var environment: [String: String] { ["EXAMINER_HOME": folder.path, "EXAMINER_SERVER": "", "NO_COLOR": ""] }

    static func signedIn(as user: String, server: ServerProcess) throws -> ExaminerHome {
        let home = ExaminerHome(folder: try TestPaths.scratchDirectory("home").appendingPathComponent("examiner"), server: server)
        let login = try home.run(["login", "--server", server.url.absoluteString, "--user", user], input: "demo\n")
        guard login.status == 0 else {
            throw ServerProcess.StartError(description: "login failed: \(login.standardError)")
        }
        return home
    }

    func run(_ arguments: [String], input: String? = nil) throws -> CommandResult {
        try runCommand("examiner", arguments, environment: environment, input: input)
    }
}
