import Foundation
import GRDB
import Scheduling
import Testing

@testable import ProgressStore

/// Opening progress files: what is refused, and that refused files are left exactly as they were.
@Suite("ProgressStore opening")
struct ProgressStoreTests {
    /// The error opening `path` throws, if any.
    func openingError(_ path: String, options: ProgressStore.Options = .init()) -> ProgressStoreError? {
        do {
            _ = try ProgressStore(path: path, options: options)
            return nil
        } catch {
            return error
        }
    }

    /// The files in the folder, for checking that nothing was created beside a refused file.
    func listing(_ folder: TemporaryFolder) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test("a new file is created in WAL mode, marked as Recall's and fully migrated; reopening keeps its data")
    func createsAndReopens() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("recall.sqlite")
        do {
            let store = try ProgressStore(path: path)
            try store.record(ReviewDraft(learner: learner("alice"), card: "d/events/e/date", rating: .good), at: at("2026-01-01T10:00:00Z"))
        }
        let header = try #require(contents(path))
        #expect(header.prefix(16) == Data("SQLite format 3\0".utf8))
        #expect(header[18] == 2 && header[19] == 2)  // WAL
        let store = try ProgressStore(path: path)
        #expect(try store.history(of: "d/events/e/date", for: learner("alice")).count == 1)
        let raw = try DatabaseQueue(path: path)
        let (applicationID, migrated) = try raw.read { db in
            (try Int32.fetchOne(db, sql: "PRAGMA application_id"), try ProgressStore.migrator.hasCompletedMigrations(db))
        }
        #expect(applicationID == ProgressStore.applicationID)
        #expect(migrated)
    }

    @Test("two programs creating the same new file at the same moment both open it, fully migrated")
    func twoProgramsCreateOneFile() throws {
        let folder = try TemporaryFolder()
        for round in 0..<40 {
            let path = folder.path + "/race-\(round).sqlite"
            let failures = ErrorBox()
            let start = DispatchSemaphore(value: 0)
            let group = DispatchGroup()
            for _ in 0..<2 {
                group.enter()
                Thread.detachNewThread {
                    start.wait()
                    do { _ = try ProgressStore(path: path) } catch { failures.add("\(error)") }
                    group.leave()
                }
            }
            start.signal()
            start.signal()
            group.wait()
            #expect(failures.all.isEmpty, "round \(round): \(failures.all)")
            if !failures.all.isEmpty { break }
        }
    }

    @Test("a folder that does not exist is refused, and not created")
    func missingFolder() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("nowhere/recall.sqlite")
        #expect(openingError(path) == .missingFolder(path: path, folder: folder.file("nowhere")))
        #expect(!FileManager.default.fileExists(atPath: folder.file("nowhere")))
        #expect(
            openingError(path)?.description
                == "cannot open the progress file '\(path)': the folder '\(folder.file("nowhere"))' does not exist")
    }

    @Test("a folder given as the file is refused")
    func folderAsFile() throws {
        let folder = try TemporaryFolder()
        #expect(openingError(folder.path) == .notAFile(path: folder.path, detail: "it is a folder, not a file"))
    }

    @Test("a file that is not SQLite is refused and left untouched")
    func notSQLite() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("notes.sqlite")
        let text = Data("These are my notes, not a database.\n".utf8)
        try text.write(to: URL(fileURLWithPath: path))
        #expect(openingError(path) == .notSQLite(path: path))
        #expect(contents(path) == text)
        #expect(listing(folder) == ["notes.sqlite"])
        #expect(
            openingError(path)?.description
                == "'\(path)' is not a Recall progress file (it is not an SQLite database); it was left untouched")
    }

    @Test("another program's SQLite database is refused and left untouched")
    func foreignDatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("other.sqlite")
        do {
            let other = try DatabaseQueue(path: path)
            try other.write { db in try db.execute(sql: "CREATE TABLE photo (id INTEGER PRIMARY KEY); INSERT INTO photo DEFAULT VALUES") }
        }
        let before = contents(path)
        #expect(openingError(path) == .notRecall(path: path))
        #expect(contents(path) == before)
        #expect(listing(folder) == ["other.sqlite"])
    }

    @Test("a file another Recall is creating at this moment (its migrations table made, nothing else yet) opens")
    func fileBeingCreatedByAnotherProcess() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("recall.sqlite")
        do {
            // What a second `recall study` sees while the first has begun migrating a new file.
            let raw = try DatabaseQueue(path: path)
            try raw.write { db in try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)") }
        }
        #expect(openingError(path) == nil)
        let store = try ProgressStore(path: path)
        try store.record(ReviewDraft(learner: learner("alice"), card: "c", rating: .good), at: at("2026-01-01T10:00:00Z"))
    }

    @Test("a file a newer Recall migrated is refused with the migrations it does not know, and left untouched")
    func newerSchema() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("recall.sqlite")
        do {
            let store = try ProgressStore(path: path)
            try store.record(ReviewDraft(learner: learner("alice"), card: "c", rating: .good), at: at("2026-01-01T10:00:00Z"))
        }
        do {
            let raw = try DatabaseQueue(path: path)
            try raw.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9 something from the future')")
                try db.execute(sql: "CREATE TABLE future (id INTEGER PRIMARY KEY)")
            }
        }
        let before = contents(path)
        let error = openingError(path)
        #expect(error == .newerSchema(path: path, unknownMigrations: ["v9 something from the future"]))
        #expect(error?.description.contains("was written by a newer version of Recall") == true)
        #expect(contents(path) == before)
        #expect(listing(folder) == ["recall.sqlite"])
    }

    @Test("a damaged file is refused with SQLite's words and left untouched")
    func damaged() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("recall.sqlite")
        do {
            let store = try ProgressStore(path: path)
            try store.record(ReviewDraft(learner: learner("alice"), card: "c", rating: .good), at: at("2026-01-01T10:00:00Z"))
        }
        // Scribble over the schema page after the 100-byte header.
        var bytes = try #require(contents(path))
        for index in 100..<1024 { bytes[index] = 0xA5 }
        try bytes.write(to: URL(fileURLWithPath: path))
        let error = openingError(path)
        guard case .damaged(path, _)? = error else {
            Issue.record("expected a damaged-file error, got \(String(describing: error))")
            return
        }
        #expect(error?.description.contains("is damaged") == true)
        #expect(contents(path) == bytes)
    }

    /// A progress file of `count` reviews, closed, whose bytes the caller may then damage.
    func fileWithReviews(_ folder: TemporaryFolder, count: Int) throws -> String {
        let path = folder.file("recall.sqlite")
        let store = try ProgressStore(path: path)
        try store.importReviews(
            (0..<count).map { index in
                ReviewLogEntry(
                    learner: learner("alice"), card: "deck/events/e-\(index)/date", reviewedAt: at("2026-01-01T10:00:00Z"),
                    rating: .good, answer: String(repeating: "answer ", count: 20))
            })
        return path
    }

    /// The file's bytes with the header of one table leaf page in its middle made impossible: a free-space
    /// corruption that only a full check finds, since writes elsewhere never read that page.
    func damageOnePage(_ path: String) throws -> Data {
        var bytes = try #require(contents(path))
        let pageSize = 8192
        let pages = bytes.count / pageSize
        let leaf = try #require((2..<pages / 2).reversed().first { bytes[$0 * pageSize] == 0x0D })
        bytes[leaf * pageSize + 1] = 0x1F
        bytes[leaf * pageSize + 2] = 0xF0
        try bytes.write(to: URL(fileURLWithPath: path))
        return bytes
    }

    @Test("a file damaged deep inside is refused at its first write, by every kind of writer, and left untouched")
    func damagedDeepInside() throws {
        let folder = try TemporaryFolder()
        let path = try fileWithReviews(folder, count: 3000)
        let damaged = try damageOnePage(path)
        let writes: [(String, (ProgressStore) throws -> Void)] = [
            ("record", { try $0.record(ReviewDraft(learner: learner("bob"), card: "c", rating: .good), at: at("2026-01-02T10:00:00Z")) }),
            ("settings", { try $0.set(.fuzz, to: "off", for: .global) }),
            ("class", { _ = try $0.createClass("9a") }),
            (
                "import",
                {
                    try $0.importReviews([
                        ReviewLogEntry(learner: learner("bob"), card: "c", reviewedAt: at("2026-01-03T10:00:00Z"), rating: .good)
                    ])
                }
            ),
            ("bury", { try $0.bury("c", for: learner("bob"), until: at("2026-01-04T00:00:00Z")) }),
        ]
        for (name, write) in writes {
            let store = try ProgressStore(path: path)
            do {
                try write(store)
                Issue.record("\(name) wrote to a damaged file")
            } catch let error as ProgressStoreError {
                guard case .damaged(path, let detail) = error else {
                    Issue.record("\(name): expected a damaged-file error, got \(error)")
                    continue
                }
                #expect(detail.contains("free space corruption"), "\(detail)")
                #expect(error.description.contains("recall progress export"))
                #expect(error.description.contains("recall doctor"))
            }
        }
        #expect(contents(path) == damaged)
        #expect(listing(folder) == ["recall.sqlite"])
        // What can still be read, can be read.
        #expect(try ProgressStore(path: path).learners().map(\.name) == ["alice"])
        #expect(listing(folder) == ["recall.sqlite"])
    }

    @Test("a damaged file with a write-ahead log beside it keeps both exactly as they were")
    func damagedWithWriteAheadLog() throws {
        let folder = try TemporaryFolder()
        let path = try fileWithReviews(folder, count: 3000)
        let damaged = try damageOnePage(path)
        // Another program's connection leaves a log with a committed change in it, as a crash would.
        let log = folder.file("recall.sqlite-wal")
        do {
            let other = try DatabaseQueue(path: path)
            try other.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0")
                try db.execute(sql: "INSERT INTO schoolClass (name) VALUES ('x')")
            }
            // Copied while still open: the state a crash leaves, the change only in the log.
            try FileManager.default.copyItem(atPath: log, toPath: log + ".saved")
            try FileManager.default.copyItem(atPath: path, toPath: path + ".saved")
        }
        for name in ["recall.sqlite", "recall.sqlite-wal", "recall.sqlite-shm"] {
            try? FileManager.default.removeItem(atPath: folder.file(name))
        }
        try FileManager.default.moveItem(atPath: log + ".saved", toPath: log)
        try FileManager.default.moveItem(atPath: path + ".saved", toPath: path)
        let (file, journal) = (contents(path), contents(log))
        #expect(journal?.isEmpty == false)
        do {
            let store = try ProgressStore(path: path)
            #expect(throws: ProgressStoreError.self) { try store.set(.fuzz, to: "off", for: .global) }
        }
        #expect(contents(path) == file)
        #expect(contents(path) == damaged)
        #expect(contents(log) == journal)
    }

    @Test("another GRDB application's file is refused before anything is written, whatever tables it has")
    func otherGRDBApplication() throws {
        let folder = try TemporaryFolder()
        for tables in ["", "CREATE TABLE player (id INTEGER PRIMARY KEY);", "CREATE TABLE learner (id INTEGER PRIMARY KEY, name TEXT);"] {
            let path = folder.file("other\(tables.count).sqlite")
            do {
                var migrator = DatabaseMigrator()
                migrator.registerMigration("createPlayers") { db in if !tables.isEmpty { try db.execute(sql: tables) } }
                let other = try DatabasePool(path: path)
                try migrator.migrate(other)
            }
            let before = contents(path)
            let files = listing(folder)
            #expect(openingError(path) == .notRecall(path: path))
            #expect(contents(path) == before)
            #expect(listing(folder) == files)
        }
    }

    @Test("a Recall file that lost its record of migrations is refused and left untouched")
    func missingMigrationTable() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("recall.sqlite")
        do { _ = try ProgressStore(path: path) }
        do {
            let raw = try DatabaseQueue(path: path)
            try raw.write { db in try db.execute(sql: "DROP TABLE grdb_migrations") }
        }
        let before = contents(path)
        guard case .damaged(path, let detail)? = openingError(path) else {
            Issue.record("expected a damaged-file error")
            return
        }
        #expect(detail == "it is marked as a Recall file but its record of migrations is missing")
        #expect(contents(path) == before)
        #expect(listing(folder) == ["recall.sqlite"])
    }

    @Test("a -wal beside the file that is not its own is refused, and neither file is touched")
    func foreignWriteAheadLog() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("recall.sqlite")
        do { _ = try ProgressStore(path: path) }
        let before = contents(path)
        // Not a log at all, then a log of a database with another page size.
        try Data(String(repeating: "not a log ", count: 50).utf8).write(to: URL(fileURLWithPath: path + "-wal"))
        guard case .foreignJournal(path, path + "-wal", let detail)? = openingError(path) else {
            Issue.record("expected a foreign-journal error")
            return
        }
        #expect(detail == "it is not an SQLite write-ahead log, or it is damaged")
        #expect(contents(path + "-wal") == Data(String(repeating: "not a log ", count: 50).utf8))
        let other = folder.file("other.sqlite")
        do {
            let queue = try DatabaseQueue(path: other)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA page_size = 4096; PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0")
                try db.execute(sql: "CREATE TABLE t (x); INSERT INTO t VALUES (1)")
            }
            try FileManager.default.removeItem(atPath: path + "-wal")
            try FileManager.default.copyItem(atPath: other + "-wal", toPath: path + "-wal")
        }
        let log = contents(path + "-wal")
        guard case .foreignJournal(path, path + "-wal", let sizes)? = openingError(path) else {
            Issue.record("expected a foreign-journal error")
            return
        }
        #expect(sizes == "its pages are 4096 bytes and the file's 8192: it belongs to another database")
        #expect(contents(path) == before)
        #expect(contents(path + "-wal") == log)
    }

    @Test("a link to a progress file opens that file; a link to nothing is refused")
    func symbolicLinks() throws {
        let folder = try TemporaryFolder()
        let target = folder.file("real.sqlite")
        do { _ = try ProgressStore(path: target) }
        try FileManager.default.createSymbolicLink(atPath: folder.file("link.sqlite"), withDestinationPath: target)
        let store = try ProgressStore(path: folder.file("link.sqlite"))
        try store.record(ReviewDraft(learner: learner("alice"), card: "c", rating: .good), at: at("2026-01-01T10:00:00Z"))
        #expect(try ProgressStore(path: target).history(of: "c", for: learner("alice")).count == 1)
        try FileManager.default.createSymbolicLink(atPath: folder.file("dangling.sqlite"), withDestinationPath: folder.file("gone.sqlite"))
        #expect(
            openingError(folder.file("dangling.sqlite"))
                == .notAFile(path: folder.file("dangling.sqlite"), detail: "it is a link to a file that does not exist"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("gone.sqlite")))
    }

    @Test("a read-only file is refused and left untouched, even for root")
    func readOnly() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("recall.sqlite")
        do { _ = try ProgressStore(path: path) }
        let before = contents(path)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        #expect(openingError(path) == .readOnly(path: path, detail: "the file is read-only"))
        #expect(contents(path) == before)
        #expect(listing(folder) == ["recall.sqlite"])
    }

    @Test("a write while another program holds the file locked fails cleanly after the busy timeout")
    func locked() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("recall.sqlite")
        let store = try ProgressStore(path: path, options: .init(busyTimeout: 0.2))
        _ = store.integrityProblem()
        let other = try DatabaseQueue(path: path)
        try other.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            #expect(throws: ProgressStoreError.locked(path: path)) {
                try store.record(ReviewDraft(learner: learner("alice"), card: "c", rating: .good), at: at("2026-01-01T10:00:00Z"))
            }
            try db.execute(sql: "ROLLBACK")
        }
        // Nothing half-written; the store works again once the lock is gone.
        #expect(try store.history(of: "c", for: learner("alice")).isEmpty)
        try store.record(ReviewDraft(learner: learner("alice"), card: "c", rating: .good), at: at("2026-01-01T10:00:00Z"))
        #expect(try store.history(of: "c", for: learner("alice")).count == 1)
    }

    @Test("a full disk fails the one operation and leaves everything before it intact")
    func diskFull() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("recall.sqlite")
        do {
            let store = try ProgressStore(path: path)
            try store.record(ReviewDraft(learner: learner("alice"), card: "c", rating: .good), at: at("2026-01-01T10:00:00Z"))
        }
        // A disk with only a few pages left.
        let store = try ProgressStore(
            path: path,
            options: .init(prepareConnection: { db in
                let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
                try db.execute(sql: "PRAGMA max_page_count = \(pages + 2)")
            }))
        let many = (0..<2000).map { index in
            ReviewLogEntry(
                learner: learner("bob"), card: "deck/events/e-\(index)/date", reviewedAt: at("2026-01-02T10:00:00Z"), rating: .good)
        }
        #expect(throws: ProgressStoreError.diskFull(path: path)) { try store.importReviews(many) }
        #expect(try store.exportReviews().count == 1)
        #expect(try store.cardState(of: "c", for: learner("alice")) != nil)
    }

    @Test("thirty stores writing to one file at once all succeed")
    func concurrentWriters() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("recall.sqlite")
        _ = try ProgressStore(path: path)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<30 {
                group.addTask {
                    let store = try ProgressStore(path: path)
                    for review in 0..<5 {
                        try store.record(
                            ReviewDraft(learner: learner("l\(writer)"), card: "deck/events/e-\(review)/date", rating: .good),
                            at: Date(timeIntervalSince1970: 1_767_225_600 + Double(review)))
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try ProgressStore(path: path).exportReviews().count == 150)
    }
}

/// Errors gathered from several threads.
final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [String] = []
    func add(_ error: String) { lock.withLock { errors.append(error) } }
    var all: [String] { lock.withLock { errors } }
}
