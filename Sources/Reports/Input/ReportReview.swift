import Foundation
import Scheduling

/// One answer from a learner's review log, holding only what the statistics read.
public struct ReportReview: Sendable, Hashable {
    /// Where the answer was given (the store's `ReviewSource`, restated so the statistics need no database).
    public enum Source: String, Sendable, Hashable, Codable, CaseIterable {
        case study
        case paper
        case `import`
        case cram
    }

    /// The card id, `deck/section/id/slot`.
    public var card: String
    public var reviewedAt: Date
    public var rating: Rating
    public var source: Source
    /// Whether the answer was right, when the question could tell; see `isRight`.
    public var correct: Bool?
    /// The card's phase just before the answer: only answers to cards already in review count toward true
    /// retention.
    public var phaseBefore: CardPhase
    /// The card's interval just before the answer, in days (young below 21, mature from 21).
    public var intervalDaysBefore: Int
    /// The card's memory just after the answer; nil when the answer left memory as it was (cram).
    public var after: CardState?

    public init(
        card: String, reviewedAt: Date, rating: Rating, source: Source = .study, correct: Bool? = nil,
        phaseBefore: CardPhase, intervalDaysBefore: Int = 0, after: CardState? = nil
    ) {
        self.card = card
        self.reviewedAt = reviewedAt
        self.rating = rating
        self.source = source
        self.correct = correct
        self.phaseBefore = phaseBefore
        self.intervalDaysBefore = intervalDaysBefore
        self.after = after
    }

    /// Right or wrong: the question's own verdict when it gave one, otherwise any rating but Again.
    public var isRight: Bool { correct ?? (rating != .again) }

    /// The deck part of the card id (the text before the first `/`).
    public var deck: Substring {
        card.firstIndex(of: "/").map { card[..<$0] } ?? Substring(card)
    }
}
