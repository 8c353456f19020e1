import Foundation

/// Keeps trained weights where FSRS-6 behaves: py-fsrs's bounds (`SchedulerParameters.weightLowerBounds` and
/// `weightUpperBounds`), with fsrs-rs's two refinements — w19 at least 0.01 when same-day reviews are trained,
/// and w17 and w18 low enough that several relearning steps cannot raise a lapsed card's stability above what it
/// was before the lapse.
enum WeightClipping {
    static func clip(_ weights: inout [Double], relearningSteps: Int, shortTerm: Bool) {
        let lower = SchedulerParameters.weightLowerBounds
        var upper = SchedulerParameters.weightUpperBounds
        if relearningSteps > 1 {
            // With D = 1, R = 0.7 and S = 1, a lapse leaves w11 · (2^w13 − 1) · e^(0.3·w14); each same-day Good
            // multiplies it by at most e^(w17·w18), so n steps must keep n·w17·w18 below −ln of that.
            let ceiling = -(log(weights[11]) + log(pow(2, weights[13]) - 1) + weights[14] * 0.3) / Double(relearningSteps)
            let bound = min(max(ceiling, 0.01).squareRoot(), 2)
            upper[17] = bound
            upper[18] = bound
        }
        for i in weights.indices {
            var low = lower[i]
            if i == 19 && shortTerm { low = 0.01 }
            weights[i] = min(max(weights[i], low), upper[i])
        }
    }
}
