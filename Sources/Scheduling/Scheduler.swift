import Foundation

/// The one door to scheduling: a rating at a moment turns a card's state into its next state.
///
/// Pure: no clock, no global randomness. The caller passes the moment of the answer and a fuzz seed (see
/// `FuzzSeed.derive(cardID:reviewCount:)`); the same inputs always give the same state.
public struct Scheduler: Sendable, Hashable, Codable {
    public var algorithm: SchedulingAlgorithm
    public var parameters: SchedulerParameters

    public init(algorithm: SchedulingAlgorithm = .fsrs, parameters: SchedulerParameters = SchedulerParameters()) {
        self.algorithm = algorithm
        self.parameters = parameters
    }

    /// The card's state after answering `rating` at `moment`.
    public func review(_ state: CardState, rating: Rating, at moment: Date, fuzzSeed: UInt64) -> CardState {
        var generator = SeededGenerator(seed: fuzzSeed)
        let unit = parameters.enableFuzzing ? generator.nextUnit() : nil
        switch algorithm {
        case .fsrs:
            return fsrsReview(state, rating: rating, at: moment, fuzzUnit: unit)
        case .sm2:
            return sm2Review(state, rating: rating, at: moment, fuzzUnit: unit)
        }
    }

    /// The four possible next states, one per button, for showing each button's interval before answering.
    ///
    /// Each is exactly what `review` would return with the same moment and seed.
    public func preview(_ state: CardState, at moment: Date, fuzzSeed: UInt64) -> [Rating: CardState] {
        var outcomes: [Rating: CardState] = [:]
        for rating in Rating.allCases {
            outcomes[rating] = review(state, rating: rating, at: moment, fuzzSeed: fuzzSeed)
        }
        return outcomes
    }

    /// Probability that the learner recalls the card at `moment` (see `CardState.retrievability(at:curve:)`).
    public func retrievability(of state: CardState, at moment: Date) -> Double {
        state.retrievability(at: moment, curve: ForgettingCurve(weights: parameters.weights))
    }
}
