import GRDB

/// The client cache's schema, as GRDB migrations. Every later version adds a migration; none is ever edited.
enum CacheSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "cache_meta") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
            try db.create(table: "cached_file") { t in
                t.primaryKey("file_number", .text)
                t.column("kind", .text).notNull()
                t.column("title", .text).notNull()
                t.column("record", .jsonText).notNull()
            }
            try db.create(table: "work_item") { t in
                t.primaryKey("process_id", .text)
                t.column("file_number", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("title", .text).notNull()
                t.column("status", .text).notNull()
                t.column("due_date", .text)
                t.column("responsible", .text).notNull()
                t.column("newly_allocated", .boolean).notNull()
            }
            try db.create(index: "work_item_by_responsible", on: "work_item", columns: ["responsible", "due_date"])
        }
        return migrator
    }
}
