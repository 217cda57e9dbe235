import IPASAPI
import IPASDomain
import OfflineStore

extension CacheChange {
    /// The cache change a feed entry stands for; entries of kinds this client does not know are skipped.
    init?(_ change: Components.Schemas.Change) throws {
        switch (change.kind, change.operation) {
        case (.file, .upsert):
            guard let file = change.file else { throw SyncError(.malformedResponse, "file change \(change.id) carries no file") }
            self = .upsertFile(try BibliographicRecord(file))
        case (.file, .delete):
            self = .deleteFile(fileNumber: change.id)
        case (.task, .upsert):
            guard let task = change.task else { throw SyncError(.malformedResponse, "task change \(change.id) carries no task") }
            self = .upsertWorkItem(try WorkItem(task))
        case (.task, .delete):
            self = .deleteWorkItem(processID: change.id)
        }
    }
}
