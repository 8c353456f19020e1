import Facts
import Foundation
import GRDB
import Scheduling

/// One answer about to be recorded; the moment is passed to `record(_:at:)`.
public struct ReviewDraft: Sendable, Hashable {
    public var learner: LearnerName
    /// The card id (`CardID.description` for cards of a deck).
    public var card: String
    public var rating: Rating
    public var source: ReviewSource
    public var questionForm: String?
    public var answer: String?
    public var correct: Bool?
    public var durationMs: Int?
    /// A stable id for the review; nil to derive one from learner, card and time.
    public var id: String?

    public init(
        learner: LearnerName, card: String, rating: Rating, source: ReviewSource = .study, questionForm: String? = nil,
        answer: String? = nil, correct: Bool? = nil, durationMs: Int? = nil, id: String? = nil
    ) {
        self.learner = learner
        self.card = card
        self.rating = rating
        self.source = source
        self.questionForm = questionForm
        self.answer = answer
        self.correct = correct
        self.durationMs = durationMs
        self.id = id
    }
}

extension ProgressStore {
    /// Records one answer and the card's new state in a single transaction, committed before returning.
    ///
    /// The new state is computed here, with the learner's settings, exactly as a replay of the log would
    /// compute it; the returned review carries the state before and after.
    @discardableResult
    public func record(_ draft: ReviewDraft, at moment: Date) throws(ProgressStoreError) -> Review {
        try write { db in try Self.record(draft, at: moment, in: db) }
    }

    /// Takes back review `reviewID` and records `draft` in its place in one transaction: changing an answer's
    /// rating never leaves a moment in which the answer is in neither form.
    @discardableResult
    public func replace(reviewID: String, with draft: ReviewDraft, at moment: Date) throws(ProgressStoreError) -> Review {
        try write { db in
            _ = try Self.undo(reviewID: reviewID, in: db)
            return try Self.record(draft, at: moment, in: db)
        }
    }

    private static func record(_ draft: ReviewDraft, at moment: Date, in db: Database) throws -> Review {
        let card = draft.card.trimmingCharacters(in: .whitespaces)
        guard !card.isEmpty else { throw ProgressStoreError.invalidSetting("a review needs a card id") }
        let entry = ReviewLogEntry(
            id: draft.id, learner: draft.learner, card: card, reviewedAt: moment, rating: draft.rating,
            durationMs: draft.durationMs, source: draft.source, questionForm: draft.questionForm, answer: draft.answer,
            correct: draft.correct)
        let learnerId = try Self.learnerID(draft.learner, in: db)
        let settings = try Self.settings(forLearnerID: learnerId, in: db)
        let log = CardLog(
            db: db, learnerId: learnerId, learner: draft.learner, scheduler: settings.scheduler, writer: ReviewWriter(db))
        let outcome: CardLog.Outcome
        do {
            outcome = try log.add([entry], card: card)
        } catch ProgressStoreError.importRejected {
            throw ProgressStoreError.duplicateReview(id: entry.storedID)
        }
        guard outcome.added == 1, let review = try Review.fetchOne(db, key: entry.storedID) else {
            throw ProgressStoreError.duplicateReview(id: entry.storedID)
        }
        return review
    }

    /// Takes back one review: removes it from the log and puts the card back exactly as it was before it.
    ///
    /// The state before a review is the state after the card's previous non-cram review (a new card when
    /// there is none). When a later review was imported meanwhile, the card is replayed from its remaining
    /// log instead. Returns the card's state afterwards, nil when it is new again.
    @discardableResult
    public func undo(reviewID: String) throws(ProgressStoreError) -> CardState? {
        try write { db in try Self.undo(reviewID: reviewID, in: db) }
    }

    private static func undo(reviewID: String, in db: Database) throws -> CardState? {
        guard let review = try Review.fetchOne(db, key: reviewID) else {
            throw ProgressStoreError.unknownReview(id: reviewID)
        }
        let at = Timestamp.microseconds(review.reviewedAt)
        let later =
            try Bool.fetchOne(
                db,
                sql: "SELECT EXISTS (SELECT 1 FROM review WHERE learnerId = ? AND card = ? AND reviewedAt > ?)",
                arguments: [review.learnerId, review.card, at]) ?? false
        try db.execute(sql: "DELETE FROM review WHERE id = ?", arguments: [reviewID])
        let name = try String.fetchOne(db, sql: "SELECT name FROM learner WHERE id = ?", arguments: [review.learnerId])
        guard let learner = name.flatMap({ LearnerName(stored: $0) }) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "review \(reviewID) names no learner")
        }
        let settings = try Self.settings(forLearnerID: review.learnerId, in: db)
        let log = CardLog(
            db: db, learnerId: review.learnerId, learner: learner, scheduler: settings.scheduler, writer: ReviewWriter(db))
        if later {
            return try log.replay(card: review.card)?.state
        }
        guard review.source.changesMemory else {
            return try log.storedState(card: review.card)?.state
        }
        let previous = try Row.fetchOne(
            db,
            sql: """
                SELECT \(CardStateColumns.list(suffix: "After")) FROM review
                WHERE learnerId = ? AND card = ? AND reviewedAt < ? AND source <> 'cram'
                ORDER BY reviewedAt DESC, id DESC LIMIT 1
                """,
            arguments: [review.learnerId, review.card, at])
        guard let previous else {
            try log.deleteState(card: review.card)
            return nil
        }
        let state = try CardStateColumns.exactState(from: previous, suffix: "After")
        try log.saveState(state, card: review.card, parsed: CardLog.ParsedCard(review.card))
        return state.state
    }

    /// The learner's stored state of a card; nil when they have never reviewed it.
    public func cardState(of card: String, for learner: LearnerName) throws(ProgressStoreError) -> CardState? {
        try read { db in
            guard let learnerId = try Self.learnerID(learner, in: db, create: false) else { return nil }
            return try CardLog(db: db, learnerId: learnerId, learner: learner, scheduler: Scheduler(), writer: ReviewWriter(db))
                .storedState(card: card)?.state
        }
    }

    /// The learner's stored row for a card (its state with exact moments); nil when they never reviewed it.
    public func storedCardState(of card: String, for learner: LearnerName) throws(ProgressStoreError) -> StoredCardState? {
        try read { db in
            guard let learnerId = try Self.learnerID(learner, in: db, create: false) else { return nil }
            return try StoredCardState.filter(StoredCardState.Columns.learnerId == learnerId && StoredCardState.Columns.card == card)
                .fetchOne(db)
        }
    }

    /// The learner's latest review of a card (the question form it was asked in, the answer, …); one index
    /// lookup, however long the history.
    public func latestReview(of card: String, for learner: LearnerName) throws(ProgressStoreError) -> Review? {
        try read { db in
            guard let learnerId = try Self.learnerID(learner, in: db, create: false) else { return nil }
            return
                try Review
                .filter(Review.Columns.learnerId == learnerId && Review.Columns.card == card)
                .order(Review.Columns.reviewedAt.desc, Review.Columns.id.desc)
                .limit(1)
                .fetchOne(db)
        }
    }

    /// The learner's reviews of a card, oldest first.
    public func history(of card: String, for learner: LearnerName) throws(ProgressStoreError) -> [Review] {
        try read { db in
            guard let learnerId = try Self.learnerID(learner, in: db, create: false) else { return [] }
            return
                try Review
                .filter(Review.Columns.learnerId == learnerId && Review.Columns.card == card)
                .order(Review.Columns.reviewedAt, Review.Columns.id)
                .fetchAll(db)
        }
    }

    /// What each of the four answers would make of the card at `moment`: exactly what `record` would store.
    public func preview(of card: String, for learner: LearnerName, at moment: Date) throws(ProgressStoreError) -> [Rating: CardState] {
        try read { db in
            let learnerId = try Self.learnerID(learner, in: db, create: false)
            let scheduler = try Self.settings(forLearnerID: learnerId, in: db).scheduler
            var state: ExactState?
            if let learnerId {
                state = try CardLog(
                    db: db, learnerId: learnerId, learner: learner, scheduler: scheduler, writer: ReviewWriter(db)
                ).storedState(card: card)
            }
            var outcomes: [Rating: CardState] = [:]
            for rating in Rating.allCases {
                outcomes[rating] =
                    CardLog.step(
                        from: state, card: card, rating: rating, at: Timestamp.microseconds(moment), source: .study,
                        scheduler: scheduler
                    ).after.state
            }
            return outcomes
        }
    }
}
