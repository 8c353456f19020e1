import Foundation
import GRDB

extension ProgressStore {
    /// Lets `review.source` be `anki`. SQLite cannot change a CHECK constraint in place, so the table is
    /// rebuilt the way SQLite's documentation prescribes: a new table from the one the file has, with the
    /// constraint widened, the rows copied over in key order, the old table dropped, the new one renamed and
    /// its indexes made again. The new table is made from the file's own definition, not a copy of v1's, so
    /// that whatever an earlier migration added to `review` is kept. Foreign keys are checked when the
    /// migration ends (GRDB's default), so dropping the old table cascades to nothing.
    static func allowAnkiReviews(_ db: Database) throws {
        let narrow = "source = 'import' OR source = 'cram'"
        guard let table = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'review'"),
            table.hasPrefix("CREATE TABLE review ("), table.contains(narrow)
        else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "the review table is not as migration v1 made it")
        }
        let indexes = try String.fetchAll(
            db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'review' AND sql IS NOT NULL")
        let widened =
            "CREATE TABLE review_v4 ("
            + table.dropFirst("CREATE TABLE review (".count)
            .replacingOccurrences(of: narrow, with: "source = 'import' OR source = 'anki' OR source = 'cram'")
        try db.execute(sql: widened)
        try db.execute(sql: "INSERT INTO review_v4 SELECT * FROM review ORDER BY id")
        try db.execute(sql: "DROP TABLE review")
        try db.execute(sql: "ALTER TABLE review_v4 RENAME TO review")
        for index in indexes {
            try db.execute(sql: index)
        }
    }
}
