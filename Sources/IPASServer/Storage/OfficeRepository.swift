import Foundation
import IPASDomain

/// A user as the server stores it.
public struct StoredUser: Sendable, Hashable {
    public var profile: UserProfile
    public var passwordHash: String

    /// Makes a stored user.
    public init(profile: UserProfile, passwordHash: String) {
        self.profile = profile
        self.passwordHash = passwordHash
    }

    /// Whether the user sees every queue of the office, not only its own.
    public var seesWholeOffice: Bool { profile.role == .supervisor || profile.role == .admin }
}

/// One page of the change feed, as the repository answers it.
public struct ChangeBatch: Sendable {
    /// One changed entity: its current state, or nil when it no longer exists (a tombstone).
    public enum Entry: Sendable {
        case file(id: String, BibliographicRecord?)
        case task(id: String, WorkItem?)
    }

    public var entries: [Entry]
    /// The sequence number of the last change looked at (visible or not).
    public var lastSequence: Int64
    public var hasMore: Bool
}

/// Where the office's data lives; the routes know nothing else of storage.
public protocol OfficeRepository: Sendable {
    /// The office's feed epoch; it changes when the change feed cannot continue.
    func epoch() async throws -> String
    func user(named username: String) async throws -> StoredUser?
    func saveToken(_ token: String, for username: String, expiresAt: Date) async throws
    func user(forToken token: String, at now: Date) async throws -> StoredUser?
    /// The user's queue, soonest due first, after the given sort key.
    func queue(for username: String, after sortKey: String?, limit: Int) async throws -> [QueueRow]
    func file(_ fileNumber: String) async throws -> BibliographicRecord?
    /// Whether the user is responsible for a process of the file.
    func isResponsible(_ username: String, forFile fileNumber: String) async throws -> Bool
    func changes(after sequence: Int64, limit: Int, visibleTo user: StoredUser) async throws -> ChangeBatch
}

/// A work item with the key the queue is paged by.
public struct QueueRow: Sendable, Hashable {
    public var item: WorkItem
    public var sortKey: String
}
