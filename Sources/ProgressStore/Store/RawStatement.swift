import GRDB
import Scheduling

#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif

/// A prepared statement bound through the SQLite C API, for the one statement an import runs a million
/// times: GRDB's `StatementArguments` boxes every value, which cost more than SQLite's insert itself.
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

    /// The ten columns of a `CardState` starting at `column`, in `CardStateColumns.names` order.
    func cardState(at column: Int32) throws -> CardState {
        guard let phase = CardPhase(rawValue: text(column)) else {
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
