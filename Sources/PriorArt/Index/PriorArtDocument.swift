/// A document the prior-art index can find: a patent publication or a cached file.
public struct PriorArtDocument: Sendable, Hashable {
    public var id: String
    public var title: String
    public var abstract: String
    public var claims: String
    public var ipc: [String]
    /// Publication or filing date, `YYYY-MM-DD` (or a prefix of it), for date filters.
    public var date: String

    /// Makes a document.
    public init(id: String, title: String, abstract: String = "", claims: String = "", ipc: [String] = [], date: String = "") {
        self.id = id
        self.title = title
        self.abstract = abstract
        self.claims = claims
        self.ipc = ipc
        self.date = date
    }
}

/// One search result, best first.
public struct PriorArtHit: Sendable, Hashable {
    public var id: String
    public var title: String
    /// BM25 score (higher is better).
    public var score: Double
}
