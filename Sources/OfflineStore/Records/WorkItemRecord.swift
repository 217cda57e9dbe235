import GRDB
import IPASDomain

/// A work item as the cache stores it.
struct WorkItemRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "work_item"

    var processID: String
    var fileNumber: String
    var kind: String
    var title: String
    var status: String
    var dueDate: String?
    var responsible: String
    var newlyAllocated: Bool

    enum CodingKeys: String, CodingKey {
        case processID = "process_id", fileNumber = "file_number", kind, title, status
        case dueDate = "due_date", responsible, newlyAllocated = "newly_allocated"
    }

    enum Columns {
        static let responsible = Column(CodingKeys.responsible)
    }

    init(_ item: WorkItem) {
        processID = item.processID
        fileNumber = item.fileNumber
        kind = item.kind.rawValue
        title = item.title
        status = item.status
        dueDate = item.dueDate?.description
        responsible = item.responsible
        newlyAllocated = item.newlyAllocated
    }

    /// The domain value; rows of an unknown kind are skipped by the caller.
    var workItem: WorkItem? {
        guard let kind = IPKind(rawValue: kind) else { return nil }
        return WorkItem(
            processID: processID, fileNumber: fileNumber, kind: kind, title: title, status: status,
            dueDate: dueDate.flatMap(CalendarDay.init(iso:)), responsible: responsible, newlyAllocated: newlyAllocated)
    }
}
