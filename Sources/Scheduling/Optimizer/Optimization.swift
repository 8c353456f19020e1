/// A whole optimizer run on one log: the fit, the figures before and after on the whole log and on the
/// time-based split, and which weights to keep — the fitted ones only when they predict the log better than
/// those in use, as Anki decides.
public struct Optimization: Sendable, Hashable, Codable {
    /// Before (the weights in use) and after (the fitted ones), on the same reviews.
    public struct Comparison: Sendable, Hashable, Codable {
        public var before: ModelEvaluation
        public var after: ModelEvaluation
    }

    /// The weights in use before.
    public var current: [Double]
    /// The fit on the whole log.
    public var estimate: FSRSOptimizer.Estimate
    /// Both sets judged on every item of the log (recency-weighted), the figure Anki compares.
    public var wholeLog: Comparison?
    /// The fitted weights trained on earlier reviews and judged on later ones, against the weights in use on
    /// the same later reviews; nil when the log is too short to split.
    public var timeSplit: Comparison?
    /// True when the fitted weights are kept; false when the ones in use stay.
    public var improves: Bool

    /// The weights to use from now on.
    public var chosen: [Double] { improves ? estimate.weights : current }

    /// The pieces of work an optimization needs, independent of each other: the whole-log fit, then one per
    /// time-based split. `Optimization.run` does them in turn; a caller with cores to spare can do them at once
    /// with `work(_:)` and hand the results to `init(current:set:results:)`.
    public struct Plan: Sendable {
        public let set: TrainingSet
        public let facts: [TrainingSet.ItemFacts]
        public let configuration: FSRSOptimizer.Configuration
        public let splits: [TimeSeriesSplit]

        public init(set: TrainingSet, configuration: FSRSOptimizer.Configuration) {
            self.set = set
            self.facts = set.itemFacts()
            self.configuration = configuration
            self.splits = TimeSeriesSplit.splits(itemCount: set.items.count)
        }

        /// How many pieces: the whole fit and the splits.
        public var count: Int { 1 + splits.count }

        /// Piece `index`: 0 is the fit on the whole log, the others the splits.
        public func work(_ index: Int, runner: WorkRunner = .serial) -> Result {
            if index == 0 {
                return .whole(FSRSOptimizer.fit(set, facts: facts, configuration: configuration, runner: runner))
            }
            let (_, tally) = splits[index - 1].evaluate(on: set, facts: facts, configuration: configuration, runner: runner)
            return .split(index - 1, tally)
        }
    }

    /// What one piece of a plan produced.
    public enum Result: Sendable {
        case whole(FSRSOptimizer.Estimate)
        case split(Int, ModelEvaluation.Tally)
    }

    /// Runs a plan piece by piece.
    public static func run(
        _ set: TrainingSet, current: [Double], configuration: FSRSOptimizer.Configuration = FSRSOptimizer.Configuration()
    ) -> Optimization {
        let plan = Plan(set: set, configuration: configuration)
        return Optimization(current: current, plan: plan, results: (0..<plan.count).map { plan.work($0) })
    }

    /// Puts a plan's results together.
    public init(current: [Double], plan: Plan, results: [Result]) {
        self.current = current
        var estimate: FSRSOptimizer.Estimate?
        var fitted = ModelEvaluation.Tally()
        for result in results {
            switch result {
            case .whole(let whole): estimate = whole
            case .split(_, let tally): fitted.merge(tally)
            }
        }
        guard let estimate else { preconditionFailure("a plan's results include the whole-log fit") }
        self.estimate = estimate
        let set = plan.set
        if let before = ModelEvaluation.tally(current, on: set, facts: plan.facts).evaluation,
            let after = ModelEvaluation.tally(estimate.weights, on: set, facts: plan.facts).evaluation
        {
            wholeLog = Comparison(before: before, after: after)
        }
        var inUse = ModelEvaluation.Tally()
        for split in plan.splits {
            inUse.merge(split.evaluate(current, on: set, facts: plan.facts))
        }
        if let before = inUse.evaluation, let after = fitted.evaluation {
            timeSplit = Comparison(before: before, after: after)
        }
        improves = Self.keepsFitted(
            current: current, estimate: estimate, wholeLog: wholeLog,
            relearningSteps: plan.configuration.relearningSteps)
    }

    /// Anki's rule: the fitted weights replace the ones in use unless those predict the whole log at least as
    /// well. With several relearning steps, weights in use that would let the steps lift a lapsed card's
    /// stability above its value before the lapse are replaced anyway.
    static func keepsFitted(
        current: [Double], estimate: FSRSOptimizer.Estimate, wholeLog: Comparison?, relearningSteps: Int
    ) -> Bool {
        // Too little data for a fit says nothing against the weights in use.
        guard estimate.method != .defaults, let wholeLog else { return false }
        if wholeLog.after.logLoss < wholeLog.before.logLoss { return true }
        guard relearningSteps > 1 else { return false }
        var clipped = current
        WeightClipping.clip(&clipped, relearningSteps: 1, shortTerm: false)
        let model = MemoryModel(weights: clipped)
        let start = MemoryModel.State(stability: 1, difficulty: 1)
        var state = model.next(
            start, elapsed: 2, rating: 1, retrievability: model.retrievability(elapsed: 2, stability: 1))
        for _ in 0..<relearningSteps {
            state = model.next(state, elapsed: 0, rating: 3, retrievability: 1)
        }
        return state.stability >= start.stability
    }
}
