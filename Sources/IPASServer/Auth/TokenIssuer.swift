import Foundation
import HummingbirdBcrypt

/// Checks passwords and issues bearer tokens.
struct TokenIssuer: Sendable {
    /// How long a token is valid.
    static let lifetime: TimeInterval = 8 * 3600

    let repository: any OfficeRepository

    /// A new token for the user when the password matches, nil otherwise.
    func signIn(username: String, password: String) async throws -> (token: String, expiresIn: Int)? {
        guard let user = try await repository.user(named: username) else {
            _ = Bcrypt.verify(password, hash: Self.decoyHash)  // same cost whether or not the user exists
            return nil
        }
        guard Bcrypt.verify(password, hash: user.passwordHash) else { return nil }
        let token = Self.randomToken()
        try await repository.saveToken(token, for: username, expiresAt: Date().addingTimeInterval(Self.lifetime))
        return (token, Int(Self.lifetime))
    }

    static let decoyHash = Bcrypt.hash("decoy", cost: 8)

    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let value = generator.next() as UInt64
            let hex = String(value, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }
}
