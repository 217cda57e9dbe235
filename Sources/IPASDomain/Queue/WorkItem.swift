/// One running process in an examiner's task queue.
public struct WorkItem: Hashable, Sendable, Codable, Identifiable {
    public var processID: String
    public var fileNumber: String
    public var kind: IPKind
    public var title: String
    public var status: String
    public var dueDate: CalendarDay?
    public var responsible: String
    public var newlyAllocated: Bool

    public var id: String { processID }

    /// Makes a queue entry.
    public init(
        processID: String, fileNumber: String, kind: IPKind, title: String, status: String,
        dueDate: CalendarDay?, responsible: String, newlyAllocated: Bool
    ) {
        self.processID = processID
        self.fileNumber = fileNumber
        self.kind = kind
        self.title = title
        self.status = status
        self.dueDate = dueDate
        self.responsible = responsible
        self.newlyAllocated = newlyAllocated
    }

    /// How pressing the item is on a given day.
    public func urgency(on today: CalendarDay) -> Urgency {
        guard let dueDate else { return .noTerm }
        let left = today.days(until: dueDate)
        if left < 0 { return .overdue(days: -left) }
        if left <= Urgency.soonWindow { return .dueSoon(days: left) }
        return .running(days: left)
    }

    /// Queue order: soonest due first, items without a term last, then by file number.
    public static func queueOrder(_ lhs: WorkItem, _ rhs: WorkItem) -> Bool {
        switch (lhs.dueDate, rhs.dueDate) {
        case let (left?, right?) where left != right: return left < right
        case (.some, nil): return true
        case (nil, .some): return false
        default: return lhs.fileNumber < rhs.fileNumber
        }
    }
}

/// How close a work item's term is.
public enum Urgency: Hashable, Sendable {
    case overdue(days: Int)
    case dueSoon(days: Int)
    case running(days: Int)
    case noTerm

    /// Terms due within this many days count as due soon.
    public static let soonWindow = 7
}
