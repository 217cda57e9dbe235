import ArgumentParser
import Foundation

/// `examiner` / `examiner open`: the workstation on the signed-in user's queue.
struct OpenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the workstation (the default command).")

    @OptionGroup var global: GlobalOptions

    @Option(help: "The keymap preset: default, or another file in Keymaps/.")
    var keymap = "default"

    @Option(help: "The theme: default or mono (NO_COLOR forces colourless).")
    var theme = "default"

    func run() async throws {
        let context = try ExaminerContext(options: global)
        try WorkstationLauncher(context: context, profile: "default", keymapPreset: keymap, themeName: theme).run()
    }
}
