import Foundation

extension FSRS {
    /// The memory state of a card SM-2 has been scheduling, as fsrs-rs's `memory_state_from_sm2` estimates
    /// it: the stability at which recall is `sm2Retention` after `intervalDays`, and the difficulty at which
    /// a Good recall at that point would multiply the stability by the ease.
    ///
    /// At the usual `sm2Retention` of 0.9 the stability is simply the interval.
    public func memoryState(
        fromSM2Ease ease: Double, intervalDays: Double, sm2Retention: Double = 0.9
    ) -> (stability: Double, difficulty: Double) {
        let stability =
            max(intervalDays, Self.minimumStability) * curve.factor / (pow(sm2Retention, 1 / -curve.decay) - 1)
        let growth = exp(weights[8]) * pow(stability, -weights[9]) * expm1((1 - sm2Retention) * weights[10])
        let difficulty = 11 - (ease - 1) / growth
        return (stability, Self.clampDifficulty(difficulty))
    }
}
