import Foundation
import IPASAPI
import IPASDomain
import Logging
import OfflineStore
import OpenAPIRuntime

/// What one pull did.
public struct PullSummary: Sendable, Equatable {
    /// Changes written into the cache.
    public var pulled: Int
    /// Pages fetched.
    public var pages: Int
    /// Whether the cache was re-seeded because the server's feed began a new epoch.
    public var reseeded: Bool
}

/// Progress of a running pull, for progress bars.
public struct PullProgress: Sendable {
    public var pulled: Int
    public var pages: Int
}

/// Keeps the cache up to date with the back office: pulls the change feed page by page into the store.
public actor SyncEngine {
    let client: Client
    let store: CacheDatabase
    let pageSize: Int
    let logger: Logger

    /// Uses a generated client and the cache it fills.
    public init(client: Client, store: CacheDatabase, pageSize: Int = 500, logger: Logger = Logger(label: "examiner.sync")) {
        self.client = client
        self.store = store
        self.pageSize = pageSize
        self.logger = logger
    }

    /// Pulls every page since the cache's cursor; each page commits together with its cursor.
    public func pull(progress: (@Sendable (PullProgress) -> Void)? = nil) async throws -> PullSummary {
        var summary = PullSummary(pulled: 0, pages: 0, reseeded: false)
        var checkpoint = try store.checkpoint()
        while true {
            let output = try await BackOfficeSession.calling {
                try await client.listChanges(query: .init(since: checkpoint.cursor, limit: pageSize))
            }
            let page: Components.Schemas.ChangePage
            switch output {
            case .ok(let ok):
                page = try ok.body.json
            case .gone:
                try reseed(&checkpoint, &summary, reason: "the server's change feed began a new epoch")
                continue
            case .unauthorized:
                throw SyncError(.notSignedIn, "not signed in, or the session expired: run `examiner login`")
            case .badRequest:
                throw SyncError(.refused(status: 400), "the server refused the sync cursor")
            case .undocumented(let status, _):
                throw SyncError(.refused(status: status), "the server answered \(status) to the change feed")
            }
            if let epoch = checkpoint.epoch, epoch != page.epoch {
                try reseed(&checkpoint, &summary, reason: "the server's epoch changed")
                continue
            }
            let changes = try page.changes.compactMap { try CacheChange($0) }
            try store.apply(changes, cursor: page.nextCursor, epoch: page.epoch)
            checkpoint.cursor = page.nextCursor
            checkpoint.epoch = page.epoch
            summary.pulled += changes.count
            summary.pages += 1
            progress?(PullProgress(pulled: summary.pulled, pages: summary.pages))
            if !page.hasMore { break }
        }
        try store.markSynced(at: Date())
        return summary
    }

    func reseed(_ checkpoint: inout SyncCheckpoint, _ summary: inout PullSummary, reason: String) throws {
        guard !summary.reseeded else {
            throw SyncError(.malformedResponse, "the server's change feed keeps restarting; try again later")
        }
        logger.notice("re-seeding the cache", metadata: ["reason": "\(reason)"])
        try store.resetForReseed()
        checkpoint = SyncCheckpoint()
        summary.reseeded = true
    }
}
