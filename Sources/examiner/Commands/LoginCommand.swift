import ArgumentParser
import Foundation
import IPASDomain
import Sync

/// `examiner login`: signs in and keeps the token for later commands.
struct LoginCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "login",
        abstract: "Sign in to the back office.",
        discussion: "The password is read from standard input when it is not a terminal, and asked for (not echoed) when it is.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Your user name.")
    var user: String

    func run() async throws {
        let context = try ExaminerContext(options: global)
        let password = try PasswordReader.read(prompt: "Password for \(user): ")
        let profile = try await SignIn.perform(context: context, username: user, password: password)
        print("Signed in as \(profile.username) (\(profile.displayName), \(profile.role.label)) at \(try context.requireServer().absoluteString)")
    }
}

/// Signing in and remembering who the cache belongs to, shared by `login` and `demo`.
enum SignIn {
    static func perform(context: ExaminerContext, username: String, password: String) async throws -> UserProfile {
        let server = try context.requireServer()
        let session = BackOfficeSession(client: try context.makeClient())
        let issued = try await session.signIn(username: username, password: password)
        try context.saveSession(StoredSession(
            server: server.absoluteString, username: username, accessToken: issued.token,
            expiresAt: Date().timeIntervalSince1970 + Double(issued.expiresIn)))
        let profile = try await session.currentUser()
        let cache = try context.openCache()
        if let previous = try cache.user(), previous.username != profile.username {
            try cache.resetForReseed()
        }
        try cache.saveUser(profile)
        return profile
    }
}

/// Reads a password without echoing it on a terminal, or a line from a pipe.
enum PasswordReader {
    static func read(prompt: String) throws -> String {
        if isatty(STDIN_FILENO) == 1 {
            FileHandle.standardError.write(Data(prompt.utf8))
            var original = termios()
            tcgetattr(STDIN_FILENO, &original)
            var silent = original
            silent.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
            defer {
                tcsetattr(STDIN_FILENO, TCSAFLUSH, &original)
                FileHandle.standardError.write(Data("\n".utf8))
            }
            return try line()
        }
        return try line()
    }

    static func line() throws -> String {
        guard let line = readLine(strippingNewline: true), !line.isEmpty else {
            throw CommandFailure("no password given on standard input")
        }
        return line
    }
}
