import Foundation
import SeededRandom

/// Fits FSRS-6's 21 weights to a review log the way fsrs-rs's `compute_parameters` does: outliers filtered,
/// the initial stabilities pre-trained from first reviews, then mini-batch Adam over whole cards with a cosine
/// learning-rate schedule, recent reviews weighted more, the weights clipped after every step and pulled
/// towards the defaults by an L2 term scaled by each weight's spread across users.
///
/// Pure and deterministic: the batch order is shuffled by a `SeededGenerator` from `Configuration.seed`.
public enum FSRSOptimizer {
    /// The training's settings; the defaults are fsrs-rs's.
    public struct Configuration: Sendable, Hashable, Codable {
        public var epochs = 5
        public var batchSize = 512
        public var learningRate = 0.04
        /// Items with more reviews than this (history and the predicted one) are left out.
        public var maximumSequenceLength = 256
        /// Strength of the pull towards the default weights.
        public var regularization = 1.0
        /// The relearning steps the learner uses (bounds w17 and w18 when there are several).
        public var relearningSteps = 1
        /// Train the same-day weights w17...w19 (with them, stabilities 0 days apart come from training too).
        public var shortTerm = true
        public var seed: UInt64 = 2023

        public init() {}
    }

    /// How much of the model the data supported.
    public enum Method: String, Sendable, Hashable, Codable {
        /// Too little data: the defaults.
        case defaults
        /// Only the initial stabilities w0...w3, pre-trained from first reviews; the rest are the defaults.
        case initialStabilities = "initial-stabilities"
        /// All 21 weights.
        case full
    }

    /// The outcome of a fit.
    public struct Estimate: Sendable, Hashable, Codable {
        public var weights: [Double]
        public var method: Method
        /// Items given, before the outlier filter.
        public var items: Int
        /// Items left for training after the outlier filter.
        public var trainingItems: Int
        /// First long-term reviews that pre-trained the initial stabilities.
        public var firstReviews: Int
    }

    /// Fewer training items than this and fsrs-rs keeps the defaults.
    public static let minimumItems = 8
    /// Fewer than this and only the initial stabilities are fitted.
    public static let minimumItemsForFullFit = 64

    /// How far each weight typically lies from the default across users, fsrs-rs's scale for the L2 pull.
    static let spread: [Double] = [
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25,
        1.03, 0.31, 0.32, 0.14, 0.27,
    ]

    /// Fits the weights to `items` (indices into `set.items`, oldest first; all of them when nil).
    ///
    /// `runner` may work out the two halves of each batch's gradient at once; the weights are the same either way.
    public static func fit(
        _ set: TrainingSet, items: [Int]? = nil, facts: [TrainingSet.ItemFacts]? = nil,
        configuration: Configuration = Configuration(), runner: WorkRunner = .serial
    ) -> Estimate {
        let chosen = items ?? Array(set.items.indices)
        let facts = facts ?? set.itemFacts()
        let (initialization, training) = OutlierFilter.split(facts, items: chosen)
        let defaults = SchedulerParameters.defaultWeights
        var estimate = Estimate(
            weights: defaults, method: .defaults, items: chosen.count, trainingItems: training.count,
            firstReviews: initialization.count)
        guard training.count >= minimumItems else { return estimate }
        let recalled = training.reduce(0) { $0 + (facts[$1].recalled ? 1 : 0) }
        let averageRecall = Double(recalled) / Double(training.count)
        guard let (stabilities, counts) = InitialStability.fit(facts, items: initialization, averageRecall: averageRecall)
        else { return estimate }
        var initial = stabilities + defaults[4...]
        if !configuration.shortTerm {
            initial[17] = 0
            initial[18] = 0
            initial[19] = 0
        }
        estimate.weights = initial
        estimate.method = .initialStabilities
        if training.count == initialization.count || training.count < minimumItemsForFullFit {
            return estimate
        }
        var weighted = recencyWeighted(training.map { set.items[$0] })
        weighted.removeAll { Int($0.item.position) + 1 > configuration.maximumSequenceLength }
        var trained = train(weighted, in: set, from: initial, configuration: configuration, runner: runner)
        // The initial stabilities come out of training in any order; make them increasing again.
        var byRating: [Int: Double] = [:]
        for rating in 1...4 { byRating[rating] = trained[rating - 1] }
        if let smoothed = InitialStability.smoothAndFill(byRating, counts: counts) {
            trained.replaceSubrange(0..<4, with: smoothed)
        }
        estimate.weights = trained
        estimate.method = .full
        return estimate
    }

    /// fsrs-rs's recency weights: 0.25 for the oldest item rising as the cube to 1 for the newest.
    static func recencyWeighted(_ items: [TrainingSet.Item]) -> [(item: TrainingSet.Item, weight: Double)] {
        let last = max(Double(items.count) - 1, 1)
        return items.enumerated().map { index, item in
            let x = Double(index) / last
            return (item, 0.25 + 0.75 * x * x * x)
        }
    }

    /// Gradient descent from `initial`.
    static func train(
        _ items: [(item: TrainingSet.Item, weight: Double)], in set: TrainingSet, from initial: [Double],
        configuration: Configuration, runner: WorkRunner
    ) -> [Double] {
        let total = items.count
        let iterations = (total / configuration.batchSize + 1) * configuration.epochs
        let batches = TrainingBatch.make(items, in: set, size: configuration.batchSize)
        var schedule = CosineAnnealing(period: Double(iterations), initial: configuration.learningRate)
        var parameters = initial
        var adam = AdamOptimizer(count: parameters.count)
        var generator = SeededGenerator(seed: configuration.seed)
        let shards = batches.map { $0.shards(Shards.count) }
        let work = Shards(weights: parameters.count)
        var gradient = [Double](repeating: 0, count: parameters.count)
        var order = Array(batches.indices)
        for _ in 0..<configuration.epochs {
            for index in order.indices { order[index] = index }
            shuffle(&order, using: &generator)
            for index in order {
                let batch = batches[index]
                let rate = schedule.next()
                let model = MemoryModel(weights: parameters)
                let columns = shards[index]
                runner.run(Shards.count) { shard in
                    work.compute(shard, model: model, batch: batch, columns: columns[shard], set: set)
                }
                for i in gradient.indices {
                    gradient[i] = 0
                    for slot in work.slots { gradient[i] += slot.gradient[i] }
                }
                let scale = configuration.regularization * Double(batch.predictionCount) / Double(total)
                for i in gradient.indices {
                    gradient[i] += 2 * (parameters[i] - initial[i]) / (spread[i] * spread[i]) * scale
                }
                if !configuration.shortTerm {
                    for i in 0..<4 { gradient[i] = 0 }
                    for i in 17..<20 { gradient[i] = 0 }
                }
                adam.step(&parameters, gradient: gradient, rate: rate)
                WeightClipping.clip(
                    &parameters, relearningSteps: configuration.relearningSteps, shortTerm: configuration.shortTerm)
            }
        }
        return parameters
    }

    /// Each half of a batch's gradient and the buffers it is worked out in: one object per half, so that two
    /// threads never touch the same memory (or the same stored property).
    final class Shards: @unchecked Sendable {
        static let count = 2

        final class Slot {
            var gradient: [Double]
            var workspace = MemoryModel.Workspace()

            init(weights: Int) {
                gradient = Array(repeating: 0, count: weights)
            }
        }

        let slots: [Slot]

        init(weights: Int) {
            slots = (0..<Self.count).map { _ in Slot(weights: weights) }
        }

        func compute(_ shard: Int, model: MemoryModel, batch: TrainingBatch, columns: Range<Int>, set: TrainingSet) {
            let slot = slots[shard]
            for i in slot.gradient.indices { slot.gradient[i] = 0 }
            _ = model.lossAndGradient(batch, columns: columns, in: set, gradient: &slot.gradient, workspace: &slot.workspace)
        }
    }

    /// Fisher–Yates with the seeded generator, spelled out so the order never changes with the standard library.
    static func shuffle(_ values: inout [Int], using generator: inout SeededGenerator) {
        guard values.count > 1 else { return }
        for i in stride(from: values.count - 1, to: 0, by: -1) {
            let j = Int(generator.next() % UInt64(i + 1))
            values.swapAt(i, j)
        }
    }
}
