import Foundation
import GRDB

#if canImport(GRDBSQLite)
    import GRDBSQLite
#else
    import SQLite3
#endif

/// A read-only SQLite connection that cannot change the file or the files beside it: for looking at a
/// progress file before deciding whether to open it, and for checking its integrity.
///
/// Opened through the C API because GRDB opens paths, not URIs: only the `immutable` URI parameter reads a
/// file without creating a `-wal` and `-shm` beside it, and only a read-only connection never checkpoints
/// (or deletes) a write-ahead log when it closes, whatever the log holds.
final class InspectionConnection: @unchecked Sendable {
    private let handle: OpaquePointer
    private let path: String
    private var closed = false

    /// Opens `file` read-only; `immutable` when no write-ahead log lies beside it (then nothing may change it
    /// meanwhile, and SQLite takes no locks and creates no files).
    init(_ file: String, immutable: Bool, reportingAs path: String) throws(ProgressStoreError) {
        self.path = path
        var encoded = ""
        for scalar in file.unicodeScalars {
            switch scalar {
            case "%": encoded += "%25"
            case "?": encoded += "%3f"
            case "#": encoded += "%23"
            default: encoded.unicodeScalars.append(scalar)
            }
        }
        let uri = "file:" + encoded + (immutable ? "?immutable=1" : "?mode=ro")
        var connection: OpaquePointer?
        let code = sqlite3_open_v2(uri, &connection, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nil)
        guard code == SQLITE_OK, let connection else {
            let message = connection.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close_v2(connection)
            throw ProgressStore.translate(DatabaseError(resultCode: ResultCode(rawValue: code), message: message), path: path)
        }
        handle = connection
        sqlite3_extended_result_codes(handle, 1)
        // Other Recalls may be writing: wait for them as a writer would.
        sqlite3_busy_timeout(handle, 10_000)
    }

    deinit {
        close()
    }

    /// Closes the connection (a read-only one: it cannot checkpoint or delete anything). Idempotent.
    func close() {
        guard !closed else { return }
        closed = true
        sqlite3_close_v2(handle)
    }

    /// The first column of every row `sql` returns, as text (NULL as nil).
    func texts(_ sql: String) throws(ProgressStoreError) -> [String?] {
        var statement: OpaquePointer?
        var code = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
        defer { sqlite3_finalize(statement) }
        guard code == SQLITE_OK, let statement else { throw failure(code, sql) }
        var rows: [String?] = []
        while true {
            code = sqlite3_step(statement)
            if code == SQLITE_DONE { return rows }
            guard code == SQLITE_ROW else { throw failure(code, sql) }
            rows.append(sqlite3_column_text(statement, 0).map { String(cString: $0) })
        }
    }

    /// The single integer `sql` returns.
    func integer(_ sql: String) throws(ProgressStoreError) -> Int64 {
        let first = try texts(sql).first ?? nil
        return first.flatMap { Int64($0) } ?? 0
    }

    /// Stops a statement running on another thread (the integrity check, when the store closes first).
    func interrupt() {
        sqlite3_interrupt(handle)
    }

    private func failure(_ code: Int32, _ sql: String) -> ProgressStoreError {
        ProgressStore.translate(
            DatabaseError(
                resultCode: ResultCode(rawValue: sqlite3_extended_errcode(handle)), message: String(cString: sqlite3_errmsg(handle)),
                sql: sql),
            path: path)
    }
}
