import Foundation

/// FSRS-6 at day granularity, as fsrs-rs trains and evaluates it: the scheduler's formulas (`FSRS`), driven by
/// whole study days between reviews rather than moments.
///
/// A review 0 days after the previous one takes the short-term formula; stability is kept within
/// 0.001...36,500 days and difficulty within 1...10. The first review sets the initial state.
struct MemoryModel: Sendable {
    /// A card's memory after a review.
    struct State: Sendable, Hashable {
        var stability: Double
        var difficulty: Double
    }

    /// The longest stability the model keeps, in days.
    static let maximumStability = 36_500.0

    let fsrs: FSRS
    let weights: [Double]
    /// What the gradient needs of the weights on every review, worked out once per set of weights.
    let constants: Constants

    struct Constants: Sendable {
        /// e^w8, the recall growth's scale.
        let expW8: Double
        /// e^(w17·w18), the divisor of a lapse's same-day floor.
        let expW17W18: Double
        /// e^(3·w5), in Easy's initial difficulty (the target of mean reversion).
        let exp3W5: Double
        /// e^(w17·(G − 3 + w18)) for G = 1...4 (index 0 unused).
        let shortTerm: [Double]
    }

    init(weights: [Double]) {
        // The desired retention and maximum interval play no part in the memory model.
        self.fsrs = FSRS(weights: weights, desiredRetention: 0.9, maximumInterval: 36_500)
        self.weights = weights
        self.constants = Constants(
            expW8: exp(weights[8]), expW17W18: exp(weights[17] * weights[18]), exp3W5: exp(3 * weights[5]),
            shortTerm: [0] + (1...4).map { exp(weights[17] * (Double($0) - 3 + weights[18])) })
    }

    /// Ratings by their value 1...4, so a byte from the training data names its rating without a branch.
    static let ratings: [Rating] = [.again, .again, .hard, .good, .easy]

    /// The state after a card's first review.
    @inline(__always)
    func initial(_ rating: UInt8) -> State {
        let rating = Self.ratings[Int(rating)]
        return State(
            stability: min(fsrs.initialStability(rating), Self.maximumStability),
            difficulty: fsrs.initialDifficulty(rating))
    }

    /// Recall probability `elapsed` whole days after a review that left `stability`.
    @inline(__always)
    func retrievability(elapsed: Int32, stability: Double) -> Double {
        fsrs.curve.retrievability(elapsedDays: Double(elapsed), stability: stability)
    }

    /// The state after a review `elapsed` days after the previous one, at `retrievability` (the value
    /// `retrievability(elapsed:stability:)` gives for the state before).
    @inline(__always)
    func next(_ state: State, elapsed: Int32, rating: UInt8, retrievability: Double) -> State {
        let rating = Self.ratings[Int(rating)]
        let stability =
            elapsed == 0
            ? fsrs.shortTermStability(state.stability, rating: rating)
            : fsrs.nextStability(
                difficulty: state.difficulty, stability: state.stability, retrievability: retrievability,
                rating: rating)
        return State(
            stability: min(stability, Self.maximumStability),
            difficulty: fsrs.nextDifficulty(state.difficulty, rating: rating))
    }

    /// The state after a whole history of (rating, days elapsed) reviews.
    func state(after reviews: some Sequence<(rating: UInt8, elapsed: Int32)>) -> State? {
        var state: State?
        for review in reviews {
            if let current = state {
                let r = retrievability(elapsed: review.elapsed, stability: current.stability)
                state = next(current, elapsed: review.elapsed, rating: review.rating, retrievability: r)
            } else {
                state = initial(review.rating)
            }
        }
        return state
    }
}
