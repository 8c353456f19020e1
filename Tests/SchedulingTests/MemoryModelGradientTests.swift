import Testing

@testable import Scheduling

@Suite("The training loss's gradient")
struct MemoryModelGradientTests {
    /// Histories that reach every branch: same-day Again, Hard, Good and Easy, lapses (both below and at the
    /// same-day floor), recalls with Hard and Easy, long and short gaps, a first review of each rating.
    static let set = TrainingSet(cards: [
        [(.good, 0), (.good, 0), (.good, 3), (.hard, 7), (.easy, 15), (.again, 40), (.good, 0), (.good, 2)],
        [(.again, 0), (.again, 0), (.hard, 0), (.good, 1), (.again, 1), (.hard, 0), (.easy, 4)],
        [(.hard, 0), (.good, 2), (.good, 6), (.again, 120), (.again, 1), (.good, 0), (.good, 3), (.good, 9)],
        [(.easy, 0), (.good, 12), (.easy, 30), (.hard, 90), (.good, 200)],
        [(.good, 0), (.easy, 0), (.again, 5), (.good, 0), (.hard, 2), (.good, 5)],
    ])

    /// Weights moved off the defaults (so no clamp or floor sits exactly at a kink).
    static let weights: [Double] = [
        0.35, 1.1, 2.9, 9.4, 6.1, 0.9, 2.6, 0.04, 1.6, 0.2, 0.9, 1.7, 0.08, 0.3, 1.4, 0.55, 2.1, 0.6, 0.15, 0.12,
        0.22,
    ]

    func batch(weighting: Double = 1) -> TrainingBatch {
        let items = Self.set.items.enumerated().map { index, item in
            (item, weighting + 0.1 * Double(index % 5))
        }
        return TrainingBatch.make(items, in: Self.set, size: 1_000)[0]
    }

    @Test("matches central finite differences for every weight")
    func finiteDifferences() {
        let batch = batch()
        var analytic = [Double](repeating: 0, count: 21)
        var workspace = MemoryModel.Workspace()
        let loss = MemoryModel(weights: Self.weights).lossAndGradient(
            batch, in: Self.set, gradient: &analytic, workspace: &workspace)
        #expect(abs(loss - MemoryModel(weights: Self.weights).loss(batch, in: Self.set)) < 1e-12)
        for i in 0..<21 {
            let h = max(abs(Self.weights[i]), 0.01) * 1e-6
            var plus = Self.weights
            var minus = Self.weights
            plus[i] += h
            minus[i] -= h
            let numeric =
                (MemoryModel(weights: plus).loss(batch, in: Self.set) - MemoryModel(weights: minus).loss(batch, in: Self.set))
                / (2 * h)
            let scale = max(abs(numeric), abs(analytic[i]), 1e-3)
            #expect(abs(numeric - analytic[i]) / scale < 1e-5, "w\(i): analytic \(analytic[i]), numeric \(numeric)")
        }
    }

    @Test("every weight gets a gradient from these histories")
    func everyWeightLearns() {
        var gradient = [Double](repeating: 0, count: 21)
        var workspace = MemoryModel.Workspace()
        _ = MemoryModel(weights: Self.weights).lossAndGradient(
            batch(), in: Self.set, gradient: &gradient, workspace: &workspace)
        for i in 0..<21 {
            #expect(gradient[i] != 0, "w\(i)")
        }
    }

    @Test("a clamped difficulty passes no gradient to the weights that moved it")
    func clampStopsGradient() {
        // Again after Again drives difficulty to 10, where the clamp holds: w6's gradient comes only from
        // reviews whose difficulty was inside the range.
        let set = TrainingSet(cards: [[(.again, 0), (.again, 3), (.again, 3), (.again, 3), (.good, 3)]])
        var weights = SchedulerParameters.defaultWeights
        weights[6] = 4
        weights[7] = 0.001
        let items = set.items.map { ($0, 1.0) }
        let batch = TrainingBatch.make(items, in: set, size: 10)[0]
        var gradient = [Double](repeating: 0, count: 21)
        var workspace = MemoryModel.Workspace()
        _ = MemoryModel(weights: weights).lossAndGradient(batch, in: set, gradient: &gradient, workspace: &workspace)
        let h = 1e-6
        var plus = weights
        plus[6] += h
        var minus = weights
        minus[6] -= h
        let numeric = (MemoryModel(weights: plus).loss(batch, in: set) - MemoryModel(weights: minus).loss(batch, in: set)) / (2 * h)
        #expect(abs(numeric - gradient[6]) < 1e-6)
    }
}
