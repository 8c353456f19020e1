import GRDB

extension ProgressStore {
    /// `v5 sync with a school server`: which learners sync, how far they have pulled, and which of their
    /// reviews the server does not have yet.
    ///
    /// The outbox is filled by triggers rather than by the code that writes reviews, so that every path
    /// that adds a review (study, paper grades, imports, bulk imports) is covered without knowing about
    /// sync; for learners who do not sync, the insert trigger's cost is one lookup in a table of a few rows.
    /// Review rowids cannot serve as a cursor instead: `VACUUM` renumbers them (the table has a text key).
    static func createSyncTables(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE syncCursor (
                    learnerId INTEGER NOT NULL PRIMARY KEY REFERENCES learner(id) ON DELETE CASCADE,
                    server TEXT NOT NULL CHECK (server <> ''),
                    pulledThrough INTEGER NOT NULL DEFAULT 0 CHECK (pulledThrough >= 0)
                ) WITHOUT ROWID;

                CREATE TABLE syncPending (
                    learnerId INTEGER NOT NULL REFERENCES syncCursor(learnerId) ON DELETE CASCADE,
                    reviewId TEXT NOT NULL,
                    PRIMARY KEY (learnerId, reviewId)
                ) WITHOUT ROWID;

                CREATE TRIGGER review_inserted_awaits_sync AFTER INSERT ON review
                WHEN EXISTS (SELECT 1 FROM syncCursor WHERE learnerId = new.learnerId)
                BEGIN
                    INSERT OR IGNORE INTO syncPending (learnerId, reviewId) VALUES (new.learnerId, new.id);
                END;

                CREATE TRIGGER review_deleted_leaves_sync AFTER DELETE ON review
                BEGIN
                    DELETE FROM syncPending WHERE learnerId = old.learnerId AND reviewId = old.id;
                END;
                """)
    }
}
