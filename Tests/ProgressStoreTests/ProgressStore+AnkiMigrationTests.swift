import Foundation
import GRDB
import Scheduling
import Testing

@testable import ProgressStore

/// Migration v4: reviews may come from Anki, and a file made before keeps every review it had.
@Suite struct ProgressStoreAnkiMigrationTests {
    @Test func aFileFromBeforeKeepsItsReviewsAndTakesAnkiOnes() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("recall.sqlite")
        // A file as the previous version left it: migrated up to v3, with one review.
        let raw = try DatabaseQueue(path: path)
        try ProgressStore.migrator.migrate(raw, upTo: "v3 buried cards")
        try raw.write { db in
            try db.execute(sql: "INSERT INTO learner (id, name) VALUES (1, 'alice')")
            try db.execute(
                sql: """
                    INSERT INTO review VALUES ('r1', 1, 'd/events/e/date', 'd', 'events/e', NULL, 3, 1767261600000000, NULL,
                        'study', NULL, NULL, 'new', 0, 'learning', 1, 2.3065, 2.118103970459016, 2.5, 0, 1767262200000000,
                        1767261600000000, 1, 0)
                    """)
            #expect(throws: (any Error).self) { try db.execute(sql: "UPDATE review SET source = 'anki'") }
        }
        try raw.close()

        let store = try ProgressStore(path: path)
        #expect(try store.history(of: "d/events/e/date", for: learner("alice")).map(\.source) == [.study])
        try store.importReviews([
            ReviewLogEntry(
                learner: learner("alice"), card: "d/cards/anki-1/back", reviewedAt: at("2026-01-02T10:00:00Z"), rating: .easy, source: .anki
            )
        ])
        let review = try #require(try store.history(of: "d/cards/anki-1/back", for: learner("alice")).first)
        #expect(review.source == .anki)
        #expect(review.after.phase != .new)
        let indexes = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'review' AND sql IS NOT NULL")
        }
        #expect(indexes == ["review_on_learnerId_card_reviewedAt"])
    }

    @Test func theSourceIsStillChecked() throws {
        let store = try ProgressStore.inMemory()
        try store.importReviews([
            ReviewLogEntry(learner: learner("bo"), card: "d/c", reviewedAt: at("2026-01-02T10:00:00Z"), rating: .good, source: .anki)
        ])
        #expect(throws: (any Error).self) {
            try store.write { db in try db.execute(sql: "UPDATE review SET source = 'elsewhere'") }
        }
    }
}
