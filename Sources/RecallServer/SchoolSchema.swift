import Logging
import PostgresNIO

/// The database's schema, migration by migration, and the check made before anything is written.
///
/// The rules are the progress file's (docs/server.md): a shipped migration is never edited, a new one is
/// appended with the next version; a database that a newer `recall-server` migrated further is refused,
/// never altered; an older one is migrated forward when the server starts (or by `recall-server migrate`).
/// Migrations run under an advisory lock, so two servers starting at once migrate once.
enum SchoolSchema {
    struct Migration {
        var version: Int
        var name: String
        var sql: [String]
    }

    static let migrations: [Migration] = [
        Migration(
            version: 1, name: "teachers, learners, classes, tokens, reviews, quizzes",
            sql: [
                """
                CREATE TABLE teacher (
                    id bigserial PRIMARY KEY,
                    name text NOT NULL UNIQUE,
                    created_at timestamptz NOT NULL DEFAULT now()
                )
                """,
                """
                CREATE TABLE learner (
                    id bigserial PRIMARY KEY,
                    name text NOT NULL UNIQUE,
                    last_seq bigint NOT NULL DEFAULT 0
                )
                """,
                """
                CREATE TABLE school_class (
                    id bigserial PRIMARY KEY,
                    name text NOT NULL UNIQUE,
                    teacher_id bigint NOT NULL REFERENCES teacher(id)
                )
                """,
                """
                CREATE TABLE membership (
                    id bigserial PRIMARY KEY,
                    learner_id bigint NOT NULL REFERENCES learner(id),
                    class_id bigint NOT NULL REFERENCES school_class(id) ON DELETE CASCADE,
                    UNIQUE (learner_id, class_id)
                )
                """,
                "CREATE INDEX membership_on_class_id ON membership(class_id)",
                """
                CREATE TABLE class_setting (
                    class_id bigint NOT NULL REFERENCES school_class(id) ON DELETE CASCADE,
                    key text NOT NULL,
                    value text NOT NULL,
                    PRIMARY KEY (class_id, key)
                )
                """,
                """
                CREATE TABLE token (
                    id bigserial PRIMARY KEY,
                    hash text NOT NULL UNIQUE CHECK (length(hash) = 64),
                    teacher_id bigint REFERENCES teacher(id),
                    learner_id bigint REFERENCES learner(id),
                    created_at timestamptz NOT NULL DEFAULT now(),
                    revoked_at timestamptz,
                    CHECK ((teacher_id IS NULL) <> (learner_id IS NULL))
                )
                """,
                "CREATE INDEX token_on_learner_id ON token(learner_id)",
                "CREATE INDEX token_on_teacher_id ON token(teacher_id)",
                """
                CREATE TABLE review (
                    learner_id bigint NOT NULL REFERENCES learner(id),
                    seq bigint NOT NULL,
                    id text NOT NULL UNIQUE,
                    card text NOT NULL,
                    reviewed_at bigint NOT NULL,
                    rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 4),
                    source text NOT NULL CHECK (source IN ('study', 'paper', 'import', 'cram')),
                    duration_ms integer,
                    question_form text,
                    answer text,
                    correct boolean,
                    received_at timestamptz NOT NULL DEFAULT now(),
                    PRIMARY KEY (learner_id, seq),
                    UNIQUE (learner_id, card, reviewed_at)
                )
                """,
                """
                CREATE TABLE quiz (
                    id text PRIMARY KEY,
                    class_id bigint NOT NULL REFERENCES school_class(id) ON DELETE CASCADE,
                    deck text NOT NULL,
                    title text NOT NULL,
                    created_at bigint NOT NULL,
                    manifest text NOT NULL
                )
                """,
                """
                CREATE TABLE graded_paper (
                    quiz_id text NOT NULL REFERENCES quiz(id) ON DELETE CASCADE,
                    learner_id bigint NOT NULL REFERENCES learner(id),
                    version text NOT NULL,
                    score integer NOT NULL,
                    total integer NOT NULL,
                    graded_at bigint NOT NULL,
                    PRIMARY KEY (quiz_id, learner_id)
                )
                """,
            ])
    ]

    /// What `check` found.
    enum State: Equatable {
        case current
        /// Migrations this build knows that the database has not run.
        case behind(missing: [Int])
    }

    /// Reads the versions the database has run; refuses a database another program made or a newer
    /// server migrated. Writes nothing.
    static func check(_ connection: PostgresConnection, logger: Logger) async throws -> State {
        let exists =
            try await connection.query(
                "SELECT to_regclass('recall_schema') IS NOT NULL", logger: logger
            ).collect().first?.decode(Bool.self) ?? false
        if !exists {
            let tables =
                try await connection.query(
                    "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", logger: logger
                ).collect().first?.decode(Int.self) ?? 0
            if tables > 0 {
                throw ServerSetupError(
                    "the database holds tables but no recall_schema table: it is not a Recall school database (left untouched)")
            }
            return .behind(missing: migrations.map(\.version))
        }
        var applied: Set<Int> = []
        for try await version in try await connection.query("SELECT version FROM recall_schema", logger: logger).decode(Int.self) {
            applied.insert(version)
        }
        let known = Set(migrations.map(\.version))
        let unknown = applied.subtracting(known).sorted()
        if !unknown.isEmpty {
            throw ServerSetupError(
                "the database was migrated by a newer recall-server (schema versions \(unknown.map(String.init).joined(separator: ", ")), "
                    + "which this one does not know): upgrade recall-server; the database was left untouched")
        }
        let missing = known.subtracting(applied).sorted()
        return missing.isEmpty ? .current : .behind(missing: missing)
    }

    /// Checks the schema and runs the missing migrations, each in its own transaction; returns the
    /// versions run now.
    @discardableResult
    static func migrate(_ database: SchoolDatabase) async throws -> [Int] {
        let logger = database.logger
        return try await database.transaction { connection in
            // One migrator at a time across every process; the lock ends with the transaction.
            // The key is "RCLL" as an integer, the progress file's application id.
            try await connection.query("SELECT pg_advisory_xact_lock(1380142156)", logger: logger)
            guard case .behind(let missing) = try await check(connection, logger: logger) else { return [] }
            try await connection.query(
                """
                CREATE TABLE IF NOT EXISTS recall_schema (
                    version integer PRIMARY KEY,
                    name text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now()
                )
                """, logger: logger)
            for migration in migrations where missing.contains(migration.version) {
                for statement in migration.sql {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO recall_schema (version, name) VALUES (\(migration.version), \(migration.name))", logger: logger)
            }
            return missing
        }
    }
}
