import Foundation

/// FSRS-6's formulas, step by step as py-fsrs 6.3.2 writes them (same operations, same order, so the
/// floating-point results agree to the last bit on the same C library).
///
/// Stateless: `Scheduler` drives these from a `CardState`. Ratings enter formulas as 1...4.
public struct FSRS: Sendable, Hashable {
    /// Smallest stability allowed, in days.
    public static let minimumStability = 0.001
    /// Difficulty is kept within this range.
    public static let difficultyRange = 1.0...10.0

    public let weights: [Double]
    public let desiredRetention: Double
    public let maximumInterval: Int
    public let curve: ForgettingCurve
    /// e^w8, the recall-stability factor; the same value py-fsrs computes on every review.
    private let expW8: Double
    /// e^(w17·w18), the divisor of a same-day lapse's stability.
    private let expW17W18: Double
    /// The unclamped initial difficulty of Easy, the target of difficulty's mean reversion.
    private let easyTarget: Double
    /// e^(w17·(G−3+w18)) for each rating G, the same-day stability factor before the S^(−w19) term.
    private let shortTermFactor: [Double]
    /// R^(−1/decay) − 1 at the desired retention: the interval is S / factor times this.
    private let retentionTerm: Double

    /// Python's `math.e`; py-fsrs raises it to powers rather than calling `exp`, and so do we.
    private static let e = 2.718281828459045

    public init(weights: [Double], desiredRetention: Double, maximumInterval: Int) {
        precondition(weights.count == 21, "FSRS-6 takes 21 weights")
        self.weights = weights
        self.w = weights
        self.desiredRetention = desiredRetention
        self.maximumInterval = maximumInterval
        self.curve = ForgettingCurve(weights: weights)
        self.expW8 = pow(Self.e, weights[8])
        self.expW17W18 = pow(Self.e, weights[17] * weights[18])
        self.easyTarget = weights[4] - pow(Self.e, weights[5] * Double(Rating.easy.rawValue - 1)) + 1
        self.shortTermFactor = [0] + Rating.allCases.map { pow(Self.e, weights[17] * (Double($0.rawValue - 3) + weights[18])) }
        self.retentionTerm = pow(desiredRetention, 1 / -weights[20]) - 1
    }

    public init(parameters: SchedulerParameters) {
        self.init(
            weights: parameters.weights, desiredRetention: parameters.desiredRetention,
            maximumInterval: parameters.maximumInterval)
    }

    /// The weights again under the formulas' short name (stored, so reading one costs no copy).
    private let w: [Double]

    /// Stability after the very first review: w0...w3 by rating.
    public func initialStability(_ rating: Rating) -> Double {
        Self.clampStability(w[rating.rawValue - 1])
    }

    /// Difficulty after the very first review: w4 − e^(w5·(G−1)) + 1.
    public func initialDifficulty(_ rating: Rating, clamped: Bool = true) -> Double {
        let difficulty = w[4] - pow(Self.e, w[5] * Double(rating.rawValue - 1)) + 1
        return clamped ? Self.clampDifficulty(difficulty) : difficulty
    }

    /// Difficulty after a review: a step of −w6·(G−3) damped linearly towards 10, then mean reversion
    /// (weight w7) towards the unclamped initial difficulty of Easy.
    public func nextDifficulty(_ difficulty: Double, rating: Rating) -> Double {
        let target = easyTarget
        let delta = -(w[6] * Double(rating.rawValue - 3))
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0
        return Self.clampDifficulty(w[7] * target + (1 - w[7]) * damped)
    }

    /// Stability after a review on the same day: S · e^(w17·(G−3+w18)) · S^(−w19), never shrinking for a pass.
    public func shortTermStability(_ stability: Double, rating: Rating) -> Double {
        var increase = shortTermFactor[rating.rawValue] * pow(stability, -w[19])
        if rating != .again {
            increase = max(increase, 1.0)
        }
        return Self.clampStability(stability * increase)
    }

    /// Stability after a review a day or more later, at recall probability `retrievability`.
    public func nextStability(
        difficulty: Double, stability: Double, retrievability: Double, rating: Rating
    ) -> Double {
        let next =
            rating == .again
            ? stabilityAfterLapse(difficulty: difficulty, stability: stability, retrievability: retrievability)
            : stabilityAfterRecall(
                difficulty: difficulty, stability: stability, retrievability: retrievability, rating: rating)
        return Self.clampStability(next)
    }

    /// Stability after a successful recall (Hard, Good or Easy).
    func stabilityAfterRecall(
        difficulty: Double, stability: Double, retrievability: Double, rating: Rating
    ) -> Double {
        let hardPenalty = rating == .hard ? w[15] : 1
        let easyBonus = rating == .easy ? w[16] : 1
        return stability
            * (1 + expW8 * (11 - difficulty) * pow(stability, -w[9])
                * (pow(Self.e, (1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus)
    }

    /// Stability after a lapse (Again), never above what a same-day Again would leave.
    func stabilityAfterLapse(difficulty: Double, stability: Double, retrievability: Double) -> Double {
        let longTerm =
            w[11] * pow(difficulty, -w[12]) * (pow(stability + 1, w[13]) - 1)
            * pow(Self.e, (1 - retrievability) * w[14])
        let shortTerm = stability / expW17W18
        return min(longTerm, shortTerm)
    }

    /// Recall probability after `elapsedDays` whole days (py-fsrs counts whole days, never negative).
    public func retrievability(elapsedDays: Int, stability: Double) -> Double {
        curve.retrievability(elapsedDays: Double(max(0, elapsedDays)), stability: stability)
    }

    /// Days until recall falls to the desired retention: rounded half to even like Python's `round`,
    /// then kept within 1...maximumInterval.
    public func nextInterval(stability: Double) -> Int {
        let days = (stability / curve.factor) * retentionTerm
        let rounded = days.rounded(.toNearestOrEven)
        return Int(min(max(rounded, 1), Double(maximumInterval)))
    }

    static func clampStability(_ stability: Double) -> Double {
        max(stability, minimumStability)
    }

    static func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, difficultyRange.lowerBound), difficultyRange.upperBound)
    }
}
