import GRDB

extension ProgressStore {
    /// Lets `review.source` be `anki`. SQLite cannot change a CHECK constraint in place, so the table is
    /// rebuilt the way SQLite's documentation prescribes: a new table, the rows copied over in key order,
    /// the old one dropped, the new one renamed and its index made again. Foreign keys are checked when the
    /// migration ends (GRDB's default), so dropping the old table cascades to nothing.
    static func allowAnkiReviews(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE review_v4 (
                    id TEXT NOT NULL PRIMARY KEY CHECK (id <> ''),
                    learnerId INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
                    card TEXT NOT NULL CHECK (card <> ''),
                    deck TEXT,
                    fact TEXT,
                    questionForm TEXT,
                    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
                    reviewedAt INTEGER NOT NULL,
                    durationMs INTEGER CHECK (durationMs >= 0),
                    source TEXT NOT NULL CHECK (source = 'study' OR source = 'paper' OR source = 'import' OR source = 'anki' OR source = 'cram'),
                    answer TEXT,
                    correct INTEGER CHECK (correct = 0 OR correct = 1),
                    phaseBefore TEXT NOT NULL CHECK (phaseBefore = 'new' OR phaseBefore = 'learning' OR phaseBefore = 'review' OR phaseBefore = 'relearning'),
                    intervalDaysBefore INTEGER NOT NULL,
                    phaseAfter TEXT NOT NULL CHECK (phaseAfter = 'new' OR phaseAfter = 'learning' OR phaseAfter = 'review' OR phaseAfter = 'relearning'),
                    stepAfter INTEGER,
                    stabilityAfter REAL,
                    difficultyAfter REAL,
                    easeAfter REAL NOT NULL,
                    intervalDaysAfter INTEGER NOT NULL,
                    dueAfter INTEGER NOT NULL,
                    lastReviewAfter INTEGER,
                    repsAfter INTEGER NOT NULL,
                    lapsesAfter INTEGER NOT NULL
                );
                INSERT INTO review_v4 SELECT * FROM review ORDER BY id;
                DROP TABLE review;
                ALTER TABLE review_v4 RENAME TO review;
                CREATE UNIQUE INDEX review_on_learnerId_card_reviewedAt ON review(learnerId, card, reviewedAt);
                """)
    }
}
