/// fsrs-rs's time-based evaluation: the items, oldest first, cut into six equal segments; five times, the weights
/// are trained on every segment before one and judged on that one. Pooled over the five, the figures say how
/// well a fit predicts reviews it has not seen — the honest test of an optimizer.
public struct TimeSeriesSplit: Sendable, Hashable {
    /// Indices into the training set's items: what the fit sees.
    public var training: Range<Int>
    /// What it is judged on.
    public var test: Range<Int>

    /// The five splits of `count` items; none when there are fewer than six.
    public static func splits(itemCount count: Int, splits n: Int = 5) -> [TimeSeriesSplit] {
        let segment = count / (n + 1)
        guard n > 0, segment > 0 else { return [] }
        return (0..<n).map { i in
            let testStart = (i + 1) * segment
            let testEnd = i == n - 1 ? count : (i + 2) * segment
            return TimeSeriesSplit(training: 0..<testStart, test: testStart..<testEnd)
        }
    }

    /// Trains on this split's earlier items and tallies the predictions of its later ones, each counted once.
    public func evaluate(
        on set: TrainingSet, facts: [TrainingSet.ItemFacts]? = nil,
        configuration: FSRSOptimizer.Configuration = FSRSOptimizer.Configuration(), runner: WorkRunner = .serial
    ) -> (estimate: FSRSOptimizer.Estimate, tally: ModelEvaluation.Tally) {
        let estimate = FSRSOptimizer.fit(set, items: Array(training), facts: facts, configuration: configuration, runner: runner)
        let tally = ModelEvaluation.tally(estimate.weights, on: set, items: Array(test), weighting: .uniform, facts: facts)
        return (estimate, tally)
    }

    /// The same later items predicted with fixed weights (say, the ones in use), for comparison.
    public func evaluate(
        _ weights: [Double], on set: TrainingSet, facts: [TrainingSet.ItemFacts]? = nil
    ) -> ModelEvaluation.Tally {
        ModelEvaluation.tally(weights, on: set, items: Array(test), weighting: .uniform, facts: facts)
    }
}
