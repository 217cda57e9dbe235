import ArgumentParser
import Foundation

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The back office's URL (default: EXAMINER_SERVER, then the server of the last login).", valueName: "url"))
    var server: String?

    @Flag(help: "Work from the cache only; do not contact the back office.")
    var offline = false
}
