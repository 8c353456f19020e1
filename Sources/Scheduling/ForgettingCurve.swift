import Foundation

/// FSRS-6's power forgetting curve, R(t, S) = (1 + factor · t / S)^(−decay), with R(S, S) = 0.9.
public struct ForgettingCurve: Sendable, Hashable {
    /// w20, the curve's trainable decay (positive; the exponent is its negation).
    public let decay: Double
    /// 0.9^(−1/decay) − 1, chosen so that recall is 90% when t equals S.
    public let factor: Double

    public init(decay: Double) {
        self.decay = decay
        // Same operations as py-fsrs (`0.9 ** (1 / DECAY) - 1` with DECAY = -w20) so results match bit for bit.
        self.factor = pow(0.9, 1 / -decay) - 1
    }

    /// The curve for a set of FSRS weights (w20 is the decay).
    public init(weights: [Double]) {
        self.init(decay: weights[20])
    }

    /// The curve for py-fsrs's default weights.
    public static let `default` = ForgettingCurve(weights: SchedulerParameters.defaultWeights)

    /// Probability of recall `elapsedDays` after the last review for a memory of `stability` days.
    ///
    /// py-fsrs feeds whole days here (`timedelta.days`); fractional days work too.
    public func retrievability(elapsedDays: Double, stability: Double) -> Double {
        pow(1 + factor * elapsedDays / stability, -decay)
    }

    /// Days until recall falls to `retention`, before any rounding.
    public func interval(stability: Double, retention: Double) -> Double {
        (stability / factor) * (pow(retention, 1 / -decay) - 1)
    }
}
