import Foundation
import HummingbirdBcrypt
import IPASDomain

/// Builds the demo office (office code XA) from the real patent and trademark rows in `Data/demo-office`.
public struct DemoOfficeSeeder: Sendable {
    /// The password every demo user has.
    public static let password = "demo"

    /// The demo users: two patent examiners, a trademark examiner, a design examiner and their supervisor.
    public static let users: [UserProfile] = [
        UserProfile(username: "examiner1", displayName: "Maria Ivanova", role: .patentExaminer),
        UserProfile(username: "examiner2", displayName: "Georgi Dimitrov", role: .patentExaminer),
        UserProfile(username: "examiner3", displayName: "Elena Stoyanova", role: .trademarkExaminer),
        UserProfile(username: "examiner4", displayName: "Nikolai Popov", role: .designExaminer),
        UserProfile(username: "supervisor1", displayName: "Petar Georgiev", role: .supervisor),
    ]

    static let patentStatuses = [
        "Formal examination", "Search", "Substantive examination", "Office action issued",
        "Response received", "Grant decision pending",
    ]
    static let trademarkStatuses = [
        "Formal examination", "Absolute grounds examination", "Provisional refusal issued",
        "Response received", "Ready for publication",
    ]
    static let designStatuses = ["Formal examination", "Substantive examination", "Ready for registration"]

    let dataDirectory: URL
    let today: CalendarDay
    let office = "XA"

    /// Prepares a seeder reading `dataDirectory` and dating the office relative to `today`.
    public init(dataDirectory: URL, today: CalendarDay) {
        self.dataDirectory = dataDirectory
        self.today = today
    }

    /// Seeds the office into an empty repository; an office that has users is left as it is. Returns whether it seeded.
    @discardableResult
    public func seedIfEmpty(_ repository: SQLiteOfficeRepository) async throws -> Bool {
        guard try await repository.isEmpty() else { return false }
        let data = try DemoDataFiles.load(from: dataDirectory)
        let hash = Bcrypt.hash(Self.password, cost: 8)
        let users = Self.users.map { StoredUser(profile: $0, passwordHash: hash) }
        try await repository.insert(users: users, processes: processes(from: data))
        return true
    }

    func processes(from data: DemoDataFiles) -> [NewProcess] {
        var random = SeededGenerator(seed: 20_241_121)
        var numbers: [String: Int] = [:]
        var result: [NewProcess] = []

        func next(kind: IPKind, examiners: [String], statuses: [String], title: String, build: (inout BibliographicRecord) -> Void) {
            let filingDate = today.adding(days: -Int.random(in: 20...1000, using: &random))
            let key = "\(kind.fileTypeCode)/\(filingDate.year)"
            let number = (numbers[key] ?? 100) + 1
            numbers[key] = number
            let fileNumber = (try? FileNumber(office: office, type: kind.fileTypeCode, series: filingDate.year, number: number))?
                .description ?? "\(office)/\(key)/\(number)"
            let responsible = Double.random(in: 0..<1, using: &random) < 0.1 ? "supervisor1" : examiners[result.count % examiners.count]
            let status = statuses[Int.random(in: 0..<statuses.count, using: &random)]
            var record = BibliographicRecord(fileNumber: fileNumber, kind: kind, title: title, status: status, filingDate: filingDate)
            build(&record)
            let hasTerm = Double.random(in: 0..<1, using: &random) < 0.92
            result.append(NewProcess(
                record: record, processID: "PR-\(result.count + 1)",
                dueDate: hasTerm ? today.adding(days: Int.random(in: -45...150, using: &random)) : nil,
                responsible: responsible, newlyAllocated: Double.random(in: 0..<1, using: &random) < 0.08))
        }

        for patent in data.patents {
            let isDesign = patent.ipKind == "design"
            next(
                kind: isDesign ? .design : .patent,
                examiners: isDesign ? ["examiner4"] : ["examiner1", "examiner2"],
                statuses: isDesign ? Self.designStatuses : Self.patentStatuses,
                title: patent.title
            ) { record in
                record.applicants = patent.applicants
                record.inventors = patent.inventors
                record.ipc = patent.ipc
                record.abstract = patent.abstract.isEmpty ? nil : patent.abstract
                record.claims = patent.claims
                record.sourceReference = patent.sourceID
            }
        }
        for mark in data.trademarks {
            next(kind: .trademark, examiners: ["examiner3"], statuses: Self.trademarkStatuses, title: mark.mark) { record in
                record.wordMark = mark.mark
                record.niceClasses = mark.niceClasses
                record.sourceReference = mark.sourceID
            }
        }
        return result
    }
}
