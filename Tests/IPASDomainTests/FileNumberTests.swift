import Testing
@testable import IPASDomain

@Suite("File numbers")
struct FileNumberTests {
    @Test func parsesAndFormatsCanonically() throws {
        let number = try FileNumber(parsing: " xa/p/2024/123 ")
        #expect(number.office == "XA")
        #expect(number.type == "P")
        #expect(number.series == 2024)
        #expect(number.number == 123)
        #expect(number.description == "XA/P/2024/000123")
        #expect(try FileNumber(parsing: number.description) == number)
    }

    @Test func keepsLongNumbersWhole() throws {
        #expect(try FileNumber(parsing: "XA/N/2025/12345678").description == "XA/N/2025/12345678")
    }

    @Test(arguments: [
        ("XA/P/2024", FileNumber.ParseError.wrongShape("XA/P/2024")),
        ("X1/P/2024/1", .badOffice("X1")),
        ("XA/p1/2024/1", .badType("P1")),
        ("XA/P/24/1", .badSeries("24")),
        ("XA/P/2024/-1", .badNumber("-1")),
        ("XA/P/2024/", .badNumber("")),
        ("XA/P/2024/12345678901", .badNumber("12345678901")),
    ])
    func rejectsMalformedText(text: String, expected: FileNumber.ParseError) {
        #expect(throws: expected) { try FileNumber(parsing: text) }
    }

    @Test func ordersByOfficeTypeSeriesNumber() throws {
        let numbers = try ["XA/P/2024/2", "XA/N/2025/1", "XA/P/2023/9", "XA/P/2024/10"].map { try FileNumber(parsing: $0) }
        #expect(numbers.sorted().map(\.description) == ["XA/N/2025/000001", "XA/P/2023/000009", "XA/P/2024/000002", "XA/P/2024/000010"])
    }

    @Test func kindsMapToFileTypeCodes() {
        for kind in IPKind.allCases {
            #expect(IPKind(fileTypeCode: kind.fileTypeCode) == kind)
        }
        #expect(IPKind(fileTypeCode: "Z") == nil)
    }
}
