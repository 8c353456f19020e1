import Foundation

/// Everything either algorithm needs to know about one card's memory: stored as is, replaced on each review.
///
/// `stability` and `difficulty` are FSRS's memory state; an SM-2 review clears them (they would go stale),
/// and FSRS rebuilds them from `ease` and `intervalDays` when it next meets such a card.
public struct CardState: Sendable, Hashable, Codable {
    /// The card's phase.
    public var phase: CardPhase
    /// Index into the learning or relearning steps; `nil` in review.
    public var step: Int?
    /// FSRS stability in days (the interval at which recall falls to 90%); `nil` until FSRS has reviewed it.
    public var stability: Double?
    /// FSRS difficulty, 1...10; `nil` until FSRS has reviewed it.
    public var difficulty: Double?
    /// SM-2 ease factor (2.5 to start).
    public var ease: Double
    /// The last interval scheduled in whole days: the review interval for review cards, the interval an SM-2
    /// relearning card returns to, 0 otherwise.
    public var intervalDays: Int
    /// When the card is next due.
    public var due: Date
    /// When it was last reviewed; `nil` for a new card.
    public var lastReview: Date?
    /// Reviews so far.
    public var reps: Int
    /// Times it was forgotten in review.
    public var lapses: Int

    public init(
        phase: CardPhase,
        step: Int?,
        stability: Double?,
        difficulty: Double?,
        ease: Double,
        intervalDays: Int,
        due: Date,
        lastReview: Date?,
        reps: Int,
        lapses: Int
    ) {
        self.phase = phase
        self.step = step
        self.stability = stability
        self.difficulty = difficulty
        self.ease = ease
        self.intervalDays = intervalDays
        self.due = due
        self.lastReview = lastReview
        self.reps = reps
        self.lapses = lapses
    }

    /// A card never reviewed, due at once (py-fsrs's `Card()` is due when created).
    public static func new(createdAt: Date, ease: Double = SM2Settings.anki.startingEase) -> CardState {
        CardState(
            phase: .new, step: 0, stability: nil, difficulty: nil, ease: ease, intervalDays: 0,
            due: createdAt, lastReview: nil, reps: 0, lapses: 0
        )
    }
}
