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

    @Test("a folder that does not exist is refused, and not created")
    func missingFolder() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("nowhere/recall.sqlite")
        #expect(openingError(path) == .missingFolder(path: path, folder: folder.file("nowhere")))
        #expect(!FileManager.default.fileExists(atPath: folder.file("nowhere")))
        #expect(openingError(path)?.description == "cannot open the progress file '\(path)': the folder '\(folder.file("nowhere"))' does not exist")
    }

    @Test("a folder given as the file is refused")
    func folderAsFile() throws {
        let folder = try TemporaryFolder()
        #expect(openingError(folder.path) == .notAFile(path: folder.path))
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
        #expect(openingError(path)?.description == "'\(path)' is not a Recall progress file (it is not an SQLite database); it was left untouched")
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
        let store = try ProgressStore(path: path, options: .init(prepareConnection: { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages + 2)")
        }))
        let many = (0..<2000).map { index in
            ReviewLogEntry(learner: learner("bob"), card: "deck/events/e-\(index)/date", reviewedAt: at("2026-01-02T10:00:00Z"), rating: .good)
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
