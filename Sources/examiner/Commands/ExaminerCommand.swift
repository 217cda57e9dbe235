import ArgumentParser

/// The examiner workstation and its command-line interface.
@main
struct ExaminerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "examiner",
        abstract: "A keyboard-first terminal workstation for patent, trademark and design examiners on a cloud IPAS.",
        discussion: """
            Without a subcommand it opens the workstation on your queue. Everything it shows comes from a local
            cache that `examiner sync` (and the workstation itself, in the background) keeps up to date, so it
            works offline too. Configuration, credentials and cache live in EXAMINER_HOME when set, in the XDG
            folders otherwise.
            """,
        version: "0.1.0",
        subcommands: [OpenCommand.self, DemoCommand.self, LoginCommand.self, SyncCommand.self, QueueCommand.self],
        defaultSubcommand: OpenCommand.self)
}
