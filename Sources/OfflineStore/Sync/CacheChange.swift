import IPASDomain

/// One change the sync engine writes into the cache.
public enum CacheChange: Sendable, Hashable {
    case upsertFile(BibliographicRecord)
    case deleteFile(fileNumber: String)
    case upsertWorkItem(WorkItem)
    case deleteWorkItem(processID: String)
}

/// Where the cache stands against the server's change feed.
public struct SyncCheckpoint: Sendable, Hashable {
    public var cursor: String?
    public var epoch: String?
    /// When a pull last completed, as seconds since 1970.
    public var lastSyncedAt: Double?

    /// Makes a checkpoint.
    public init(cursor: String? = nil, epoch: String? = nil, lastSyncedAt: Double? = nil) {
        self.cursor = cursor
        self.epoch = epoch
        self.lastSyncedAt = lastSyncedAt
    }
}
