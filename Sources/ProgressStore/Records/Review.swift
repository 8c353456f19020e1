import Foundation
import GRDB
import Scheduling

/// A row of `review`, the append-only log: one answer to one card, with the card's whole state just after
/// it (the state before, for cram, which changes nothing) and the phase and interval just before.
///
/// `after` is what `recall card` shows for each review. The whole state before a review is the `after` of
/// the card's previous non-cram review (or a new card), which is how an undo restores it exactly; the two
/// `…Before` columns are kept because statistics (true retention, today's counts) need them for every row.
public struct Review: Hashable, Sendable, Identifiable {
    /// A stable text id: the one an imported log gave, else derived from learner, card and time
    /// (`ReviewID.derive`), so the same review always has the same id on every machine.
    public var id: String
    public var learnerId: Int64
    public var card: String
    public var deck: String?
    public var fact: String?
    /// The form of question asked (multiple choice, typed, …), as the asking code names it.
    public var questionForm: String?
    public var rating: Rating
    public var reviewedAt: Date
    public var durationMs: Int?
    public var source: ReviewSource
    /// What the learner answered, as given.
    public var answer: String?
    /// Whether the answer was right, when the question could tell.
    public var correct: Bool?
    /// `reviewedAt` as exact microseconds since 1970 UTC (a `Date` has room for every microsecond only
    /// until 2137).
    public var reviewedAtMicroseconds: Int64
    /// `after.due` as exact microseconds since 1970 UTC.
    public var dueAfterMicroseconds: Int64
    /// `after.lastReview` as exact microseconds since 1970 UTC.
    public var lastReviewAfterMicroseconds: Int64?
    /// The card's phase just before the review (`new` for a first review).
    public var phaseBefore: CardPhase
    /// The card's interval in days just before the review (young or mature, for true retention).
    public var intervalDaysBefore: Int
    public var after: CardState

    public init(
        id: String, learnerId: Int64, card: String, deck: String?, fact: String?, questionForm: String?,
        rating: Rating, reviewedAt: Date, durationMs: Int?, source: ReviewSource, answer: String?,
        correct: Bool?, phaseBefore: CardPhase, intervalDaysBefore: Int, after: CardState
    ) {
        self.id = id
        self.learnerId = learnerId
        self.card = card
        self.deck = deck
        self.fact = fact
        self.questionForm = questionForm
        self.rating = rating
        self.reviewedAt = reviewedAt
        self.durationMs = durationMs
        self.source = source
        self.answer = answer
        self.correct = correct
        self.phaseBefore = phaseBefore
        self.intervalDaysBefore = intervalDaysBefore
        self.after = after
        reviewedAtMicroseconds = Timestamp.microseconds(reviewedAt)
        dueAfterMicroseconds = Timestamp.microseconds(after.due)
        lastReviewAfterMicroseconds = after.lastReview.map(Timestamp.microseconds)
    }
}

extension Review: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "review"

    public enum Columns {
        public static let id = Column("id")
        public static let learnerId = Column("learnerId")
        public static let card = Column("card")
        public static let deck = Column("deck")
        public static let fact = Column("fact")
        public static let questionForm = Column("questionForm")
        public static let rating = Column("rating")
        public static let reviewedAt = Column("reviewedAt")
        public static let durationMs = Column("durationMs")
        public static let source = Column("source")
        public static let answer = Column("answer")
        public static let correct = Column("correct")
        public static let phaseBefore = Column("phaseBefore")
        public static let intervalDaysBefore = Column("intervalDaysBefore")
    }

    /// The log columns before the two state blocks, in table order.
    static let logColumns = [
        "id", "learnerId", "card", "deck", "fact", "questionForm", "rating", "reviewedAt", "durationMs", "source",
        "answer", "correct",
    ]

    /// Every column in table order: the log columns, the phase and interval before, then the state after.
    static let allColumns = logColumns + ["phaseBefore", "intervalDaysBefore"] + CardStateColumns.names.map { $0 + "After" }

    public static var databaseSelection: [any SQLSelectable] { allColumns.map { Column($0) } }

    public init(row: Row) throws {
        id = row[Columns.id]
        learnerId = row[Columns.learnerId]
        card = row[Columns.card]
        deck = row[Columns.deck]
        fact = row[Columns.fact]
        questionForm = row[Columns.questionForm]
        let ratingValue: Int = row[Columns.rating]
        let sourceText: String = row[Columns.source]
        guard let rating = Rating(rawValue: ratingValue), let source = ReviewSource(rawValue: sourceText) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "review \(id) has rating \(ratingValue), source \(sourceText)")
        }
        self.rating = rating
        let reviewedAt: Int64 = row[Columns.reviewedAt]
        self.reviewedAt = Timestamp.date(reviewedAt)
        reviewedAtMicroseconds = reviewedAt
        durationMs = row[Columns.durationMs]
        self.source = source
        answer = ExactText.read(row, "answer")
        correct = row[Columns.correct]
        let phaseText: String = row[Columns.phaseBefore]
        guard let phaseBefore = CardPhase(rawValue: phaseText) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "review \(id) has phase \(phaseText)")
        }
        self.phaseBefore = phaseBefore
        intervalDaysBefore = row[Columns.intervalDaysBefore]
        let exact = try CardStateColumns.exactState(from: row, suffix: "After")
        after = exact.state
        dueAfterMicroseconds = exact.due
        lastReviewAfterMicroseconds = exact.lastReview
    }

    /// The values of `allColumns`, in order.
    var databaseValues: [(any DatabaseValueConvertible)?] {
        [
            id, learnerId, card, deck, fact, questionForm, rating.rawValue, reviewedAtMicroseconds,
            durationMs, source.rawValue, answer, correct,
            phaseBefore.rawValue, intervalDaysBefore,
        ] + CardStateColumns.values(ExactState(state: after, due: dueAfterMicroseconds, lastReview: lastReviewAfterMicroseconds))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        for (name, value) in zip(Self.allColumns, databaseValues) {
            container[name] = value
        }
    }
}
