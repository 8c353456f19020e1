import Foundation
import GRDB
import Scheduling

/// The store's hand-bound hot paths beside the same work done through GRDB's own `Statement` and cursors,
/// for `recall-bench --filter Storage`, which runs both side by side: a hand-bound statement stays only
/// where that benchmark shows it pays, and its comment quotes the figures.
@_spi(Benchmarks) public enum StorageProbe {
    public enum Binding: String, Sendable, CaseIterable {
        /// SQLite's C API, as the store does it (`RawStatement`).
        case handBound = "hand-bound"
        /// GRDB's `Statement`, `StatementArguments` and row cursors.
        case grdb = "GRDB"
    }

    /// Inserts `count` review rows (20 cards' worth at a time, as an import writes them) into a new in-memory
    /// store's log in one transaction; returns the rows written.
    public static func insertReviews(_ count: Int, binding: Binding) throws -> Int {
        let store = try ProgressStore.inMemory()
        let learner = LearnerName("probe")
        return try store.write { db in
            guard let learner else { return 0 }
            let learnerId = try ProgressStore.learnerID(learner, in: db)
            let writer = ReviewWriter(db)
            let grdb = try db.makeStatement(sql: ReviewWriter.insertSQL)
            let start: Int64 = 1_767_225_600_000_000
            for index in 0..<count {
                let card = "probe/events/e-\(index % 5_000)/date"
                let at = start + Int64(index) * 1_000_000
                let entry = ReviewLogEntry(
                    id: nil, learner: learner, card: card, reviewedAtMicroseconds: at, rating: .good, durationMs: 1200,
                    source: .import, questionForm: "typed", answer: "an answer", correct: true, file: nil, line: 0)
                let after = ExactState(
                    state: CardState(
                        phase: .review, step: nil, stability: 3.2, difficulty: 5.1, ease: 2.5, intervalDays: 3,
                        due: Timestamp.date(at + 3 * 86_400_000_000), lastReview: Timestamp.date(at), reps: 2, lapses: 0),
                    due: at + 3 * 86_400_000_000, lastReview: at)
                let row = ReviewWriter.Row(
                    entry: entry, id: entry.storedID, learnerId: learnerId, card: card, parsed: CardLog.ParsedCard(card),
                    phaseBefore: .learning, intervalDaysBefore: 0, after: after)
                switch binding {
                case .handBound:
                    try writer.insertNow(row)
                case .grdb:
                    let values: [(any DatabaseValueConvertible)?] =
                        [
                            row.id, learnerId, card, row.parsed.deck, row.parsed.fact, entry.questionForm, entry.rating.rawValue, at,
                            entry.durationMs, entry.source.rawValue, entry.answer, entry.correct, row.phaseBefore.rawValue,
                            row.intervalDaysBefore,
                        ] + CardStateColumns.values(after)
                    try grdb.execute(arguments: StatementArguments(values))
                }
            }
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM review") ?? 0
        }
    }

    /// The storage engine's own cost of an import, the reference beside `importReviews`: a new progress file
    /// at `destination` (same schema, pragmas, page cache and trigger) with the learners of the progress file
    /// at `source` and, held in memory by its writer's connection, a copy of that file's review log, for
    /// `copyLog` to write.
    public static func prepareLogCopy(from source: String, to destination: String) throws -> ProgressStore {
        let store = try ProgressStore(path: destination)
        try store.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA cache_size = -262144")
            try db.execute(sql: "ATTACH DATABASE ? AS source", arguments: [source])
            try db.execute(sql: "ATTACH DATABASE ':memory:' AS copy")
            try db.execute(sql: "CREATE TABLE copy.review AS SELECT * FROM source.review ORDER BY rowid")
            try db.execute(sql: "INSERT INTO main.learner SELECT * FROM source.learner")
            try db.execute(sql: "DETACH DATABASE source")
        }
        return store
    }

    /// Writes the copy `prepareLogCopy` made into its file's log with SQLite's `INSERT … SELECT`, `chunkRows`
    /// rows to a committed transaction with the gap an import leaves after each: no Recall code runs per row
    /// (no parsing, replay or binding). Returns the reviews written.
    public static func copyLog(_ store: ProgressStore, chunkRows: Int) throws -> Int {
        let total = try store.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM copy.review") ?? 0 }
        var first = 0
        while first < total {
            let started = DispatchTime.now().uptimeNanoseconds
            try store.write { db in
                try db.execute(
                    sql: "INSERT INTO main.review SELECT * FROM copy.review WHERE rowid > ? AND rowid <= ?",
                    arguments: [first, first + chunkRows])
            }
            first += chunkRows
            if first < total { ProgressStore.leaveGap(afterHolding: Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9) }
        }
        return try store.writeWithoutTransaction { db in
            try db.execute(sql: "DETACH DATABASE copy")
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM review") ?? 0
        }
    }

    /// Reads every row of the log of the store at `path` as the class report does (the few columns statistics
    /// need, each card's state after); returns the rows read.
    public static func readLog(_ store: ProgressStore, binding: Binding) throws -> Int {
        let sql = """
            SELECT learnerId, card, reviewedAt, rating, source, correct, phaseBefore, intervalDaysBefore, \(CardStateColumns.list(suffix: "After"))
            FROM review
            """
        return try store.read { db in
            var count = 0
            var stability = 0.0
            switch binding {
            case .handBound:
                let reader = try RawStatement(db, sql: sql)
                while try reader.step() {
                    let state = try reader.cardState(at: 8)
                    stability += state.stability ?? 0
                    _ = (reader.int64(0), reader.text(1), reader.int64(2), reader.int64(3), reader.source(4), reader.phase(6))
                    count += 1
                }
            case .grdb:
                let rows = try Row.fetchCursor(db, sql: sql)
                while let row = try rows.next() {
                    let state = try CardStateColumns.state(from: row, at: 8)
                    stability += state.stability ?? 0
                    let source: String = row[4]
                    let phase: String = row[6]
                    _ = (
                        row[0] as Int64, row[1] as String, row[2] as Int64, row[3] as Int, ReviewSource(rawValue: source),
                        CardPhase(rawValue: phase)
                    )
                    count += 1
                }
            }
            precondition(stability >= 0)
            return count
        }
    }

    /// Scans one learner's card states as today's queue does (card id bytes, due, last review, the state);
    /// returns the states read.
    public static func scanStates(_ store: ProgressStore, learner: LearnerName, binding: Binding) throws -> Int {
        try store.read { db in
            guard let learnerId = try ProgressStore.learnerID(learner, in: db, create: false) else { return 0 }
            var count = 0
            switch binding {
            case .handBound:
                let scan = try RawStatement(db, sql: ProgressStore.learnerStatesSQL)
                scan.bind(1, learnerId)
                while try scan.step() {
                    _ = (scan.bytes(0).count, scan.int64(7), scan.optionalInt64(8))
                    _ = try scan.cardState(at: 1)
                    count += 1
                }
            case .grdb:
                let rows = try Row.fetchCursor(db.cachedStatement(sql: ProgressStore.learnerStatesSQL), arguments: [learnerId])
                while let row = try rows.next() {
                    _ = (row[0] as String, row[7] as Int64, row[8] as Int64?)
                    _ = try CardStateColumns.state(from: row, at: 1)
                    count += 1
                }
            }
            return count
        }
    }
}

extension CardStateColumns {
    /// The state held in `row` from column `index` on, read by position (GRDB's fast path on a cursor row):
    /// the GRDB side of `StorageProbe`'s comparison.
    static func state(from row: Row, at index: Int) throws -> CardState {
        let phaseText: String = row[index]
        guard let phase = CardPhase(rawValue: phaseText) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "unknown card phase '\(phaseText)'")
        }
        let due: Int64 = row[index + 6]
        let lastReview: Int64? = row[index + 7]
        return CardState(
            phase: phase, step: row[index + 1], stability: row[index + 2], difficulty: row[index + 3], ease: row[index + 4],
            intervalDays: row[index + 5], due: Timestamp.date(due), lastReview: lastReview.map(Timestamp.date),
            reps: row[index + 8], lapses: row[index + 9])
    }
}
