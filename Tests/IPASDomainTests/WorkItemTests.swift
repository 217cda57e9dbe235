import Testing
@testable import IPASDomain

@Suite("Work items")
struct WorkItemTests {
    func item(_ number: String, due: String?) -> WorkItem {
        WorkItem(
            processID: number, fileNumber: number, kind: .patent, title: "t", status: "s",
            dueDate: due.flatMap(CalendarDay.init(iso:)), responsible: "examiner1", newlyAllocated: false)
    }

    @Test func urgencyFollowsTheTerm() throws {
        let today = try #require(CalendarDay(iso: "2026-11-21"))
        #expect(item("a", due: "2026-11-20").urgency(on: today) == .overdue(days: 1))
        #expect(item("a", due: "2026-11-21").urgency(on: today) == .dueSoon(days: 0))
        #expect(item("a", due: "2026-11-28").urgency(on: today) == .dueSoon(days: 7))
        #expect(item("a", due: "2026-11-29").urgency(on: today) == .running(days: 8))
        #expect(item("a", due: nil).urgency(on: today) == .noTerm)
    }

    @Test func queueOrderIsSoonestDueFirstThenUntermed() {
        let items = [item("XA/P/2024/000003", due: nil), item("XA/P/2024/000002", due: "2026-12-01"),
                     item("XA/P/2024/000001", due: "2026-12-01"), item("XA/P/2024/000004", due: "2026-01-01")]
        #expect(items.sorted(by: WorkItem.queueOrder).map(\.fileNumber)
                == ["XA/P/2024/000004", "XA/P/2024/000001", "XA/P/2024/000002", "XA/P/2024/000003"])
    }
}
