/// fsrs-rs's outlier filter: among each card's first review a day or more after learning, grouped by the first
/// rating and the days elapsed, the rarest groups (about 5% of each rating's items, at least 20) are dropped, and
/// so are groups of fewer than six or with more than 100 days elapsed (365 after Easy); every item of a card in a
/// dropped group leaves the training set.
///
/// Whatever is left of the first long-term reviews pre-trains the initial stabilities.
enum OutlierFilter {
    /// Indices into `items` (in the order given) for the pre-training and for the training.
    static func split(_ facts: [TrainingSet.ItemFacts], items: [Int]) -> (initialization: [Int], training: [Int]) {
        var groups: [UInt8: [Int32: [Int]]] = [:]
        for index in items where facts[index].longTermCount == 1 {
            groups[facts[index].firstRating, default: [:]][facts[index].elapsed, default: []].append(index)
        }
        var removed: [UInt8: Set<Int32>] = [:]
        var initialization: [Int] = []
        for (rating, byElapsed) in groups.sorted(by: { $0.key < $1.key }) {
            // Largest first, and among equal sizes the longest delay first; walked backwards from the rarest.
            let subgroups = byElapsed.sorted { a, b in
                a.value.count != b.value.count ? a.value.count > b.value.count : a.key > b.key
            }
            let total = subgroups.reduce(0) { $0 + $1.value.count }
            var removedSoFar = 0
            for (elapsed, members) in subgroups.reversed() {
                if removedSoFar + members.count >= max(20, total / 20) {
                    if members.count >= 6 && elapsed <= (rating != 4 ? 100 : 365) {
                        initialization += members
                    } else {
                        removed[rating, default: []].insert(elapsed)
                    }
                } else {
                    removedSoFar += members.count
                    removed[rating, default: []].insert(elapsed)
                }
            }
        }
        let training = items.filter { index in
            !(removed[facts[index].firstRating]?.contains(facts[index].firstLongTermElapsed) ?? false)
        }
        return (initialization, training)
    }
}
