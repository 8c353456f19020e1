import Foundation
import GRDB

/// What rebuilding a damaged progress file saved.
public struct RebuildSummary: Sendable, Hashable, Codable {
    /// Rows copied, by table.
    public var saved: [String: Int] = [:]
    /// Rows that could not be read, by table (a damaged page hides the rows on it).
    public var lost: [String: Int] = [:]
}

extension ProgressStore {
    /// The tables copied when a file is rebuilt, parents before children. Card states are not copied: they
    /// are set again from the review log, which is the record of everything a learner did.
    static let rebuiltTables = ["learner", "schoolClass", "membership", "setting", "quiz", "gradedPaper", "review", "buriedCard"]

    /// Makes a new progress file at `newPath` from every row of the damaged file at `path` that can still be
    /// read; the damaged file is only read.
    ///
    /// Rows are read in ranges of row ids; a range that hits damage is halved until the unreadable rows are
    /// found, so one bad page loses only the rows on it. Every card's state is then set from its latest
    /// review, and the new file is checked in full before this returns.
    public static func rebuild(from path: String, into newPath: String) throws(ProgressStoreError) -> RebuildSummary {
        var summary = RebuildSummary()
        do {
            var configuration = Configuration()
            configuration.readonly = true
            let damaged = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? damaged.close() }
            let fresh = try ProgressStore(path: newPath, options: Options(checksIntegrity: false))
            for table in rebuiltTables {
                let (saved, lost) = try copy(table, from: damaged, to: fresh)
                summary.saved[table] = saved
                if lost > 0 { summary.lost[table] = lost }
            }
            try fresh.write { db in try resetCardStates(in: db) }
            let check = try fresh.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
            guard check == ["ok"] else {
                throw ProgressStoreError.damaged(path: newPath, detail: check.joined(separator: "; "))
            }
        } catch {
            throw translate(error, path: path)
        }
        return summary
    }

    /// Copies the readable rows of `table`; returns how many were copied and how many could not be read.
    private static func copy(_ table: String, from damaged: DatabaseQueue, to fresh: ProgressStore) throws -> (Int, Int) {
        let columns = try damaged.read { db in try db.columns(in: table).map(\.name) }
        // Answers are read and written as bytes, so that a NUL inside one survives (see `ExactText`).
        let selected = columns.map { $0 == "answer" ? "CAST(answer AS BLOB) AS answer" : $0.quotedDatabaseIdentifier }
        let insert =
            "INSERT OR IGNORE INTO \(table.quotedDatabaseIdentifier) (\(columns.map(\.quotedDatabaseIdentifier).joined(separator: ", "))) VALUES ("
            + columns.map { $0 == "answer" ? "CAST(? AS TEXT)" : "?" }.joined(separator: ", ") + ")"
        let select = "SELECT \(selected.joined(separator: ", ")) FROM \(table.quotedDatabaseIdentifier)"
        var saved = 0
        var lost = 0
        func store(_ rows: [Row]) throws {
            try fresh.write { db in
                let statement = try db.cachedStatement(sql: insert)
                for row in rows {
                    try statement.execute(arguments: StatementArguments(row.databaseValues))
                }
            }
            saved += rows.count
        }
        let hasRowID =
            (try? damaged.read { db in try Row.fetchOne(db, sql: "SELECT rowid FROM \(table.quotedDatabaseIdentifier) LIMIT 1") }) != nil
        guard hasRowID else {
            // A table without row ids (buried cards): all of it or nothing.
            if let rows = try? damaged.read({ db in try Row.fetchAll(db, sql: select) }) { try store(rows) }
            return (saved, lost)
        }
        let highest =
            (try? damaged.read { db in try Int64.fetchOne(db, sql: "SELECT max(rowid) FROM \(table.quotedDatabaseIdentifier)") }) ?? nil
        guard let highest else { return (0, 0) }
        func salvage(_ range: ClosedRange<Int64>) throws {
            if let rows = try? damaged.read({ db in
                try Row.fetchAll(db, sql: select + " WHERE rowid BETWEEN ? AND ?", arguments: [range.lowerBound, range.upperBound])
            }) {
                try store(rows)
                return
            }
            guard range.count > 1 else {
                lost += 1
                return
            }
            let middle = range.lowerBound + (range.upperBound - range.lowerBound) / 2
            try salvage(range.lowerBound...middle)
            try salvage((middle + 1)...range.upperBound)
        }
        var start: Int64 = 0
        while start <= highest {
            let end = min(highest, start + 4095)
            try salvage(start...end)
            start = end + 1
        }
        return (saved, lost)
    }
}
