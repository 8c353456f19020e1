import Foundation
import GRDB

/// An open progress file: its connections and its integrity check, closed in an order that never lets a
/// refused file be checkpointed.
///
/// SQLite's last connection to close copies the write-ahead log into the file and deletes it. So when the
/// file is damaged (or its check never finished) and a log was there before, the read-write connections
/// close first, while the read-only checking connection still holds the file open, and the read-only one,
/// which cannot checkpoint, closes last.
final class ProgressFile: @unchecked Sendable {
    let writer: any DatabaseWriter
    /// The file SQLite opened (links resolved); nil in memory.
    let resolvedPath: String?
    private let check: IntegrityCheck?
    /// A write-ahead log lay beside the file before Recall opened it.
    private let hadWriteAheadLog: Bool

    init(path: String, options: ProgressStore.Options) throws(ProgressStoreError) {
        let found = try FileInspection.inspect(path)
        // Look before touching: nothing below writes until the file is known to be ours and not newer.
        var isCurrent = false
        if !found.isNew {
            let inspector = try InspectionConnection(found.resolvedPath, immutable: !found.hasWriteAheadLog, reportingAs: path)
            isCurrent = try Self.checkSchema(inspector, path: path)
            if !isCurrent && options.checksIntegrity {
                // Migrating writes: an older file is checked in full first.
                if case .damaged(let detail) = try IntegrityCheck.run(inspector) {
                    throw .damaged(path: path, detail: detail)
                }
            }
        }
        hadWriteAheadLog = found.hasWriteAheadLog
        resolvedPath = found.resolvedPath
        // One connection, a DatabaseQueue, not a DatabasePool: GRDB's pool writes a small transaction when it
        // opens a file whose write-ahead log is empty (to make the log non-empty), which would write to a file
        // not yet known to be sound. Reads from other threads (the study session's look-ahead) take turns
        // with writes; each takes milliseconds.
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(
                path: found.resolvedPath, configuration: ProgressStore.configuration(options, newFile: found.isNew, walMode: true))
        } catch {
            throw ProgressStore.translate(error, path: path)
        }
        writer = queue
        if isCurrent && options.checksIntegrity {
            let connection: InspectionConnection
            do {
                connection = try InspectionConnection(found.resolvedPath, immutable: false, reportingAs: path)
            } catch {
                try? queue.close()
                throw error
            }
            check = IntegrityCheck(connection: connection, path: path)
        } else {
            check = nil
        }
        if !isCurrent {
            do {
                try Self.migrate(queue)
            } catch {
                throw ProgressStore.translate(error, path: path)
            }
        }
    }

    init(inMemory options: ProgressStore.Options) throws(ProgressStoreError) {
        hadWriteAheadLog = false
        resolvedPath = nil
        check = nil
        do {
            let queue = try DatabaseQueue(configuration: ProgressStore.configuration(options, newFile: false, walMode: false))
            writer = queue
            try Self.migrate(queue)
        } catch {
            throw ProgressStore.translate(error, path: ":memory:")
        }
    }

    deinit {
        guard let check else { return }
        check.stop()
        if check.current == .sound || !hadWriteAheadLog {
            // A sound file closes as usual; so does a refused one that had no log, whose log (empty: nothing
            // was written) SQLite then deletes, leaving the folder as it was.
            check.close()
            try? writer.close()
        } else {
            try? writer.close()
            check.close()
        }
    }

    /// Throws unless the integrity check found the file sound (waiting for it).
    func requireSound() throws(ProgressStoreError) {
        try check?.requireSound()
    }

    /// Runs the migrations. Another process creating the same file at the same moment may run some of them
    /// first (the migrator decides what is left before it takes the lock for each): its work stands, and
    /// what it has not done yet is run again from where the file is.
    private static func migrate(_ writer: any DatabaseWriter) throws {
        var attempts = 0
        while true {
            do {
                try ProgressStore.migrator.migrate(writer)
                return
            } catch {
                if try writer.read({ db in try ProgressStore.migrator.hasCompletedMigrations(db) }) { return }
                attempts += 1
                let started = try writer.read { db in try !ProgressStore.migrator.appliedIdentifiers(db).isEmpty }
                guard started, attempts < 8 else { throw error }
                usleep(UInt32(attempts) * 5_000)
            }
        }
    }

    /// True when the file is fully migrated; throws when it is another program's, a newer Recall's, or a
    /// Recall file that has lost its record of migrations.
    private static func checkSchema(_ inspector: InspectionConnection, path: String) throws(ProgressStoreError) -> Bool {
        let applicationID = Int32(truncatingIfNeeded: try inspector.integer("PRAGMA application_id"))
        let objects = try inspector.texts("SELECT name FROM sqlite_master").compactMap { $0 }
        let hasMigrationTable = objects.contains("grdb_migrations")
        let applied = hasMigrationTable ? Set(try inspector.texts("SELECT identifier FROM grdb_migrations").compactMap { $0 }) : []
        let known = ProgressStore.migrator.migrations
        if applicationID != ProgressStore.applicationID {
            // The migrator makes its own table before the first migration marks the file as Recall's: a file
            // holding only that table, with nothing recorded in it, is one another Recall is creating right
            // now, so it is ours to finish. Anything else is another program's, whatever its tables are called.
            let others = objects.filter { $0 != "grdb_migrations" && $0 != "sqlite_autoindex_grdb_migrations_1" }
            let userVersion = try inspector.integer("PRAGMA user_version")
            if applicationID != 0 || !others.isEmpty || !applied.isEmpty || userVersion != 0 {
                throw .notRecall(path: path)
            }
            return false
        }
        // The first migration marks the file as Recall's in the same transaction as it records itself.
        guard hasMigrationTable, let first = known.first, applied.contains(first) else {
            throw .damaged(path: path, detail: "it is marked as a Recall file but its record of migrations is missing")
        }
        let unknown = applied.subtracting(known)
        if !unknown.isEmpty {
            throw .newerSchema(path: path, unknownMigrations: unknown.sorted())
        }
        return applied.count == known.count
    }
}
