/// What a user of the back office does, which decides what it may read and change.
public enum Role: String, Sendable, CaseIterable, Codable, Hashable {
    case patentExaminer = "patent_examiner"
    case trademarkExaminer = "trademark_examiner"
    case designExaminer = "design_examiner"
    case formalitiesOfficer = "formalities_officer"
    case supervisor
    case admin

    /// A label for the status bar.
    public var label: String {
        switch self {
        case .patentExaminer: "patent examiner"
        case .trademarkExaminer: "trademark examiner"
        case .designExaminer: "design examiner"
        case .formalitiesOfficer: "formalities officer"
        case .supervisor: "supervisor"
        case .admin: "admin"
        }
    }
}

/// A user of the back office as the workstation knows it.
public struct UserProfile: Hashable, Sendable, Codable {
    public var username: String
    public var displayName: String
    public var role: Role

    /// Makes a profile.
    public init(username: String, displayName: String, role: Role) {
        self.username = username
        self.displayName = displayName
        self.role = role
    }
}
