import GRDB

/// Full-text prior-art search (FTS5, BM25 with field weights) inside whatever GRDB database it is handed.
public struct PriorArtIndex: Sendable {
    /// Field weights of BM25: a match in the title counts most, then the abstract, then the claims.
    public static let weights = (title: 4.0, abstract: 2.0, claims: 1.0)

    let writer: any DatabaseWriter

    /// Creates the index's tables in the database if they are missing.
    public init(writer: any DatabaseWriter) throws {
        self.writer = writer
        try writer.write { db in
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS prior_art_document (
                    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT NOT NULL, ipc TEXT NOT NULL, date TEXT NOT NULL);
                CREATE VIRTUAL TABLE IF NOT EXISTS prior_art_text USING fts5(
                    title, abstract, claims, tokenize='porter unicode61 remove_diacritics 2');
                """)
        }
    }

    /// Adds or replaces documents.
    public func index(_ documents: [PriorArtDocument]) throws {
        try writer.write { db in
            for document in documents {
                if let rowid = try Int64.fetchOne(db, sql: "SELECT rowid FROM prior_art_document WHERE id = ?", arguments: [document.id]) {
                    try db.execute(sql: "DELETE FROM prior_art_text WHERE rowid = ?", arguments: [rowid])
                    try db.execute(sql: "DELETE FROM prior_art_document WHERE rowid = ?", arguments: [rowid])
                }
                try db.execute(
                    sql: "INSERT INTO prior_art_document (id, title, ipc, date) VALUES (?, ?, ?, ?)",
                    arguments: [document.id, document.title, " " + document.ipc.joined(separator: " ") + " ", document.date])
                try db.execute(
                    sql: "INSERT INTO prior_art_text (rowid, title, abstract, claims) VALUES (?, ?, ?, ?)",
                    arguments: [db.lastInsertedRowID, document.title, document.abstract, document.claims])
            }
        }
    }

    /// Documents matching every word of `text`, best first, optionally only those with an IPC symbol starting with `ipcPrefix` and dated on or before `notAfter`.
    public func search(_ text: String, ipcPrefix: String? = nil, notAfter: String? = nil, limit: Int = 20) throws -> [PriorArtHit] {
        let words = text.split { !$0.isLetter && !$0.isNumber }.map { "\"\($0)\"" }
        guard !words.isEmpty else { return [] }
        let weights = Self.weights
        var sql = """
            SELECT d.id, d.title, -bm25(prior_art_text, \(weights.title), \(weights.abstract), \(weights.claims)) AS score
            FROM prior_art_text JOIN prior_art_document d ON d.rowid = prior_art_text.rowid
            WHERE prior_art_text MATCH ?
            """
        var arguments: StatementArguments = [words.joined(separator: " ")]
        if let ipcPrefix {
            sql += " AND d.ipc LIKE ? ESCAPE '\\'"
            arguments += ["% " + ipcPrefix.replacingOccurrences(of: "%", with: "\\%") + "%"]
        }
        if let notAfter {
            sql += " AND d.date <= ?"
            arguments += [notAfter]
        }
        sql += " ORDER BY score DESC LIMIT ?"
        arguments += [limit]
        return try writer.read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map {
                PriorArtHit(id: $0["id"], title: $0["title"], score: $0["score"])
            }
        }
    }
}
