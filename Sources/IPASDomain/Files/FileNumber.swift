/// The key of an IP file in IPAS: office, file type, series (the filing year) and number, written `XA/P/2024/000123`.
public struct FileNumber: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Two-letter ST.3 code of the office that keeps the file.
    public let office: String
    /// The office's file-type code (`P` patent, `U` utility model, `N` mark, `D` design).
    public let type: String
    /// The file series, in practice the filing year.
    public let series: Int
    /// The number within the series.
    public let number: Int

    /// Why a text is not a file number.
    public enum ParseError: Error, Equatable, CustomStringConvertible {
        case wrongShape(String)
        case badOffice(String)
        case badType(String)
        case badSeries(String)
        case badNumber(String)

        public var description: String {
            switch self {
            case .wrongShape(let text): "“\(text)” is not a file number; expected OFFICE/TYPE/SERIES/NUMBER, e.g. XA/P/2024/000123"
            case .badOffice(let text): "“\(text)” is not a two-letter office code"
            case .badType(let text): "“\(text)” is not a file type code (one or two capital letters)"
            case .badSeries(let text): "“\(text)” is not a series (a year such as 2024)"
            case .badNumber(let text): "“\(text)” is not a file number within its series (up to ten digits)"
            }
        }
    }

    /// Makes a file number from its parts, checking each.
    public init(office: String, type: String, series: Int, number: Int) throws(ParseError) {
        guard office.count == 2, office.allSatisfy(\.isASCIIUppercaseLetter) else { throw .badOffice(office) }
        guard (1...2).contains(type.count), type.allSatisfy(\.isASCIIUppercaseLetter) else { throw .badType(type) }
        guard (1000...9999).contains(series) else { throw .badSeries(String(series)) }
        guard (0...9_999_999_999).contains(number) else { throw .badNumber(String(number)) }
        self.office = office
        self.type = type
        self.series = series
        self.number = number
    }

    /// Parses `XA/P/2024/000123`; surrounding spaces are ignored, letters may be lower case.
    public init(parsing text: String) throws(ParseError) {
        let parts = text.trimmingSpaces().uppercased().split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 4 else { throw .wrongShape(text) }
        let numberText = String(parts[3])
        guard let series = Int(parts[2]), parts[2].allSatisfy(\.isASCIIDigit) else { throw .badSeries(String(parts[2])) }
        guard (1...10).contains(numberText.count), numberText.allSatisfy(\.isASCIIDigit), let number = Int(numberText)
        else { throw .badNumber(numberText) }
        try self.init(office: String(parts[0]), type: String(parts[1]), series: series, number: number)
    }

    /// The canonical text, with the number zero-padded to six digits.
    public var description: String {
        let digits = String(number)
        let padded = String(repeating: "0", count: max(0, 6 - digits.count)) + digits
        return "\(office)/\(type)/\(series)/\(padded)"
    }

    public static func < (lhs: FileNumber, rhs: FileNumber) -> Bool {
        (lhs.office, lhs.type, lhs.series, lhs.number) < (rhs.office, rhs.type, rhs.series, rhs.number)
    }
}

extension Character {
    var isASCIIUppercaseLetter: Bool { isASCII && isUppercase && isLetter }
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    func trimmingSpaces() -> String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
