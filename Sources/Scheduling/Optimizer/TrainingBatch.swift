/// A mini-batch as fsrs-rs builds it when it knows each item's card: whole cards, each replayed once with a
/// prediction at every review that is an item, packed until the predictions would pass the batch size.
struct TrainingBatch: Sendable {
    /// One card's reviews from the first up to its last item in the batch.
    struct Column: Sendable {
        var card: Int32
        /// Reviews replayed: the last item's position plus one.
        var length: Int32
        /// This column's targets are `targets[firstTarget ..< firstTarget + targetCount]`, by position.
        var firstTarget: Int32
        var targetCount: Int32
    }

    /// A prediction to score: the review at `position` of its column's card.
    struct Target: Sendable {
        var position: Int32
        var weight: Double
        var recalled: Bool
    }

    var columns: [Column] = []
    var targets: [Target] = []

    /// The number of predictions (fsrs-rs's "real batch size").
    var predictionCount: Int { targets.count }

    /// The columns cut into `count` runs of about equal predictions, whose gradients can be worked out apart
    /// (on several cores) and added in order: the same cut, so the same sum, however they are run.
    func shards(_ count: Int) -> [Range<Int>] {
        var bounds = [0]
        var predictions = 0
        for (index, column) in columns.enumerated() {
            predictions += Int(column.targetCount)
            if bounds.count < count && predictions * count >= predictionCount * bounds.count {
                bounds.append(index + 1)
            }
        }
        while bounds.count <= count { bounds.append(columns.count) }
        return (0..<count).map { bounds[$0]..<bounds[$0 + 1] }
    }

    /// Packs weighted items into batches: cards ordered by their column length (ties by card), then filled
    /// until one more card would pass `size` predictions (a card with more than `size` is a batch alone).
    static func make(
        _ items: [(item: TrainingSet.Item, weight: Double)], in set: TrainingSet, size: Int
    ) -> [TrainingBatch] {
        var byCard: [Int32: [(position: Int32, weight: Double)]] = [:]
        for (item, weight) in items {
            byCard[item.card, default: []].append((item.position, weight))
        }
        // Each card's last target position comes along, so the ordering and the column length need no lookup.
        var cards: [(card: Int32, last: Int32, targets: [(position: Int32, weight: Double)])] = byCard.compactMap { card, targets in
            let sorted = targets.sorted { $0.position < $1.position }
            return sorted.last.map { (card, $0.position, sorted) }
        }
        cards.sort { a, b in
            a.last != b.last ? a.last < b.last : a.card < b.card
        }
        var batches: [TrainingBatch] = []
        var current = TrainingBatch()
        for (card, last, targets) in cards {
            if !current.columns.isEmpty && current.predictionCount + targets.count > size {
                batches.append(current)
                current = TrainingBatch()
            }
            current.columns.append(
                Column(
                    card: card, length: last + 1, firstTarget: Int32(current.targets.count),
                    targetCount: Int32(targets.count)))
            for target in targets {
                current.targets.append(
                    Target(
                        position: target.position, weight: target.weight,
                        recalled: set.rating(card: card, position: target.position) > 1))
            }
        }
        if !current.columns.isEmpty {
            batches.append(current)
        }
        return batches
    }
}
