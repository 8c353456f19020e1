import Foundation
import Scheduling

/// One review as a review log file carries it: what `recall progress import` reads and `export` writes.
public struct ReviewLogEntry: Sendable, Hashable {
    /// The review's id; nil when the file gave none (the store derives one, see `ReviewID.derive`).
    public var id: String?
    public var learner: LearnerName
    /// The card id, any non-empty text (usually `deck/section/id/slot`).
    public var card: String
    /// Microseconds since 1970 UTC.
    public var reviewedAtMicroseconds: Int64
    public var rating: Rating
    public var durationMs: Int?
    public var source: ReviewSource
    public var questionForm: String?
    public var answer: String?
    public var correct: Bool?
    /// Where the entry was read, for messages; nil for entries made in code.
    public var file: String?
    public var line: Int

    public init(
        id: String? = nil, learner: LearnerName, card: String, reviewedAt: Date, rating: Rating,
        durationMs: Int? = nil, source: ReviewSource = .import, questionForm: String? = nil, answer: String? = nil,
        correct: Bool? = nil
    ) {
        self.init(
            id: id, learner: learner, card: card, reviewedAtMicroseconds: Timestamp.microseconds(reviewedAt),
            rating: rating, durationMs: durationMs, source: source, questionForm: questionForm, answer: answer,
            correct: correct, file: nil, line: 0)
    }

    init(
        id: String?, learner: LearnerName, card: String, reviewedAtMicroseconds: Int64, rating: Rating,
        durationMs: Int?, source: ReviewSource, questionForm: String?, answer: String?, correct: Bool?,
        file: String?, line: Int
    ) {
        self.id = id
        self.learner = learner
        self.card = card
        self.reviewedAtMicroseconds = reviewedAtMicroseconds
        self.rating = rating
        self.durationMs = durationMs
        self.source = source
        self.questionForm = questionForm
        self.answer = answer
        self.correct = correct
        self.file = file
        self.line = line
    }

    public var reviewedAt: Date { Timestamp.date(reviewedAtMicroseconds) }

    /// The id the review is stored under: its own, or the one derived from learner, card and time.
    public var storedID: String {
        id ?? ReviewID.derive(learner: learner.rawValue, card: card, reviewedAt: reviewedAtMicroseconds)
    }

    /// A problem located at this entry.
    func problem(_ message: String) -> ReviewLogProblem {
        ReviewLogProblem(file: file ?? "review", line: line, message: message)
    }
}
