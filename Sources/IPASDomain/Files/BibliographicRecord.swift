/// The bibliographic data of one file as the workstation shows it.
public struct BibliographicRecord: Hashable, Sendable, Codable {
    public var fileNumber: String
    public var kind: IPKind
    public var title: String
    public var status: String
    public var filingDate: CalendarDay?
    public var publicationDate: CalendarDay?
    public var applicants: [String]
    public var inventors: [String]
    public var ipc: [String]
    public var niceClasses: [Int]
    public var abstract: String?
    public var claims: [String]
    public var wordMark: String?
    public var sourceReference: String?

    /// Makes a record; lists default to empty.
    public init(
        fileNumber: String, kind: IPKind, title: String, status: String,
        filingDate: CalendarDay? = nil, publicationDate: CalendarDay? = nil,
        applicants: [String] = [], inventors: [String] = [], ipc: [String] = [], niceClasses: [Int] = [],
        abstract: String? = nil, claims: [String] = [], wordMark: String? = nil, sourceReference: String? = nil
    ) {
        self.fileNumber = fileNumber
        self.kind = kind
        self.title = title
        self.status = status
        self.filingDate = filingDate
        self.publicationDate = publicationDate
        self.applicants = applicants
        self.inventors = inventors
        self.ipc = ipc
        self.niceClasses = niceClasses
        self.abstract = abstract
        self.claims = claims
        self.wordMark = wordMark
        self.sourceReference = sourceReference
    }
}
