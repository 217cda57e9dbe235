import Foundation

/// The examiner's saved configuration and credentials.
struct StoredSession: Codable, Sendable {
    var server: String
    var username: String
    var accessToken: String
    /// Seconds since 1970 when the token expires.
    var expiresAt: Double

    enum CodingKeys: String, CodingKey {
        case server, username, accessToken = "access_token", expiresAt = "expires_at"
    }

    /// The saved session, nil when there is none; a damaged file is reported, never silently replaced.
    static func load(from url: URL) throws -> StoredSession? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        do {
            return try JSONDecoder().decode(StoredSession.self, from: Data(contentsOf: url))
        } catch {
            throw SecureFiles.Failure(description: "\(url.path) is damaged (\(error)); remove it and run `examiner login` again")
        }
    }

    /// Saves with mode 0600.
    func save(to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try SecureFiles.writePrivateFile(try encoder.encode(self), to: url)
    }
}

/// The examiner's settings that are not secret.
struct ExaminerConfig: Codable, Sendable {
    var server: String?

    static func load(from url: URL) throws -> ExaminerConfig {
        guard FileManager.default.fileExists(atPath: url.path) else { return ExaminerConfig() }
        do {
            return try JSONDecoder().decode(ExaminerConfig.self, from: Data(contentsOf: url))
        } catch {
            throw SecureFiles.Failure(description: "\(url.path) is not a valid configuration file: \(error)")
        }
    }

    func save(to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try SecureFiles.writePrivateFile(try encoder.encode(self), to: url)
    }
}
