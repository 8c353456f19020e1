import Foundation
import Scheduling

/// Where a session is: what the learner sees and what they can do next.
public enum StudyPhase: Sendable {
    /// A question is shown, waiting for an answer.
    case asking(AskedQuestion)
    /// An answer was recorded; its feedback is shown.
    case feedback(Feedback)
    /// Nothing is due now; cram is offered.
    case nothingDue(NothingDue)
    /// The session is over.
    case finished(StudySummary)
}

/// A question on screen.
public struct AskedQuestion: Sendable {
    public var question: StudyQuestion
    /// The card's state before this answer; nil for a new card.
    public var state: CardState?
    /// True when this is cram practice.
    public var isCram: Bool
    /// For a flashcard: whether its back is shown yet.
    public var revealed: Bool
    /// For a flashcard outside cram: the state each button would give, for showing its interval.
    public var previews: [Rating: CardState]
    /// When the question appeared.
    public var shownAt: Date
}

/// The feedback after an answer.
public struct Feedback: Sendable {
    public var question: StudyQuestion
    /// How the answer was judged (nil for a self-graded flashcard).
    public var verdict: Verdict?
    /// The rating recorded.
    public var rating: Rating
    /// The rating the grading gave, before any override.
    public var gradedRating: Rating
    /// How fast the answer came, against the question's expected time.
    public var pace: RatingRule.Pace?
    public var duration: TimeInterval
    /// What was stored.
    public var recorded: RecordedReview
    /// When the answer was given.
    public var answeredAt: Date

    public var isCram: Bool { recorded.review.cram }
}

/// Nothing to study now.
public struct NothingDue: Sendable, Hashable {
    /// What is coming due.
    public var outlook: StudyOutlook
    /// A learning card due again later today, if one is waiting.
    public var learningDue: Date?
    public var now: Date
}

/// The end of a session.
public struct StudySummary: Sendable, Hashable {
    public var answered: Int
    /// Right or nearly right (self-graded: anything but Again).
    public var right: Int
    public var buried: Int
    public var duration: TimeInterval
    /// A learning card due again later today, if one is waiting.
    public var learningDue: Date?
    /// What is coming due, and the streak of study days.
    public var outlook: StudyOutlook
    public var cram: Bool
    public var endedAt: Date

    /// Right answers as a whole percentage of the answers (0 when none).
    public var rightPercent: Int {
        answered == 0 ? 0 : Int((Double(right) * 100 / Double(answered)).rounded())
    }
}

/// The cards left in the session, by kind, as the header shows them.
public struct StudyCounts: Sendable, Hashable {
    public var new: Int
    public var learning: Int
    public var review: Int
    /// Answers so far.
    public var done: Int

    public var left: Int { new + learning + review }
}
