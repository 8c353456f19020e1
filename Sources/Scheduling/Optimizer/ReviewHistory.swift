import Foundation

/// One answer as the optimizer and the simulator read the log: when, how it was rated, the card's phase just
/// before, and how long the answer took.
public struct HistoryReview: Sendable, Hashable {
    public var moment: Date
    public var rating: Rating
    /// The phase before the answer (`new` for a card's first review).
    public var phase: CardPhase
    /// How long the learner took, when known.
    public var durationMs: Int?

    public init(moment: Date, rating: Rating, phase: CardPhase = .review, durationMs: Int? = nil) {
        self.moment = moment
        self.rating = rating
        self.phase = phase
        self.durationMs = durationMs
    }
}

/// One card's answers that changed its memory (cram answers left out), oldest first.
public struct CardHistory: Sendable, Hashable {
    public var reviews: [HistoryReview]

    public init(reviews: [HistoryReview]) {
        self.reviews = reviews
    }
}
