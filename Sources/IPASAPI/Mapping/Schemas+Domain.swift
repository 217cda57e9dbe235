import IPASDomain

/// Conversions between the contract's schemas and the domain's values.
public enum APIMapping {
    /// Why a value from the other side could not be taken.
    public struct InvalidValue: Error, CustomStringConvertible, Sendable {
        public let description: String
    }
}

extension IPKind {
    /// The domain kind of a contract kind.
    public init(_ kind: Components.Schemas.IPKind) {
        switch kind {
        case .patent: self = .patent
        case .utilityModel: self = .utilityModel
        case .trademark: self = .trademark
        case .design: self = .design
        }
    }

    /// The contract kind of this kind.
    public var schema: Components.Schemas.IPKind {
        switch self {
        case .patent: .patent
        case .utilityModel: .utilityModel
        case .trademark: .trademark
        case .design: .design
        }
    }
}

extension Role {
    /// The domain role of a contract role.
    public init(_ role: Components.Schemas.Role) {
        switch role {
        case .patentExaminer: self = .patentExaminer
        case .trademarkExaminer: self = .trademarkExaminer
        case .designExaminer: self = .designExaminer
        case .formalitiesOfficer: self = .formalitiesOfficer
        case .supervisor: self = .supervisor
        case .admin: self = .admin
        }
    }

    /// The contract role of this role.
    public var schema: Components.Schemas.Role {
        switch self {
        case .patentExaminer: .patentExaminer
        case .trademarkExaminer: .trademarkExaminer
        case .designExaminer: .designExaminer
        case .formalitiesOfficer: .formalitiesOfficer
        case .supervisor: .supervisor
        case .admin: .admin
        }
    }
}

extension UserProfile {
    /// The profile a contract user describes.
    public init(_ user: Components.Schemas.User) {
        self.init(username: user.username, displayName: user.displayName, role: Role(user.role))
    }

    /// The contract form of this profile.
    public var schema: Components.Schemas.User {
        .init(username: username, displayName: displayName, role: role.schema)
    }
}

extension WorkItem {
    /// The work item a contract queue item describes; a malformed due date is an error, not a silent gap.
    public init(_ item: Components.Schemas.QueueItem) throws(APIMapping.InvalidValue) {
        self.init(
            processID: item.processId, fileNumber: item.fileNumber, kind: IPKind(item.kind), title: item.title,
            status: item.status, dueDate: try CalendarDay.optional(item.dueDate, field: "due_date"),
            responsible: item.responsible, newlyAllocated: item.newlyAllocated)
    }

    /// The contract form of this item.
    public var schema: Components.Schemas.QueueItem {
        .init(
            processId: processID, fileNumber: fileNumber, kind: kind.schema, title: title, status: status,
            dueDate: dueDate?.description, responsible: responsible, newlyAllocated: newlyAllocated)
    }
}

extension BibliographicRecord {
    /// The record a contract file describes.
    public init(_ file: Components.Schemas.IPFile) throws(APIMapping.InvalidValue) {
        self.init(
            fileNumber: file.fileNumber, kind: IPKind(file.kind), title: file.title, status: file.status,
            filingDate: try CalendarDay.optional(file.filingDate, field: "filing_date"),
            publicationDate: try CalendarDay.optional(file.publicationDate, field: "publication_date"),
            applicants: file.applicants, inventors: file.inventors, ipc: file.ipc, niceClasses: file.niceClasses,
            abstract: file.abstract, claims: file.claims, wordMark: file.wordMark, sourceReference: file.sourceReference)
    }

    /// The contract form of this record.
    public var schema: Components.Schemas.IPFile {
        .init(
            fileNumber: fileNumber, kind: kind.schema, title: title, status: status,
            filingDate: filingDate?.description, publicationDate: publicationDate?.description,
            applicants: applicants, inventors: inventors, ipc: ipc, niceClasses: niceClasses,
            abstract: abstract, claims: claims, wordMark: wordMark, sourceReference: sourceReference)
    }
}

extension CalendarDay {
    static func optional(_ text: String?, field: String) throws(APIMapping.InvalidValue) -> CalendarDay? {
        guard let text else { return nil }
        guard let day = CalendarDay(iso: text) else {
            throw APIMapping.InvalidValue(description: "\(field) “\(text)” is not a YYYY-MM-DD date")
        }
        return day
    }
}
