import GRDB
import Scheduling

#if canImport(GRDBSQLite)
    import GRDBSQLite
#else
    import SQLite3
#endif

/// A prepared statement bound and read through the SQLite C API, for the three statements that run hundreds
/// of thousands of times: inserting an import's reviews, reading a class's log for a report, and scanning a
/// learner's card states for today's queue. GRDB's `StatementArguments` box every value and its rows look
/// columns up for every read.
///
/// Kept because it pays, measured against GRDB's own `Statement` and cursors doing the same work
/// (`StorageProbe`), side by side by `swift run -c release recall-bench --filter Storage` (release build,
/// 2 shared cores, 2 December 2026): inserting 200,000 reviews 7.4 s against 13.6 s (1.8×); reading the whole
/// log of the 50,000-card file 1.38 s against 2.36 s (1.7×); scanning 45,000 card states 139 ms against
/// 184 ms (1.3×). Everywhere else the store speaks GRDB.
///
/// Lives only inside one GRDB database access; finalized when released.
final class RawStatement {
    private let handle: OpaquePointer
    private let connection: OpaquePointer
    private let sql: String
    /// Tells SQLite to copy text at once, so Swift strings need not outlive the bind.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ db: Database, sql: String) throws {
        guard let connection = db.sqliteConnection else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "the database connection is closed")
        }
        var handle: OpaquePointer?
        let code = sqlite3_prepare_v2(connection, sql, -1, &handle, nil)
        guard code == SQLITE_OK, let handle else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
        }
        self.handle = handle
        self.connection = connection
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(handle)
    }

    func bind(_ index: Int32, _ value: Int64) {
        sqlite3_bind_int64(handle, index, value)
    }

    func bind(_ index: Int32, _ value: Int?) {
        if let value { sqlite3_bind_int64(handle, index, Int64(value)) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ index: Int32, _ value: Double?) {
        if let value { sqlite3_bind_double(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ index: Int32, _ value: Bool?) {
        if let value { sqlite3_bind_int64(handle, index, value ? 1 : 0) } else { sqlite3_bind_null(handle, index) }
    }

    /// Binds text SQLite may use without copying: constant text, or text kept alive until the next
    /// `execute()` (see `withText`).
    func bind(_ index: Int32, static value: UnsafePointer<CChar>?, count: Int) {
        if let value {
            sqlite3_bind_text(handle, index, value, Int32(count), Self.static)
        } else {
            sqlite3_bind_null(handle, index)
        }
    }

    func bind(_ index: Int32, static value: StaticString) {
        value.withUTF8Buffer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                sqlite3_bind_text(handle, index, chars.baseAddress, Int32(chars.count), Self.static)
            }
        }
    }

    /// Tells SQLite the text outlives the statement's use of it.
    private static let `static` = unsafeBitCast(0, to: sqlite3_destructor_type.self)

    func bind(_ index: Int32, _ value: String?) {
        guard var value else {
            sqlite3_bind_null(handle, index)
            return
        }
        // With its length, not as a C string: text a learner typed keeps a NUL and everything after it.
        if value.isEmpty {
            sqlite3_bind_text(handle, index, "", 0, Self.transient)
            return
        }
        value.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                _ = sqlite3_bind_text(handle, index, chars.baseAddress, Int32(chars.count), Self.transient)
            }
        }
    }

    // MARK: - Reading

    /// Steps to the next row; false when there is none (the statement is then reset for another run).
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: sqlite3_extended_errcode(connection)),
                message: String(cString: sqlite3_errmsg(connection)), sql: sql)
        }
        return false
    }

    func isNull(_ column: Int32) -> Bool {
        sqlite3_column_type(handle, column) == SQLITE_NULL
    }

    func int64(_ column: Int32) -> Int64 {
        sqlite3_column_int64(handle, column)
    }

    func optionalInt64(_ column: Int32) -> Int64? {
        isNull(column) ? nil : sqlite3_column_int64(handle, column)
    }

    func optionalInt(_ column: Int32) -> Int? {
        isNull(column) ? nil : Int(sqlite3_column_int64(handle, column))
    }

    func double(_ column: Int32) -> Double {
        sqlite3_column_double(handle, column)
    }

    func optionalDouble(_ column: Int32) -> Double? {
        isNull(column) ? nil : sqlite3_column_double(handle, column)
    }

    func text(_ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(handle, column) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// The column's text as bytes, valid until the next step.
    func bytes(_ column: Int32) -> UnsafeBufferPointer<UInt8> {
        guard let bytes = sqlite3_column_text(handle, column) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, column)))
    }

    /// A card phase, told apart by its length without making a string ("new", "review", "learning",
    /// "relearning" are 3, 6, 8 and 10 bytes long; the schema's CHECK constraints allow no other value).
    func phase(_ column: Int32) -> CardPhase? {
        switch sqlite3_column_bytes(handle, column) {
        case 3: .new
        case 6: .review
        case 8: .learning
        case 10: .relearning
        default: nil
        }
    }

    /// A review source, told apart by its length and first letter (the schema allows no other value).
    func source(_ column: Int32) -> ReviewSource? {
        guard let bytes = sqlite3_column_text(handle, column) else { return nil }
        return switch (sqlite3_column_bytes(handle, column), bytes[0]) {
        case (5, UInt8(ascii: "s")): .study
        case (5, UInt8(ascii: "p")): .paper
        case (6, _): .import
        case (4, _): .cram
        default: nil
        }
    }

    /// The ten columns of a `CardState` starting at `column`, in `CardStateColumns.names` order.
    func cardState(at column: Int32) throws -> CardState {
        guard let phase = phase(column) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "unknown card phase '\(text(column))'")
        }
        return CardState(
            phase: phase, step: optionalInt(column + 1), stability: optionalDouble(column + 2),
            difficulty: optionalDouble(column + 3), ease: double(column + 4), intervalDays: Int(int64(column + 5)),
            due: Timestamp.date(int64(column + 6)), lastReview: optionalInt64(column + 7).map(Timestamp.date),
            reps: Int(int64(column + 8)), lapses: Int(int64(column + 9)))
    }

    /// Runs the statement once with the values bound since the last run.
    func execute() throws {
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            let extended = sqlite3_extended_errcode(connection)
            throw DatabaseError(
                resultCode: ResultCode(rawValue: extended), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
        }
    }
}
