import Facts
import Foundation
import Scheduling

/// What a session needs from storage. The live one is `ProgressStoreAdapter` over the progress file;
/// tests use an in-memory fake. Every write is committed before it returns.
public protocol StudyStore: AnyObject {
    /// Today's plan for these cards at `now`: the queue within the learner's daily limits (`newLimit`, when
    /// given, replaces what is left of today's new-card limit), the learner's scheduler, and the study day.
    func plan(for cards: [StudyCard], now: Date, timeZone: TimeZone, newLimit: Int?) throws -> StudyPlan
    /// The stored states of those of `cards` that have been studied (the others are new).
    func states(of cards: [CardID]) throws -> [CardID: CardState]
    /// The form the card was last asked in, if it has been asked.
    func lastForm(of card: CardID) throws -> QuestionForm?
    /// Records one review in one transaction — the log entry and (unless it is cram) the card's new state —
    /// and returns what it did.
    func record(_ review: StudyReview) throws -> RecordedReview
    /// Undoes a review recorded in this session: the log entry removed, the card's state put back exactly.
    func undo(_ review: RecordedReview) throws
    /// Records `review` in place of `recorded` (a changed rating); a store that can should do both at once.
    func replace(_ recorded: RecordedReview, with review: StudyReview) throws -> RecordedReview
    /// Keeps the card out of the queue until `until`.
    func bury(_ card: CardID, until: Date) throws
    /// What is coming due among `cards` after `now`, and the learner's streak of study days.
    func outlook(for cards: [StudyCard], now: Date, timeZone: TimeZone) throws -> StudyOutlook
    /// A hint that these cards come next: a store may read what `lastForm` needs meanwhile, while the
    /// learner reads the question on screen.
    func prepare(_ cards: [CardID])
}

extension StudyStore {
    public func prepare(_ cards: [CardID]) {}

    public func replace(_ recorded: RecordedReview, with review: StudyReview) throws -> RecordedReview {
        try undo(recorded)
        return try record(review)
    }
}

/// What is coming: due counts by study day and the streak, for the end of a session and for "nothing is due".
public struct StudyOutlook: Sendable, Hashable {
    /// Cards due before the current study day ends (overdue included, new cards not counted).
    public var dueToday: Int
    /// Cards due during the next study day.
    public var dueTomorrow: Int
    /// Cards due before the seventh study day from today ends, today and tomorrow included.
    public var dueThisWeek: Int
    /// When the next card is due, when the store can tell exactly.
    public var nextDue: Date?
    /// Consecutive study days with reviews, ending today (or yesterday, when none yet today).
    public var streak: Int
    /// True when the streak reaches back as far as the store looks, so it may be longer.
    public var streakAtLeast: Bool

    public init(
        dueToday: Int = 0, dueTomorrow: Int = 0, dueThisWeek: Int = 0, nextDue: Date? = nil, streak: Int = 0, streakAtLeast: Bool = false
    ) {
        self.dueToday = dueToday
        self.dueTomorrow = dueTomorrow
        self.dueThisWeek = dueThisWeek
        self.nextDue = nextDue
        self.streak = streak
        self.streakAtLeast = streakAtLeast
    }
}

/// The queue a session starts from and the scheduler that will be used.
public struct StudyPlan: Sendable {
    public var queue: StudyQueue
    public var scheduler: Scheduler

    public init(queue: StudyQueue, scheduler: Scheduler) {
        self.queue = queue
        self.scheduler = scheduler
    }
}

/// One answer to record.
public struct StudyReview: Sendable, Hashable {
    public var card: CardID
    public var form: QuestionForm
    public var rating: Rating
    public var reviewedAt: Date
    /// From the question appearing to the answer.
    public var duration: TimeInterval
    /// The answer as given (`nil` for a self-graded card).
    public var answer: String?
    /// Whether it was right (`nil` for a self-graded card).
    public var correct: Bool?
    /// Practice ahead: logged, but the card's state does not change.
    public var cram: Bool

    public init(
        card: CardID, form: QuestionForm, rating: Rating, reviewedAt: Date, duration: TimeInterval, answer: String?,
        correct: Bool?, cram: Bool
    ) {
        self.card = card
        self.form = form
        self.rating = rating
        self.reviewedAt = reviewedAt
        self.duration = duration
        self.answer = answer
        self.correct = correct
        self.cram = cram
    }
}

/// A review as stored: its id and the card's state before and after.
public struct RecordedReview: Sendable, Hashable {
    public var id: String
    public var review: StudyReview
    /// `nil` when the card was new.
    public var before: CardState?
    /// The card's state now (the same as before for cram).
    public var after: CardState

    public init(id: String, review: StudyReview, before: CardState?, after: CardState) {
        self.id = id
        self.review = review
        self.before = before
        self.after = after
    }
}
