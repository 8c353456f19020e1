/// A distractor for a question whose options have a natural order (dates, numbers), shown in that order.
struct OrderedCandidate: Sendable {
    var text: String
    /// Where the option sorts among the others.
    var order: Double
    var tiebreak: Double = 0
    /// 0 (far from the key) to 1 (as close as a distractor gets), for the question's difficulty.
    var closeness: Double
}

/// Distractors below and above the key, each side in order of preference (deck values first).
struct OrderedPool: Sendable {
    var below: [OrderedCandidate] = []
    var above: [OrderedCandidate] = []
}
