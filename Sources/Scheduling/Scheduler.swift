import Foundation
import SeededRandom

/// The one door to scheduling: a rating at a moment turns a card's state into its next state.
///
/// Pure: no clock, no global randomness. The caller passes the moment of the answer and a fuzz seed (see
/// `FuzzSeed.derive(cardID:reviewCount:)`); the same inputs always give the same state.
public struct Scheduler: Sendable, Hashable, Codable {
    public var algorithm: SchedulingAlgorithm
    public var parameters: SchedulerParameters {
        didSet { derived = Derived(parameters) }
    }
    /// What the parameters imply, worked out once rather than on every review (replays run millions).
    private(set) var derived: Derived

    /// The FSRS formulas and step lists for a set of parameters.
    struct Derived: Sendable {
        let fsrs: FSRS
        let learningSteps: LearningSteps
        let relearningSteps: LearningSteps

        init(_ parameters: SchedulerParameters) {
            fsrs = FSRS(parameters: parameters)
            learningSteps = LearningSteps(parameters.learningSteps)
            relearningSteps = LearningSteps(parameters.relearningSteps)
        }
    }

    public init(algorithm: SchedulingAlgorithm = .fsrs, parameters: SchedulerParameters = SchedulerParameters()) {
        self.algorithm = algorithm
        self.parameters = parameters
        self.derived = Derived(parameters)
    }

    private enum CodingKeys: String, CodingKey {
        case algorithm
        case parameters
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            algorithm: try container.decode(SchedulingAlgorithm.self, forKey: .algorithm),
            parameters: try container.decode(SchedulerParameters.self, forKey: .parameters))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(algorithm, forKey: .algorithm)
        try container.encode(parameters, forKey: .parameters)
    }

    public static func == (lhs: Scheduler, rhs: Scheduler) -> Bool {
        lhs.algorithm == rhs.algorithm && lhs.parameters == rhs.parameters
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(algorithm)
        hasher.combine(parameters)
    }

    /// The card's state after answering `rating` at `moment`.
    public func review(_ state: CardState, rating: Rating, at moment: Date, fuzzSeed: UInt64) -> CardState {
        var generator = SeededGenerator(seed: fuzzSeed)
        let unit = parameters.enableFuzzing ? generator.nextUnit() : nil as Double?
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
