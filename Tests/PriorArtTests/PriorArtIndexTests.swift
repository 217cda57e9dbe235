import GRDB
import Testing
@testable import PriorArt

@Suite("Prior-art index")
struct PriorArtIndexTests {
    func makeIndex() throws -> PriorArtIndex {
        let index = try PriorArtIndex(writer: DatabaseQueue())
        try index.index([
            PriorArtDocument(id: "US1", title: "Braking system for materials handling vehicles",
                             abstract: "A brake controller.", ipc: ["B60T 7/12"], date: "1999-04-01"),
            PriorArtDocument(id: "US2", title: "Forklift mast", abstract: "Braking of a forklift truck by a controller.",
                             ipc: ["B66F 9/06"], date: "2005-01-01"),
            PriorArtDocument(id: "US3", title: "Semiconductor wafer polishing", claims: "A method of polishing.",
                             ipc: ["H01L 21/304"], date: "2010-06-30"),
        ])
        return index
    }

    @Test func titleMatchesOutrankAbstractMatches() throws {
        let hits = try makeIndex().search("braking")
        #expect(hits.map(\.id) == ["US1", "US2"])
        #expect(hits[0].score > hits[1].score)
    }

    @Test func filtersByIPCAndDate() throws {
        let index = try makeIndex()
        #expect(try index.search("braking", ipcPrefix: "B66F").map(\.id) == ["US2"])
        #expect(try index.search("braking", notAfter: "2000-12-31").map(\.id) == ["US1"])
        #expect(try index.search("polishing wafer").map(\.id) == ["US3"])
    }

    @Test func reindexingReplacesADocument() throws {
        let index = try makeIndex()
        try index.index([PriorArtDocument(id: "US3", title: "Ceramic braking disc")])
        #expect(try index.search("polishing").isEmpty)
        #expect(Set(try index.search("braking").map(\.id)) == ["US1", "US2", "US3"])
    }

    @Test func punctuationOnlyQueriesFindNothingAndDoNotThrow() throws {
        #expect(try makeIndex().search("\"*:( OR").isEmpty)
    }
}
