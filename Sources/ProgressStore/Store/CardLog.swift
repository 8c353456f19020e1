import Facts
import GRDB
import Scheduling

/// Writes reviews of one learner's cards into the log and keeps each card's state equal to a replay of its log.
///
/// The rule every path follows: a card's state is the result of replaying its reviews in (time, id) order
/// through the learner's scheduler, starting from `CardState.new(createdAt:)` at the first review (as
/// py-fsrs's `Card()` made at review time), with fuzz seeded from the card id and the number of reviews
/// before (`FuzzSeed`), and cram reviews logged but skipped. Appending after the last review continues
/// from the stored state; anything earlier replays the whole log.
final class CardLog {
    let db: Database
    let learnerId: Int64
    let learner: LearnerName
    let scheduler: Scheduler
    let writer: ReviewWriter

    init(db: Database, learnerId: Int64, learner: LearnerName, scheduler: Scheduler, writer: ReviewWriter) {
        self.db = db
        self.learnerId = learnerId
        self.learner = learner
        self.scheduler = scheduler
        self.writer = writer
    }

    /// What adding a batch of one card's reviews did.
    struct Outcome {
        var added = 0
        var alreadyPresent = 0
        var replayed = false
    }

    /// The state before and after one review, starting from `state` (nil: never reviewed).
    static func step(
        from state: ExactState?, card: String, rating: Rating, at microseconds: Int64, source: ReviewSource,
        scheduler: Scheduler
    ) -> (before: ExactState, after: ExactState) {
        let before = state ?? .new(at: microseconds, ease: scheduler.parameters.sm2.startingEase)
        guard source.changesMemory else { return (before, before) }
        let after = scheduler.review(
            before.state, rating: rating, at: Timestamp.date(microseconds),
            fuzzSeed: FuzzSeed.derive(cardID: card, reviewCount: before.state.reps))
        return (before, .after(after, reviewedAt: microseconds))
    }

    /// Splits `entries` (all of `card`, sorted by time and id, no two at the same time) into those the log
    /// lacks and the number already stored, against the stored log (read here unless given).
    ///
    /// Entries already stored (same time and rating) are skipped; one that contradicts a stored review (same
    /// time, other rating; or same id, other time) is refused with its line.
    func partition(
        _ entries: [ReviewLogEntry], card: String, stored given: [StoredReview]? = nil
    ) throws -> (fresh: [ReviewLogEntry], alreadyPresent: Int) {
        let stored = try given ?? storedLog(card: card)
        if stored.isEmpty { return (entries, 0) }
        var byTime: [Int64: (id: String, rating: Rating)] = [:]
        var byID: [String: Int64] = [:]
        for review in stored {
            byTime[review.reviewedAt] = (review.id, review.rating)
            byID[review.id] = review.reviewedAt
        }
        var fresh: [ReviewLogEntry] = []
        var alreadyPresent = 0
        for entry in entries {
            if let existing = byTime[entry.reviewedAtMicroseconds] {
                guard existing.rating == entry.rating else {
                    throw ProgressStoreError.importRejected(
                        entry.problem(
                            "\(learner) already has a review of \(card) at \(Timestamp.iso8601(entry.reviewedAtMicroseconds)) "
                                + "rated \(existing.rating), not \(entry.rating) (review \(existing.id))"))
                }
                alreadyPresent += 1
                continue
            }
            if let time = byID[entry.storedID] {
                throw ProgressStoreError.importRejected(
                    entry.problem("review id '\(entry.storedID)' is already stored for a review at \(Timestamp.iso8601(time))"))
            }
            fresh.append(entry)
        }
        return (fresh, alreadyPresent)
    }

    /// Adds `entries` (all of `card`, sorted by time and id, no two at the same time) to the log; see
    /// `partition` for what is skipped and what refused.
    func add(_ entries: [ReviewLogEntry], card: String) throws -> Outcome {
        var outcome = Outcome()
        let stored = try storedLog(card: card)
        let (fresh, alreadyPresent) = try partition(entries, card: card, stored: stored)
        outcome.alreadyPresent = alreadyPresent
        guard !fresh.isEmpty else { return outcome }
        outcome.added = fresh.count

        let parsed = ParsedCard(card)
        if let last = stored.last, (fresh[0].reviewedAtMicroseconds, fresh[0].storedID) < (last.reviewedAt, last.id) {
            // An earlier review arrived: log them all, then replay the card from its first review.
            for entry in fresh {
                let placeholder = ExactState.new(at: entry.reviewedAtMicroseconds, ease: scheduler.parameters.sm2.startingEase)
                try writer.insertNow(
                    ReviewWriter.Row(
                        entry: entry, id: entry.storedID, learnerId: learnerId, card: card, parsed: parsed,
                        phaseBefore: .new, intervalDaysBefore: 0, after: placeholder))
            }
            try replay(card: card)
            outcome.replayed = true
            return outcome
        }

        var state = stored.isEmpty ? nil : try storedState(card: card)
        var changed = false
        for entry in fresh {
            let (before, after) = Self.step(
                from: state, card: card, rating: entry.rating, at: entry.reviewedAtMicroseconds, source: entry.source,
                scheduler: scheduler)
            try writer.add(
                ReviewWriter.Row(
                    entry: entry, id: entry.storedID, learnerId: learnerId, card: card, parsed: parsed,
                    phaseBefore: before.state.phase, intervalDaysBefore: before.state.intervalDays, after: after))
            if entry.source.changesMemory {
                state = after
                changed = true
            }
        }
        if changed, let state {
            try saveState(state, card: card, parsed: parsed)
        }
        return outcome
    }

    /// Replays the card's whole log, rewriting every review's before and after columns and the card's
    /// state; returns the final state (nil when no review changes memory).
    @discardableResult
    func replay(card: String) throws -> ExactState? {
        let update = try db.cachedStatement(sql: Self.updateStatesSQL)
        var state: ExactState?
        for review in try storedLog(card: card) {
            let (before, after) = Self.step(
                from: state, card: card, rating: review.rating, at: review.reviewedAt, source: review.source,
                scheduler: scheduler)
            try update.execute(
                arguments: StatementArguments(
                    [before.state.phase.rawValue, before.state.intervalDays] + CardStateColumns.values(after) + [review.id]))
            if review.source.changesMemory {
                state = after
            }
        }
        if let state {
            try saveState(state, card: card, parsed: ParsedCard(card))
        } else {
            try deleteState(card: card)
        }
        return state
    }

    // MARK: - Rows

    static let updateStatesSQL = """
        UPDATE review SET (phaseBefore, intervalDaysBefore, \(CardStateColumns.list(suffix: "After")))
        = (\(Array(repeating: "?", count: 12).joined(separator: ", "))) WHERE id = ?
        """
    static let selectLogSQL =
        "SELECT id, reviewedAt, rating, source FROM review WHERE learnerId = ? AND card = ? ORDER BY reviewedAt, id"
    static let selectStateSQL = "SELECT \(CardStateColumns.list()) FROM cardState WHERE learnerId = ? AND card = ?"
    static let saveStateSQL = """
        INSERT INTO cardState (learnerId, card, deck, fact, \(CardStateColumns.list()))
        VALUES (\(Array(repeating: "?", count: 14).joined(separator: ", ")))
        ON CONFLICT (learnerId, card) DO UPDATE SET
        \(CardStateColumns.names.map { "\($0) = excluded.\($0)" }.joined(separator: ", "))
        """

    /// The deck and fact columns of a card id, when it is a deck's `CardID`.
    struct ParsedCard: Sendable {
        var deck: String?
        var fact: String?

        init(_ card: String) {
            let id = CardID(card)
            deck = id?.deck
            fact = id?.fact.description
        }
    }

    struct StoredReview {
        var id: String
        var reviewedAt: Int64
        var rating: Rating
        var source: ReviewSource
    }

    /// The card's reviews in replay order.
    func storedLog(card: String) throws -> [StoredReview] {
        let statement = try db.cachedStatement(sql: Self.selectLogSQL)
        var log: [StoredReview] = []
        let rows = try Row.fetchCursor(statement, arguments: [learnerId, card])
        while let row = try rows.next() {
            let ratingValue: Int = row[2]
            let sourceText: String = row[3]
            guard let rating = Rating(rawValue: ratingValue), let source = ReviewSource(rawValue: sourceText) else {
                throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "review \(row[0] as String) is unreadable")
            }
            log.append(StoredReview(id: row[0], reviewedAt: row[1], rating: rating, source: source))
        }
        return log
    }

    func storedState(card: String) throws -> ExactState? {
        let statement = try db.cachedStatement(sql: Self.selectStateSQL)
        guard let row = try Row.fetchOne(statement, arguments: [learnerId, card]) else { return nil }
        return try CardStateColumns.exactState(from: row)
    }

    func saveState(_ state: ExactState, card: String, parsed: ParsedCard) throws {
        try writer.saveState(state, learnerId: learnerId, card: card, parsed: parsed)
    }

    func deleteState(card: String) throws {
        try db.execute(sql: "DELETE FROM cardState WHERE learnerId = ? AND card = ?", arguments: [learnerId, card])
    }
}
