import GRDB

extension ProgressStore {
    /// The schema, migration by migration. A shipped migration is never edited: change the schema with a new
    /// one appended at the end (see docs/schema.md). Names are spelt out as strings so that renaming a Swift
    /// property can never change what an old migration does.
    ///
    /// CHECK constraints list allowed values with OR, never `IN (…)`: SQLite evaluates an IN list in a
    /// CHECK by building a small temporary table for every row written, which made a million-review
    /// import take four seconds longer.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()

        migrator.registerMigration("v1 learners, classes, card states, reviews, settings") { db in
            try db.execute(sql: "PRAGMA application_id = \(ProgressStore.applicationID)")

            try db.execute(
                sql: """
                    CREATE TABLE learner (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        name TEXT NOT NULL UNIQUE
                    );

                    CREATE TABLE schoolClass (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        name TEXT NOT NULL UNIQUE
                    );

                    CREATE TABLE membership (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        learnerId INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
                        schoolClassId INTEGER NOT NULL REFERENCES schoolClass(id) ON DELETE CASCADE,
                        UNIQUE (learnerId, schoolClassId)
                    );
                    CREATE INDEX membership_on_schoolClassId ON membership(schoolClassId);

                    CREATE TABLE cardState (
                        learnerId INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
                        card TEXT NOT NULL CHECK (card <> ''),
                        deck TEXT,
                        fact TEXT,
                        phase TEXT NOT NULL CHECK (phase = 'new' OR phase = 'learning' OR phase = 'review' OR phase = 'relearning'),
                        step INTEGER,
                        stability REAL,
                        difficulty REAL,
                        ease REAL NOT NULL,
                        intervalDays INTEGER NOT NULL,
                        due INTEGER NOT NULL,
                        lastReview INTEGER,
                        reps INTEGER NOT NULL,
                        lapses INTEGER NOT NULL,
                        PRIMARY KEY (learnerId, card)
                    ) WITHOUT ROWID;
                    CREATE INDEX cardState_on_learnerId_due ON cardState(learnerId, due);
                    CREATE INDEX cardState_on_learnerId_lastReview ON cardState(learnerId, lastReview);

                    CREATE TABLE review (
                        id TEXT NOT NULL PRIMARY KEY CHECK (id <> ''),
                        learnerId INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
                        card TEXT NOT NULL CHECK (card <> ''),
                        deck TEXT,
                        fact TEXT,
                        questionForm TEXT,
                        rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
                        reviewedAt INTEGER NOT NULL,
                        durationMs INTEGER CHECK (durationMs >= 0),
                        source TEXT NOT NULL CHECK (source = 'study' OR source = 'paper' OR source = 'import' OR source = 'cram'),
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
                    CREATE UNIQUE INDEX review_on_learnerId_card_reviewedAt ON review(learnerId, card, reviewedAt);

                    CREATE TABLE setting (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        scope TEXT NOT NULL CHECK (scope = 'global' OR scope = 'class' OR scope = 'learner'),
                        schoolClassId INTEGER REFERENCES schoolClass(id) ON DELETE CASCADE,
                        learnerId INTEGER REFERENCES learner(id) ON DELETE CASCADE,
                        "key" TEXT NOT NULL,
                        value TEXT NOT NULL,
                        CHECK (
                            (scope = 'global' AND schoolClassId IS NULL AND learnerId IS NULL)
                            OR (scope = 'class' AND schoolClassId IS NOT NULL AND learnerId IS NULL)
                            OR (scope = 'learner' AND learnerId IS NOT NULL AND schoolClassId IS NULL)
                        )
                    );
                    CREATE UNIQUE INDEX setting_on_scope_owner_key
                        ON setting(scope, ifnull(schoolClassId, 0), ifnull(learnerId, 0), "key");
                    CREATE INDEX setting_on_learnerId ON setting(learnerId);
                    CREATE INDEX setting_on_schoolClassId ON setting(schoolClassId);
                    """)
        }

        migrator.registerMigration("v2 printed quizzes and graded papers", migrate: createQuizTables)

        migrator.registerMigration("v3 buried cards") { db in
            try db.execute(
                sql: """
                    CREATE TABLE buriedCard (
                        learnerId INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
                        card TEXT NOT NULL,
                        until INTEGER NOT NULL,
                        PRIMARY KEY (learnerId, card)
                    ) WITHOUT ROWID;
                    """)
        }

        migrator.registerMigration("v4 reviews brought in from Anki", migrate: allowAnkiReviews)
        migrator.registerMigration("v5 sync with a school server", migrate: createSyncTables)
        migrator.registerMigration("v6 fitted FSRS parameters", migrate: createFittedParametersTable)
        migrator.registerMigration("v7 interrupted imports") { db in
            // One row while a large import is under way, deleted with its last chunk: what is left after a
            // kill or a full disk says which import to run again (see docs/schema.md).
            try db.execute(
                sql: """
                    CREATE TABLE importRun (
                        id TEXT NOT NULL PRIMARY KEY,
                        source TEXT NOT NULL,
                        reviews INTEGER NOT NULL CHECK (reviews >= 0),
                        written INTEGER NOT NULL CHECK (written >= 0)
                    );
                    """)
        }

        return migrator
    }()
}
