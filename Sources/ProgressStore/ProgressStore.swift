import Foundation
import GRDB

/// The one door to a progress file: learners, classes, card states, the review log and settings.
///
/// Opening refuses, before anything is written, a file this version cannot safely touch; every write waits
/// for the file's integrity check and is one transaction committed before the method returns. Time is
/// always passed in.
public struct ProgressStore: Sendable {
    /// How a store opens its connection.
    public struct Options: Sendable {
        /// How long one write waits for other processes' writes before failing as locked, in seconds.
        public var busyTimeout: TimeInterval
        /// After how long a write that is still waiting calls `onBusy`.
        public var busyNotice: TimeInterval
        /// Told once per write that has waited `busyNotice` seconds (the CLI says so to the user).
        public var onBusy: (@Sendable (TimeInterval) -> Void)?
        /// Check the file's integrity before the first write (off only in tests that time writes).
        public var checksIntegrity: Bool
        /// Runs on the connection after Recall's own set-up; tests use it to shrink the disk or the cache.
        public var prepareConnection: (@Sendable (Database) throws -> Void)?

        public init(
            busyTimeout: TimeInterval = 60, busyNotice: TimeInterval = 1, onBusy: (@Sendable (TimeInterval) -> Void)? = nil,
            checksIntegrity: Bool = true, prepareConnection: (@Sendable (Database) throws -> Void)? = nil
        ) {
            self.busyTimeout = busyTimeout
            self.busyNotice = busyNotice
            self.onBusy = onBusy
            self.checksIntegrity = checksIntegrity
            self.prepareConnection = prepareConnection
        }
    }

    private let file: ProgressFile
    /// The progress file, or `:memory:`.
    public let path: String

    /// Marks a Recall progress file in the SQLite header ("RCLL"), so another program's database is refused.
    static let applicationID: Int32 = 0x5243_4C4C

    /// Opens (creating if needed) the progress file at `path`, whose folder must exist.
    ///
    /// Refused, with the file and the files beside it left untouched: a folder that does not exist, a path
    /// that is not a regular file (a link to one is followed), a file that is not SQLite or is another
    /// program's database, a file a newer Recall has migrated, a damaged file (found when it is first
    /// written to: the check runs while the caller starts), a write-ahead log beside it that is not its own,
    /// and a file or folder that cannot be written.
    public init(path: String, options: Options = Options()) throws(ProgressStoreError) {
        self.path = path
        file = try ProgressFile(path: path, options: options)
    }

    /// A private in-memory store with the same configuration and schema, for tests and benchmarks.
    public static func inMemory(options: Options = Options()) throws(ProgressStoreError) -> ProgressStore {
        try ProgressStore(inMemory: options)
    }

    private init(inMemory options: Options) throws(ProgressStoreError) {
        path = ":memory:"
        file = try ProgressFile(inMemory: options)
    }

    /// The connection's configuration: every pragma Recall relies on is set here, as each connection opens.
    static func configuration(_ options: Options, newFile: Bool, walMode: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        let wait = BusyWait(timeout: options.busyTimeout, notice: options.busyNotice, onWait: options.onBusy)
        configuration.busyMode = .callback { tries in wait.shouldRetry(afterTries: tries) }
        configuration.label = "Recall.ProgressStore"
        let prepare = options.prepareConnection
        configuration.prepareDatabase { db in
            if newFile {
                // 8 KiB pages (set before the first write fixes the size) make a large import's B-trees
                // shallower and its journal writes fewer; no effect on an existing file.
                try db.execute(sql: "PRAGMA page_size = 8192")
            }
            if walMode {
                // Readers never block the writer. A no-op (nothing written) on a file already in WAL mode.
                // Switching a new file to WAL needs it alone, and SQLite does not wait for that by itself: when
                // another program is opening the same new file, wait as for any write.
                var tries = 0
                var mode: String?
                while true {
                    do {
                        mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
                        break
                    } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
                        guard wait.shouldRetry(afterTries: tries) else { throw error }
                        tries += 1
                    }
                }
                guard mode == "wal" else {
                    throw DatabaseError(resultCode: .SQLITE_ERROR, message: "SQLite would not switch it to WAL mode")
                }
            }
            // FULL: a commit is on disk before the caller continues, even if the power fails.
            try db.execute(sql: "PRAGMA synchronous = FULL")
            // Temporary files in memory. Every insert into the review log fires the sync trigger, so SQLite
            // keeps a statement journal (the pages it changes, to undo that one statement); on disk that
            // was a file write or more per review: importing 1,000,000 reviews took 21.6 s with it on
            // disk and 17.1 s in memory, in two runs one after the other (see `ReviewWriter` for the rest).
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            try prepare?(db)
        }
        return configuration
    }

    /// The progress-store error for an SQLite failure while using the file at `path`.
    static func translate(_ error: any Error, path: String) -> ProgressStoreError {
        if let error = error as? ProgressStoreError { return error }
        guard let error = error as? DatabaseError else {
            return .database(path: path, detail: String(describing: error))
        }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .locked(path: path)
        case .SQLITE_FULL:
            return .diskFull(path: path)
        case .SQLITE_NOTADB:
            return .notSQLite(path: path)
        case .SQLITE_CORRUPT:
            return .damaged(path: path, detail: error.message ?? "database disk image is malformed")
        case .SQLITE_READONLY, .SQLITE_PERM:
            return .readOnly(path: path, detail: error.message ?? "the file is read-only")
        case .SQLITE_CANTOPEN:
            return .readOnly(path: path, detail: "SQLite cannot open it (\(error.message ?? "check its permissions"))")
        case .SQLITE_IOERR:
            return .database(path: path, detail: "a disk error occurred (\(error.message ?? "I/O error"))")
        default:
            return .database(path: path, detail: error.message ?? "SQLite error \(error.resultCode.rawValue)")
        }
    }

    // MARK: - Access for the extensions

    /// Runs `updates` in one IMMEDIATE transaction, committed before returning; any failure rolls it back.
    ///
    /// Waits first for the integrity check; a damaged file is refused here, before anything is written.
    func write<T>(_ updates: (Database) throws -> T) throws(ProgressStoreError) -> T {
        try file.requireSound()
        do {
            return try file.writer.write(updates)
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    /// Runs `updates` outside a transaction: for connection settings (pragmas), never for writing data.
    func writeWithoutTransaction<T>(_ updates: (Database) throws -> T) throws(ProgressStoreError) -> T {
        do {
            return try file.writer.writeWithoutTransaction(updates)
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    /// Runs `value` in a read transaction (a consistent snapshot).
    func read<T>(_ value: (Database) throws -> T) throws(ProgressStoreError) -> T {
        do {
            return try file.writer.read(value)
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    /// The file SQLite opened (links resolved); nil in memory.
    var resolvedPath: String? { file.resolvedPath }

    /// The integrity check's verdict, waiting for it: nil when the file is sound, else why not.
    public func integrityProblem() -> ProgressStoreError? {
        do {
            try file.requireSound()
            return nil
        } catch {
            return error
        }
    }
}
