/// The kinds of IP object an office examines.
public enum IPKind: String, Sendable, CaseIterable, Codable, Hashable {
    case patent
    case utilityModel = "utility_model"
    case trademark
    case design

    /// The IPAS file-type code the demo office uses for this kind.
    public var fileTypeCode: String {
        switch self {
        case .patent: "P"
        case .utilityModel: "U"
        case .trademark: "N"
        case .design: "D"
        }
    }

    /// A short label for tables.
    public var shortLabel: String {
        switch self {
        case .patent: "PT"
        case .utilityModel: "UM"
        case .trademark: "TM"
        case .design: "ID"
        }
    }

    /// The kind whose file-type code this is, if any.
    public init?(fileTypeCode: String) {
        guard let kind = IPKind.allCases.first(where: { $0.fileTypeCode == fileTypeCode }) else { return nil }
        self = kind
    }
}
