import Foundation
import ProgressStore
import Scheduling
import SyncWire

extension WireReview {
    /// A review of the log as it travels.
    public init(_ entry: ReviewLogEntry, seq: Int64? = nil) {
        self.init(
            id: entry.storedID, learner: entry.learner.rawValue, card: entry.card, reviewedAt: entry.reviewedAtMicroseconds,
            rating: entry.rating.rawValue, source: entry.source.rawValue, durationMs: entry.durationMs,
            questionForm: entry.questionForm, answer: entry.answer, correct: entry.correct, seq: seq)
    }

    /// The review as a log entry, or why it cannot be one (a sentence naming the review).
    public func logEntry() throws(WireReviewProblem) -> ReviewLogEntry {
        guard let learner = LearnerName(self.learner) else {
            throw WireReviewProblem(review: id, message: LearnerName.problem(with: self.learner) ?? "the learner's name is invalid")
        }
        guard let rating = Rating(rawValue: rating) else {
            throw WireReviewProblem(review: id, message: "rating \(rating) is not 1 (again), 2 (hard), 3 (good) or 4 (easy)")
        }
        guard let source = ReviewSource(rawValue: source) else {
            throw WireReviewProblem(
                review: id, message: "source '\(source)' is not one of \(ReviewSource.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var entry = ReviewLogEntry(
            id: id, learner: learner, card: card, reviewedAt: Date(timeIntervalSince1970: Double(reviewedAt) / 1_000_000), rating: rating,
            durationMs: durationMs, source: source, questionForm: questionForm, answer: answer, correct: correct)
        // Exactly the microsecond sent: a `Date` holds every microsecond only until 2137.
        entry.reviewedAtMicroseconds = reviewedAt
        return entry
    }
}

/// Why a review that came over the wire cannot be taken into a log.
public struct WireReviewProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public var review: String
    public var message: String

    public init(review: String, message: String) {
        self.review = review
        self.message = message
    }

    public var description: String { "review '\(review)': \(message)" }
}
