import ArgumentParser
import Foundation
import IPASDomain
import Sync
import Terminal

/// `examiner queue`: the signed-in user's queue, from the cache (synchronised first when online).
struct QueueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "List your task queue, soonest due first.",
        discussion: "When online the cache is synchronised first; when the back office cannot be reached the cached queue is shown with a warning.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print a JSON array instead of a table.")
    var json = false

    func run() async throws {
        let context = try ExaminerContext(options: global)
        if context.canGoOnline {
            do {
                _ = try await Pull.run(context: context)
            } catch let error as SyncError where error.kind == .unreachable {
                FileHandle.standardError.write(Data("warning: \(error.description); showing the cached queue\n".utf8))
            }
        }
        let cache = try context.openCache()
        guard let user = try cache.user() else {
            throw CommandFailure("not signed in: run `examiner login --user NAME` first")
        }
        let items = try cache.queue(for: user.username)
        if json {
            try JSONOutput.print(items.map(QueueItemJSON.init))
        } else {
            print(QueueTable.render(items, today: .localToday()))
        }
    }
}

/// One queue entry of `examiner queue --json`.
struct QueueItemJSON: Encodable {
    var processID: String
    var fileNumber: String
    var kind: String
    var title: String
    var status: String
    var dueDate: String?
    var responsible: String
    var newlyAllocated: Bool

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

    enum CodingKeys: String, CodingKey {
        case processID = "process_id", fileNumber = "file_number", kind, title, status, dueDate = "due_date"
        case responsible, newlyAllocated = "newly_allocated"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(processID, forKey: .processID)
        try container.encode(fileNumber, forKey: .fileNumber)
        try container.encode(kind, forKey: .kind)
        try container.encode(title, forKey: .title)
        try container.encode(status, forKey: .status)
        try container.encode(dueDate, forKey: .dueDate)  // null when the process has no term
        try container.encode(responsible, forKey: .responsible)
        try container.encode(newlyAllocated, forKey: .newlyAllocated)
    }
}

/// The plain-text queue table; every field is sanitised, since it came from the server.
enum QueueTable {
    static func render(_ items: [WorkItem], today: CalendarDay) -> String {
        guard !items.isEmpty else { return "Your queue is empty." }
        var lines = ["  " + DisplayWidth.pad("FILE NUMBER", toWidth: 18) + " KIND " + DisplayWidth.pad("DUE", toWidth: 10) + " " + DisplayWidth.pad("STATUS", toWidth: 28) + " TITLE"]
        for item in items {
            let marker: String
            switch item.urgency(on: today) {
            case .overdue: marker = "!"
            case .dueSoon: marker = "~"
            default: marker = item.newlyAllocated ? "•" : " "
            }
            let fields = [
                marker, DisplayWidth.pad(TextSanitizer.sanitize(item.fileNumber), toWidth: 18),
                DisplayWidth.pad(item.kind.shortLabel, toWidth: 4), DisplayWidth.pad(item.dueDate?.description ?? "—", toWidth: 10),
                DisplayWidth.pad(TextSanitizer.sanitize(item.status), toWidth: 28), TextSanitizer.sanitize(item.title),
            ]
            lines.append(fields.joined(separator: " "))
        }
        return lines.joined(separator: "\n")
    }
}

extension CalendarDay {
    /// Today in the local time zone.
    static func localToday() -> CalendarDay {
        let seconds = Date().timeIntervalSince1970 + Double(TimeZone.current.secondsFromGMT())
        return CalendarDay(daysSinceEpoch: Int((seconds / 86_400).rounded(.down)))
    }
}
