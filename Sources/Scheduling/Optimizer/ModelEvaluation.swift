import Foundation

/// How well a set of weights predicts a log, as the open spaced-repetition benchmark and fsrs-rs's `evaluate`
/// measure it: log loss (mean binary cross-entropy of each review's predicted recall) and RMSE (bins), the
/// root-mean-square gap between predicted and actual recall rates over bins of similar reviews (by days
/// elapsed, number of long-term reviews and lapses), each bin weighted by its size. Lower is better for both.
public struct ModelEvaluation: Sendable, Hashable, Codable {
    public var logLoss: Double
    public var rmseBins: Double
    /// Reviews predicted.
    public var items: Int

    public init(logLoss: Double, rmseBins: Double, items: Int) {
        self.logLoss = logLoss
        self.rmseBins = rmseBins
        self.items = items
    }

    /// Predictions gathered before the two figures are taken (so several splits can be pooled first).
    public struct Tally: Sendable {
        struct Bin {
            var predicted = 0.0
            var actual = 0.0
            var count = 0.0
            var weight = 0.0
        }

        var loss = 0.0
        var weight = 0.0
        var items = 0
        var bins: [BinKey: Bin] = [:]

        public init() {}

        mutating func add(predicted: Double, recalled: Bool, weight itemWeight: Double, bin key: BinKey) {
            let y = recalled ? 1.0 : 0.0
            loss += (y * log(predicted) + (1 - y) * log(1 - predicted)) * itemWeight
            weight += itemWeight
            items += 1
            var bin = bins[key] ?? Bin()
            bin.predicted += predicted
            bin.actual += y
            bin.count += 1
            bin.weight += itemWeight
            bins[key] = bin
        }

        /// Pools another tally into this one.
        public mutating func merge(_ other: Tally) {
            loss += other.loss
            weight += other.weight
            items += other.items
            for (key, bin) in other.bins {
                var mine = bins[key] ?? Bin()
                mine.predicted += bin.predicted
                mine.actual += bin.actual
                mine.count += bin.count
                mine.weight += bin.weight
                bins[key] = mine
            }
        }

        /// The figures; nil when nothing was predicted.
        public var evaluation: ModelEvaluation? {
            guard items > 0, weight > 0 else { return nil }
            var squares = 0.0
            var total = 0.0
            // Summed in key order so the result never depends on the dictionary's layout.
            for (_, bin) in bins.sorted(by: { $0.key < $1.key }) {
                let gap = bin.predicted / bin.count - bin.actual / bin.count
                squares += gap * gap * bin.weight
                total += bin.weight
            }
            return ModelEvaluation(logLoss: -loss / weight, rmseBins: (squares / total).squareRoot(), items: items)
        }
    }

    /// The benchmark's bin of a review: days elapsed, long-term reviews so far (with this one) and lapses, each
    /// on a logarithmic scale.
    struct BinKey: Hashable, Comparable, Sendable {
        var elapsed: Int
        var length: Int
        var lapses: Int

        init(_ facts: TrainingSet.ItemFacts) {
            // Rust's `x.log(b)` is ln x / ln b; so is this, so bins split where fsrs-rs's do.
            func bin(_ x: Double, scale: Double, base: Double) -> Int {
                Int((scale * pow(base, (log(x) / log(base)).rounded(.down))).rounded())
            }
            elapsed = Int((2.48 * pow(3.62, (log(Double(facts.elapsed)) / log(3.62)).rounded(.down)) * 100).rounded())
            length = bin(Double(facts.longTermCount + 1), scale: 1.99, base: 1.89)
            lapses = facts.lapses == 0 ? 0 : bin(Double(facts.lapses), scale: 1.65, base: 1.73)
        }

        static func < (a: BinKey, b: BinKey) -> Bool {
            (a.elapsed, a.length, a.lapses) < (b.elapsed, b.length, b.lapses)
        }
    }
}

extension ModelEvaluation {
    /// How items are weighted.
    public enum Weighting: Sendable {
        /// Every item counts once (fsrs-rs's time-series splits).
        case uniform
        /// fsrs-rs's recency weights over the items in the order given (its `evaluate`).
        case recency
    }

    /// Predicts `items` (indices into `set.items`, oldest first; all when nil) with `weights` and tallies them.
    public static func tally(
        _ weights: [Double], on set: TrainingSet, items: [Int]? = nil, weighting: Weighting = .recency,
        facts: [TrainingSet.ItemFacts]? = nil
    ) -> Tally {
        let chosen = items ?? Array(set.items.indices)
        let facts = facts ?? set.itemFacts()
        let predicted = predictions(weights, on: set, items: chosen)
        let last = max(Double(chosen.count) - 1, 1)
        var tally = Tally()
        for (rank, index) in chosen.enumerated() {
            let weight: Double
            switch weighting {
            case .uniform: weight = 1
            case .recency:
                let x = Double(rank) / last
                weight = 0.25 + 0.75 * x * x * x
            }
            let fact = facts[index]
            tally.add(predicted: predicted[rank], recalled: fact.recalled, weight: weight, bin: BinKey(fact))
        }
        return tally
    }

    /// The recall probability `weights` predict for each of `items` (indices into `set.items`), in that order.
    ///
    /// The weights are first clipped as fsrs-rs clips any parameters it is given (one relearning step, the
    /// same-day weights untrained), so a set outside the bounds is judged as the scheduler would use it.
    public static func predictions(_ weights: [Double], on set: TrainingSet, items: [Int]) -> [Double] {
        var clipped = weights
        WeightClipping.clip(&clipped, relearningSteps: 1, shortTerm: false)
        let model = MemoryModel(weights: clipped)
        // Items by card, so each card is replayed once.
        var byCard: [Int32: [(position: Int32, rank: Int)]] = [:]
        for (rank, index) in items.enumerated() {
            byCard[set.items[index].card, default: []].append((set.items[index].position, rank))
        }
        var predicted = [Double](repeating: 0, count: items.count)
        for (card, unsorted) in byCard {
            let targets = unsorted.sorted { $0.position < $1.position }
            guard let last = targets.last else { continue }
            let start = set.cardStarts[Int(card)]
            var state = model.initial(set.ratings[start])
            var next = 0
            let end = Int(last.position)
            for position in 1...end {
                let elapsed = set.elapsedDays[start + position]
                let r = model.retrievability(elapsed: elapsed, stability: state.stability)
                while next < targets.count && Int(targets[next].position) == position {
                    predicted[targets[next].rank] = r
                    next += 1
                }
                if position < end {
                    state = model.next(state, elapsed: elapsed, rating: set.ratings[start + position], retrievability: r)
                }
            }
        }
        return predicted
    }

    /// fsrs-rs's `evaluate`: every item, recency-weighted. Nil when there are none.
    public static func evaluate(_ weights: [Double], on set: TrainingSet, items: [Int]? = nil) -> ModelEvaluation? {
        tally(weights, on: set, items: items, weighting: .recency).evaluation
    }
}
