import GRDB

extension ProgressStore {
    /// The migration that adds printed quizzes and graded papers (registered at the end of `migrator`).
    /// Shipped migrations are never edited; names are strings so renaming Swift properties cannot change it.
    static func createQuizTables(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE quiz (
                    id TEXT NOT NULL PRIMARY KEY CHECK (id <> ''),
                    deck TEXT NOT NULL,
                    title TEXT NOT NULL,
                    createdAt INTEGER NOT NULL,
                    manifest TEXT NOT NULL CHECK (json_valid(manifest))
                );

                CREATE TABLE gradedPaper (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    quizId TEXT NOT NULL REFERENCES quiz(id) ON DELETE CASCADE,
                    learnerId INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
                    version TEXT NOT NULL CHECK (version <> ''),
                    score INTEGER NOT NULL CHECK (score >= 0),
                    total INTEGER NOT NULL CHECK (total >= score),
                    gradedAt INTEGER NOT NULL,
                    UNIQUE (quizId, learnerId)
                );
                CREATE INDEX gradedPaper_on_learnerId ON gradedPaper(learnerId);
                """)
    }
}
