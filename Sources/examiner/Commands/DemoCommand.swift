import ArgumentParser
import Foundation
import IPASDomain

/// `examiner demo`: a fresh demo office on a local server, signed in as a demo examiner, in the workstation.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Open the workstation on a fresh demo office served by a local ipas-server.",
        discussion: """
            Starts ipas-server --demo on 127.0.0.1 with a new office in a temporary folder, signs in, synchronises
            and opens the workstation. Quitting stops the server and removes the folder. Demo users: examiner1 and
            examiner2 (patents), examiner3 (trademarks), examiner4 (designs), supervisor1; the password is “demo”.
            """)

    @Option(help: "The demo user to sign in as.")
    var user = "examiner1"

    @Flag(help: "Keep the demo folder (office database, cache, server log) after quitting.")
    var keep = false

    func run() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("examiner-demo-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try SecureFiles.createPrivateDirectory(folder)
        defer { if !keep { try? FileManager.default.removeItem(at: folder) } }
        note("Starting the demo office (ipas-server on 127.0.0.1)…")
        let server = try DemoServer.start(database: folder.appendingPathComponent("office.sqlite"), log: folder.appendingPathComponent("ipas-server.log"))
        defer { server.stop() }
        let context = try ExaminerContext(
            server: server.url.absoluteString, offline: false, paths: ExaminerPaths(home: folder.appendingPathComponent("home")))
        let profile = try await SignIn.perform(context: context, username: user, password: "demo")
        note("Signed in as \(profile.username) (\(profile.role.label)) at \(server.url.absoluteString); synchronising…")
        let reporter = ProgressReporter(enabled: true)
        let summary = try await Pull.run(context: context, progress: reporter.report)
        reporter.finish()
        note("\(summary.pulled) changes in the cache. Opening the workstation (press q to quit).")
        try WorkstationLauncher(context: context, profile: "demo", keymapPreset: "default", themeName: "default").run()
        if keep { note("The demo folder is kept at \(folder.path)") }
    }

    func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
