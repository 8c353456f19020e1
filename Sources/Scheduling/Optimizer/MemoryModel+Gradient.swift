import Foundation

/// The loss FSRS is trained on and its gradient with respect to the 21 weights, worked out by hand (backward
/// through each card's reviews, as fsrs-rs's analytic gradients do) — no automatic differentiation needed.
///
/// The forward values come from `MemoryModel` (the scheduler's formulas); the backward pass differentiates
/// each formula on the branch the forward pass took. A clamp that bound (stability outside 0.001...36,500,
/// difficulty outside 1...10, a probability outside 1e-7...1 − 1e-7) passes no gradient; one exactly on its
/// bound passes it, as PyTorch's and Burn's clamps do.
extension MemoryModel {
    /// Buffers reused from card to card, so a batch allocates nothing.
    struct Workspace {
        var stability: [Double] = []
        var difficulty: [Double] = []
        var retrievability: [Double] = []
        /// d(loss)/d(retrievability) of the prediction at each position (0 where none).
        var lossSlope: [Double] = []

        mutating func reserve(_ count: Int) {
            if stability.count < count {
                stability = [Double](repeating: 0, count: count)
                difficulty = stability
                retrievability = stability
                lossSlope = stability
            }
        }
    }

    static let smallestProbability = 1e-7
    static let largestProbability = 1 - 1e-7

    /// Binary cross-entropy of one prediction, weighted, and its slope with respect to the prediction.
    @inline(__always)
    static func crossEntropy(_ predicted: Double, recalled: Bool, weight: Double) -> (loss: Double, slope: Double) {
        let p = min(max(predicted, smallestProbability), largestProbability)
        let loss = -(recalled ? log(p) : log(1 - p)) * weight
        let inside = predicted > smallestProbability && predicted < largestProbability
        let slope = inside ? -weight * (recalled ? 1 / p : -1 / (1 - p)) : 0
        return (loss, slope)
    }

    /// The summed weighted loss of a batch's predictions; adds its gradient to `gradient` (21 values).
    func lossAndGradient(
        _ batch: TrainingBatch, columns: Range<Int>? = nil, in set: TrainingSet, gradient: inout [Double],
        workspace: inout Workspace
    ) -> Double {
        precondition(gradient.count == weights.count, "one gradient slot per weight")
        // Through a buffer: an array passed down as inout is checked for uniqueness at every `+=`.
        return gradient.withUnsafeMutableBufferPointer { g in
            var loss = 0.0
            for column in batch.columns[columns ?? batch.columns.indices] {
                loss += columnLossAndGradient(column, batch: batch, set: set, gradient: g, workspace: &workspace)
            }
            return loss
        }
    }

    /// The summed weighted loss of a batch's predictions, without the gradient.
    func loss(_ batch: TrainingBatch, in set: TrainingSet) -> Double {
        var loss = 0.0
        for column in batch.columns {
            let start = set.cardStarts[Int(column.card)]
            var target = Int(column.firstTarget)
            let end = target + Int(column.targetCount)
            var state = initial(set.ratings[start])
            for position in 1..<Int(column.length) {
                let elapsed = set.elapsedDays[start + position]
                let r = retrievability(elapsed: elapsed, stability: state.stability)
                if target < end && Int(batch.targets[target].position) == position {
                    let scored = batch.targets[target]
                    loss += Self.crossEntropy(r, recalled: scored.recalled, weight: scored.weight).loss
                    target += 1
                }
                if position + 1 < Int(column.length) {
                    state = next(state, elapsed: elapsed, rating: set.ratings[start + position], retrievability: r)
                }
            }
        }
        return loss
    }

    private func columnLossAndGradient(
        _ column: TrainingBatch.Column, batch: TrainingBatch, set: TrainingSet, gradient g: UnsafeMutableBufferPointer<Double>,
        workspace: inout Workspace
    ) -> Double {
        let start = set.cardStarts[Int(column.card)]
        let length = Int(column.length)
        workspace.reserve(length)
        var loss = 0.0
        // Forward: the state after each review but the last, the retrievability each review met, the loss slopes.
        var target = Int(column.firstTarget)
        let end = target + Int(column.targetCount)
        var state = initial(set.ratings[start])
        workspace.stability[0] = state.stability
        workspace.difficulty[0] = state.difficulty
        for position in 1..<length {
            let elapsed = set.elapsedDays[start + position]
            let r = retrievability(elapsed: elapsed, stability: state.stability)
            workspace.retrievability[position] = r
            workspace.lossSlope[position] = 0
            if target < end && Int(batch.targets[target].position) == position {
                let scored = batch.targets[target]
                let (itemLoss, slope) = Self.crossEntropy(r, recalled: scored.recalled, weight: scored.weight)
                loss += itemLoss
                workspace.lossSlope[position] = slope
                target += 1
            }
            if position + 1 < length {
                state = next(state, elapsed: elapsed, rating: set.ratings[start + position], retrievability: r)
                workspace.stability[position] = state.stability
                workspace.difficulty[position] = state.difficulty
            }
        }

        // Backward, from the last review to the second: gS and gD are d(loss)/d(state after position − 1 … ).
        var gS = 0.0
        var gD = 0.0
        for position in stride(from: length - 1, through: 1, by: -1) {
            let s = workspace.stability[position - 1]
            let d = workspace.difficulty[position - 1]
            let r = workspace.retrievability[position]
            let elapsed = set.elapsedDays[start + position]
            var gR = workspace.lossSlope[position]
            var gPreviousS = 0.0
            var gPreviousD = 0.0
            if position + 1 < length {
                let rating = set.ratings[start + position]
                let step = stepBackward(
                    stability: s, difficulty: d, retrievability: r, elapsed: elapsed, rating: rating, gS: gS, gD: gD,
                    gradient: g)
                gPreviousS = step.gS
                gPreviousD = step.gD
                gR += step.gR
            }
            if gR != 0 && elapsed > 0 {
                let curve = curveSlopes(elapsed: Double(elapsed), stability: s, retrievability: r)
                gPreviousS += gR * curve.stability
                g[20] += gR * curve.decay
            }
            gS = gPreviousS
            gD = gPreviousD
        }
        initialBackward(rating: set.ratings[start], gS: gS, gD: gD, gradient: g)
        return loss
    }

    /// d(R)/d(S) and d(R)/d(w20) of R = (1 + f·t/S)^(−w20), f = 0.9^(−1/w20) − 1.
    @inline(__always)
    func curveSlopes(elapsed t: Double, stability s: Double, retrievability r: Double) -> (stability: Double, decay: Double) {
        let c = weights[20]
        let f = fsrs.curve.factor
        let base = 1 + f * t / s
        let dS = c * r * f * t / (s * s * base)
        let dDecay = r * (-log(base) - (t / s) * (f + 1) * log(0.9) / (c * base))
        return (dS, dDecay)
    }

    /// Backward through one review's state transition: adds the weights' gradient and returns the gradient
    /// with respect to the previous stability, the previous difficulty and the retrievability.
    @inline(__always)
    func stepBackward(
        stability s: Double, difficulty d: Double, retrievability r: Double, elapsed: Int32, rating: UInt8,
        gS: Double, gD: Double, gradient g: UnsafeMutableBufferPointer<Double>
    ) -> (gS: Double, gD: Double, gR: Double) {
        let w = weights
        let grade = Double(rating)
        var outS = 0.0
        var outD = 0.0
        var outR = 0.0
        if gS != 0 {
            if elapsed == 0 {
                // Same day: S · e^(w17·(G − 3 + w18)) · S^(−w19), never below S for a pass.
                let raw = constants.shortTerm[Int(rating)] * pow(s, -w[19])
                let active = !(rating >= 2 && raw < 1)
                let value = active ? raw : 1
                let pre = s * value
                let gPre = Self.stabilityPasses(pre) ? gS : 0
                outS += gPre * value
                if active && gPre != 0 {
                    let scaled = gPre * s * raw
                    g[17] += scaled * (grade - 3 + w[18])
                    g[18] += scaled * w[17]
                    g[19] += scaled * -log(s)
                    outS += gPre * raw * -w[19]
                }
            } else if rating == 1 {
                // A lapse: w11 · D^(−w12) · ((S + 1)^w13 − 1) · e^((1 − R)·w14), never above S / e^(w17·w18).
                let divisor = constants.expW17W18
                let floor = s / divisor
                let dPower = pow(d, -w[12])
                let sPower = pow(s + 1, w[13])
                let rTerm = exp((1 - r) * w[14])
                let raw = w[11] * dPower * (sPower - 1) * rTerm
                if floor < raw {
                    let gPre = Self.stabilityPasses(floor) ? gS : 0
                    outS += gPre / divisor
                    g[17] += gPre * floor * -w[18]
                    g[18] += gPre * floor * -w[17]
                } else {
                    let gPre = Self.stabilityPasses(raw) ? gS : 0
                    g[11] += gPre * dPower * (sPower - 1) * rTerm
                    g[12] += gPre * raw * -log(d)
                    g[13] += gPre * w[11] * dPower * rTerm * sPower * log(s + 1)
                    g[14] += gPre * raw * (1 - r)
                    outS += gPre * w[11] * dPower * rTerm * w[13] * sPower / (s + 1)
                    outD += gPre * raw * -w[12] / d
                    outR += gPre * raw * -w[14]
                }
            } else {
                // A recall: S · (1 + e^w8 · (11 − D) · S^(−w9) · (e^((1 − R)·w10) − 1) · hard · easy).
                let a = constants.expW8
                let b = 11 - d
                let c = pow(s, -w[9])
                let rExp = exp((1 - r) * w[10])
                let e = rExp - 1
                let hard = rating == 2 ? w[15] : 1
                let easy = rating == 4 ? w[16] : 1
                let increase = a * b * c * e * hard * easy
                let gPre = Self.stabilityPasses(s * (1 + increase)) ? gS : 0
                if gPre != 0 {
                    outS += gPre * (1 + increase - increase * w[9])
                    outD += -gPre * s * a * c * e * hard * easy
                    outR += gPre * s * a * b * c * hard * easy * -w[10] * rExp
                    g[8] += gPre * s * increase
                    g[9] += gPre * s * increase * -log(s)
                    g[10] += gPre * s * a * b * c * hard * easy * (1 - r) * rExp
                    if rating == 2 { g[15] += gPre * s * a * b * c * e * easy }
                    if rating == 4 { g[16] += gPre * s * a * b * c * e * hard }
                }
            }
        }
        if gD != 0 {
            // Difficulty: D + (10 − D)·(−w6·(G − 3))/9, then mean reversion towards Easy's initial difficulty.
            let delta = -w[6] * (grade - 3)
            let next = d + (10 - d) * delta / 9
            let easyTarget = w[4] - constants.exp3W5 + 1
            let mean = w[7] * easyTarget + (1 - w[7]) * next
            if FSRS.difficultyRange.contains(mean) {
                g[7] += gD * (easyTarget - next)
                g[4] += gD * w[7]
                g[5] += gD * w[7] * -3 * constants.exp3W5
                let gNext = gD * (1 - w[7])
                g[6] += gNext * (10 - d) * -(grade - 3) / 9
                outD += gNext * (1 - delta / 9)
            }
        }
        return (outS, outD, outR)
    }

    /// Backward into the first review's state: w0...w3 by rating, w4 and w5 through the initial difficulty.
    @inline(__always)
    func initialBackward(rating: UInt8, gS: Double, gD: Double, gradient g: UnsafeMutableBufferPointer<Double>) {
        let index = Int(rating) - 1
        if Self.stabilityPasses(weights[index]) {
            g[index] += gS
        }
        let offset = Double(index)
        let raw = weights[4] - exp(weights[5] * offset) + 1
        if gD != 0 && FSRS.difficultyRange.contains(raw) {
            g[4] += gD
            g[5] += gD * -offset * exp(weights[5] * offset)
        }
    }

    @inline(__always)
    static func stabilityPasses(_ value: Double) -> Bool {
        value >= FSRS.minimumStability && value <= maximumStability
    }
}
