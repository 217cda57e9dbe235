import GRDB

/// The server database's schema, as GRDB migrations.
enum ServerSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "office_meta") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
            try db.create(table: "users") { t in
                t.primaryKey("username", .text)
                t.column("display_name", .text).notNull()
                t.column("role", .text).notNull()
                t.column("password_hash", .text).notNull()
            }
            try db.create(table: "tokens") { t in
                t.primaryKey("token", .text)
                t.column("username", .text).notNull().references("users", onDelete: .cascade)
                t.column("expires_at", .double).notNull()
            }
            try db.create(table: "files") { t in
                t.primaryKey("file_number", .text)
                t.column("kind", .text).notNull()
                t.column("record", .jsonText).notNull()
            }
            try db.create(table: "processes") { t in
                t.primaryKey("process_id", .text)
                t.column("file_number", .text).notNull().references("files")
                t.column("status", .text).notNull()
                t.column("due_date", .text)
                t.column("responsible", .text).notNull().references("users")
                t.column("newly_allocated", .boolean).notNull()
                t.column("sort_key", .text).notNull()
            }
            try db.create(index: "processes_by_responsible", on: "processes", columns: ["responsible", "sort_key"])
            try db.create(index: "processes_by_file", on: "processes", columns: ["file_number"])
            try db.create(table: "changes") { t in
                t.autoIncrementedPrimaryKey("seq")
                t.column("kind", .text).notNull()
                t.column("entity_id", .text).notNull()
                t.column("scope_user", .text)
            }
            try db.create(index: "changes_by_scope", on: "changes", columns: ["scope_user", "seq"])
        }
        return migrator
    }
}
