import Foundation
import GRDB
import TextFormats

/// What `recall doctor` found in a progress file, and what it did about it.
public struct Checkup: Sendable, Hashable, Codable {
    /// One problem.
    public struct Finding: Sendable, Hashable, Codable {
        /// What is wrong, as a sentence.
        public var problem: String
        /// What a repair does (or did) about it; nil when nothing can be done here.
        public var repair: String?
        /// The repair was made.
        public var repaired: Bool

        public init(problem: String, repair: String?, repaired: Bool) {
            self.problem = problem
            self.repair = repair
            self.repaired = repaired
        }
    }

    public var findings: [Finding] = []
    /// Counts of what was looked at.
    public var learners = 0
    public var reviews = 0
    public var cardStates = 0

    public init() {}

    /// Nothing was wrong, or everything that was has been repaired.
    public var isSound: Bool { findings.allSatisfy(\.repaired) }
}

extension ProgressStore {
    /// Checks the whole file, as Anki's Check Database does, and with `repair` mends what can be mended in
    /// place: SQLite's full integrity check, foreign keys, every card's state against the last review that
    /// set it, names that break today's rules, and imports stopped part way.
    ///
    /// A file SQLite finds damaged is not repaired in place (nothing is written to it); `rebuild(from:into:)`
    /// makes a new file from what can be read.
    public func checkup(repair: Bool) throws(ProgressStoreError) -> Checkup {
        var checkup = Checkup()
        if let file = resolvedPath {
            let connection = try InspectionConnection(file, immutable: false, reportingAs: path)
            let problems = IntegrityCheck.problems(try connection.texts("PRAGMA integrity_check"))
            if !problems.isEmpty {
                checkup.findings.append(
                    .init(
                        problem: "SQLite finds the file damaged: " + problems.prefix(5).joined(separator: "; ")
                            + (problems.count > 5 ? "; and \(problems.count - 5) more" : ""),
                        repair: "rebuild the file from every row that can still be read",
                        repaired: false))
                return checkup
            }
        }
        try read { db in
            checkup.learners = try Int.fetchOne(db, sql: "SELECT count(*) FROM learner") ?? 0
            checkup.reviews = try Int.fetchOne(db, sql: "SELECT count(*) FROM review") ?? 0
            checkup.cardStates = try Int.fetchOne(db, sql: "SELECT count(*) FROM cardState") ?? 0
            let orphans = try Int.fetchOne(db, sql: "SELECT count(*) FROM pragma_foreign_key_check") ?? 0
            if orphans > 0 {
                checkup.findings.append(
                    .init(
                        problem: "\(orphans) rows name a learner, class or quiz that does not exist", repair: "remove them", repaired: false
                    ))
            }
            for name in try String.fetchAll(db, sql: "SELECT name FROM learner ORDER BY name") {
                if let problem = LearnerName.problem(with: name) {
                    // Shown, not obeyed: a name from before today's rules may hold an escape sequence.
                    checkup.findings.append(
                        .init(problem: "the learner '\(ControlCharacters.visible(name))': \(problem)", repair: nil, repaired: false))
                } else if name != name.precomposedStringWithCanonicalMapping {
                    checkup.findings.append(
                        .init(
                            problem:
                                "the learner '\(name)' is stored in decomposed form (NFD), so the same name typed composed reaches another learner",
                            repair: nil, repaired: false))
                }
            }
        }
        let mismatched = try cardStatesOutOfStep()
        if !mismatched.isEmpty {
            checkup.findings.append(
                .init(
                    problem:
                        "\(mismatched.count) card state\(mismatched.count == 1 ? " differs" : "s differ") from the review that last set "
                        + (mismatched.count == 1 ? "it" : "them"),
                    repair: "set each from its latest review", repaired: false))
        }
        for stopped in try interruptedImports() {
            checkup.findings.append(
                .init(
                    problem: "an import of \(stopped.reviews) reviews from \(stopped.source) stopped after \(stopped.written)",
                    repair: "run `recall progress import \(stopped.source)` again to finish it", repaired: false))
        }
        guard repair, !checkup.findings.isEmpty else { return checkup }
        try write { db in
            let orphans = try Row.fetchAll(db, sql: "SELECT \"table\", rowid FROM pragma_foreign_key_check")
            for row in orphans {
                let table: String = row[0]
                let rowID: Int64 = row[1]
                try db.execute(sql: "DELETE FROM \(table.quotedDatabaseIdentifier) WHERE rowid = ?", arguments: [rowID])
            }
            try Self.resetCardStates(in: db)
        }
        for index in checkup.findings.indices
        where checkup.findings[index].problem.contains("card state")
            || checkup.findings[index].problem.contains("do not exist")
        {
            checkup.findings[index].repaired = true
        }
        return checkup
    }

    /// The cards whose stored state is not the state after their latest non-cram review (or that have a state
    /// and no such review, or such a review and no state).
    func cardStatesOutOfStep() throws(ProgressStoreError) -> [(learnerId: Int64, card: String)] {
        try read { db in
            try Row.fetchAll(db, sql: Self.outOfStepSQL).map { ($0[0], $0[1]) }
        }
    }

    /// The latest non-cram review of every card, beside the card's stored state.
    static let latestSQL = """
        SELECT learnerId, card, \(CardStateColumns.list(suffix: "After")) FROM (
            SELECT *, row_number() OVER (PARTITION BY learnerId, card ORDER BY reviewedAt DESC, id DESC) AS position
            FROM review WHERE source <> 'cram'
        ) WHERE position = 1
        """

    static let outOfStepSQL = """
        WITH latest AS (\(latestSQL))
        SELECT latest.learnerId, latest.card FROM latest
        LEFT JOIN cardState AS s ON s.learnerId = latest.learnerId AND s.card = latest.card
        WHERE s.card IS NULL OR NOT (
            \(CardStateColumns.names.map { "s.\($0) IS latest.\($0)After" }.joined(separator: " AND "))
        )
        UNION ALL
        SELECT s.learnerId, s.card FROM cardState AS s
        WHERE NOT EXISTS (SELECT 1 FROM review r WHERE r.learnerId = s.learnerId AND r.card = s.card AND r.source <> 'cram')
        """

    /// Every card's state set from its latest non-cram review; states without one removed.
    static func resetCardStates(in db: Database) throws {
        try db.execute(
            sql: """
                DELETE FROM cardState WHERE NOT EXISTS (
                    SELECT 1 FROM review r WHERE r.learnerId = cardState.learnerId AND r.card = cardState.card AND r.source <> 'cram')
                """)
        try db.execute(
            sql: """
                INSERT INTO cardState (learnerId, card, deck, fact, \(CardStateColumns.list()))
                SELECT latest.learnerId, latest.card, r.deck, r.fact,
                       \(CardStateColumns.names.map { "latest.\($0)After" }.joined(separator: ", "))
                FROM (\(latestSQL)) AS latest
                JOIN review r ON r.learnerId = latest.learnerId AND r.card = latest.card
                WHERE r.reviewedAt = latest.lastReviewAfter
                ON CONFLICT (learnerId, card) DO UPDATE SET
                \(CardStateColumns.names.map { "\($0) = excluded.\($0)" }.joined(separator: ", "))
                """)
    }
}
