import Foundation
import GRDB

/// The one door to a progress file: learners, classes, card states, the review log and settings.
///
/// Opening runs the migrations (after refusing a file this version cannot safely touch); every write is
/// one transaction that is committed before the method returns. Time is always passed in.
public struct ProgressStore: Sendable {
    /// How a store opens its connection.
    public struct Options: Sendable {
        /// How long to wait for another process's write to finish before giving up, in seconds.
        public var busyTimeout: TimeInterval
        /// Runs on the connection after Recall's own set-up; tests use it to shrink the disk or the cache.
        public var prepareConnection: (@Sendable (Database) throws -> Void)?

        public init(busyTimeout: TimeInterval = 5, prepareConnection: (@Sendable (Database) throws -> Void)? = nil) {
            self.busyTimeout = busyTimeout
            self.prepareConnection = prepareConnection
        }
    }

    private let dbWriter: any DatabaseWriter
    /// The progress file, or `:memory:`.
    public let path: String

    /// Marks a Recall progress file in the SQLite header ("RCLL"), so another program's database is refused.
    static let applicationID: Int32 = 0x5243_4C4C

    /// Opens (creating if needed) the progress file at `path`, whose folder must exist.
    ///
    /// Refused, with the file left untouched: a folder that does not exist, a path that is not a regular
    /// file, a file that is not SQLite or is another program's database, a file a newer Recall has migrated,
    /// a damaged file, and a file or folder that cannot be written.
    public init(path: String, options: Options = Options()) throws(ProgressStoreError) {
        try Self.checkPath(path)
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: Self.configuration(options))
        } catch {
            throw Self.translate(error, path: path)
        }
        try self.init(queue: queue, path: path)
    }

    /// A private in-memory store with the same configuration and schema, for tests and benchmarks.
    public static func inMemory(options: Options = Options()) throws(ProgressStoreError) -> ProgressStore {
        do {
            let queue = try DatabaseQueue(configuration: configuration(options))
            return try ProgressStore(queue: queue, path: ":memory:")
        } catch let error as ProgressStoreError {
            throw error
        } catch {
            throw translate(error, path: ":memory:")
        }
    }

    private init(queue: DatabaseQueue, path: String) throws(ProgressStoreError) {
        self.dbWriter = queue
        self.path = path
        do {
            // Look before touching: nothing below writes until the file is known to be ours and not newer.
            let isCurrent = try queue.read { db in try Self.checkSchema(db, path: path) }
            if path != ":memory:" {
                try queue.writeWithoutTransaction { db in
                    if !isCurrent {
                        // A new file: 8 KiB pages (before the first write fixes the size) make a large
                        // import's B-trees shallower and its journal writes fewer; no effect on an existing file.
                        try db.execute(sql: "PRAGMA page_size = 8192")
                    }
                    let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
                    guard mode == "wal" else {
                        throw ProgressStoreError.database(path: path, detail: "SQLite would not switch it to WAL mode")
                    }
                    // FULL: a commit is on disk before the caller continues, even if the power fails.
                    try db.execute(sql: "PRAGMA synchronous = FULL")
                }
            }
            if !isCurrent {
                try migrate(queue)
            }
        } catch let error as ProgressStoreError {
            throw error
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    /// Runs the migrations; when another process created the file at the same moment and won, its work stands.
    private func migrate(_ queue: DatabaseQueue) throws {
        do {
            try Self.migrator.migrate(queue)
        } catch {
            let done = try queue.read { db in try Self.migrator.hasCompletedMigrations(db) }
            if !done { throw error }
        }
    }

    static func configuration(_ options: Options) -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(options.busyTimeout)
        configuration.label = "Recall.ProgressStore"
        let prepare = options.prepareConnection
        configuration.prepareDatabase { db in
            try prepare?(db)
        }
        return configuration
    }

    /// True when the file is fully migrated; throws when it is another program's or a newer Recall's.
    private static func checkSchema(_ db: Database, path: String) throws -> Bool {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if applicationID != Self.applicationID {
            // The migrator makes its own table before the first migration marks the file as Recall's: a file
            // holding only that table is one another Recall is creating right now, so it is ours to finish.
            let objects = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM sqlite_master
                WHERE name NOT IN ('grdb_migrations', 'sqlite_autoindex_grdb_migrations_1')
                """) ?? 0
            if applicationID != 0 || objects > 0 {
                throw ProgressStoreError.notRecall(path: path)
            }
            return false
        }
        let applied = try migrator.appliedIdentifiers(db)
        let known = Set(migrator.migrations)
        let unknown = applied.subtracting(known)
        if !unknown.isEmpty {
            throw ProgressStoreError.newerSchema(path: path, unknownMigrations: unknown.sorted())
        }
        return try migrator.hasCompletedMigrations(db)
    }

    /// Refuses, before SQLite opens anything, the paths it would create files beside or misread.
    private static func checkPath(_ path: String) throws(ProgressStoreError) {
        let manager = FileManager.default
        let folder = (path as NSString).deletingLastPathComponent
        let folderPath = folder.isEmpty ? "." : folder
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: folderPath, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .missingFolder(path: path, folder: folderPath)
        }
        if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
            let attributes = try? manager.attributesOfItem(atPath: path)
            guard !isDirectory.boolValue, attributes?[.type] as? FileAttributeType == .typeRegular else {
                throw .notAFile(path: path)
            }
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw .readOnly(path: path, detail: "it cannot even be read (check its permissions)")
            }
            let header = (try? handle.read(upToCount: 16)) ?? Data()
            try? handle.close()
            if !header.isEmpty && header != Data("SQLite format 3\0".utf8) {
                throw .notSQLite(path: path)
            }
            // The write bits are honoured even for root, who could write anyway: a file someone marked
            // read-only is not to be changed.
            let permissions = (attributes?[.posixPermissions] as? NSNumber)?.intValue ?? 0o644
            if access(path, W_OK) != 0 || permissions & 0o222 == 0 {
                throw .readOnly(path: path, detail: "the file is read-only")
            }
        }
        if access(folderPath, W_OK) != 0 {
            throw .readOnly(path: path, detail: "its folder '\(folderPath)' is read-only (SQLite keeps a journal beside the file)")
        }
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
    func write<T>(_ updates: (Database) throws -> T) throws(ProgressStoreError) -> T {
        do {
            return try dbWriter.write(updates)
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    /// Runs `value` in a read transaction (a consistent snapshot).
    func read<T>(_ value: (Database) throws -> T) throws(ProgressStoreError) -> T {
        do {
            return try dbWriter.read(value)
        } catch {
            throw Self.translate(error, path: path)
        }
    }
}
