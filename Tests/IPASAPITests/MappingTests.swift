import IPASDomain
import Testing
@testable import IPASAPI

@Suite("Contract ↔ domain mapping")
struct MappingTests {
    @Test func workItemsRoundTrip() throws {
        let item = WorkItem(
            processID: "PR-1", fileNumber: "XA/P/2024/000123", kind: .utilityModel, title: "Chipboard screw",
            status: "Search", dueDate: CalendarDay(iso: "2026-12-01"), responsible: "examiner1", newlyAllocated: true)
        #expect(try WorkItem(item.schema) == item)
    }

    @Test func recordsRoundTrip() throws {
        let record = BibliographicRecord(
            fileNumber: "XA/N/2025/000101", kind: .trademark, title: "IPORTAL", status: "Formal examination",
            filingDate: CalendarDay(iso: "2025-01-31"), niceClasses: [9, 42], wordMark: "IPORTAL", sourceReference: "EM 1")
        #expect(try BibliographicRecord(record.schema) == record)
    }

    @Test func malformedDatesAreRejectedNotDropped() {
        let item = Components.Schemas.QueueItem(
            processId: "PR-1", fileNumber: "XA/P/2024/000001", kind: .patent, title: "t", status: "s",
            dueDate: "2026-02-30", responsible: "examiner1", newlyAllocated: false)
        #expect(throws: APIMapping.InvalidValue.self) { try WorkItem(item) }
    }

    @Test func everyRoleAndKindMaps() {
        for role in Role.allCases { #expect(Role(role.schema) == role) }
        for kind in IPKind.allCases { #expect(IPKind(kind.schema) == kind) }
    }
}
