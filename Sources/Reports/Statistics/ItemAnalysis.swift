/// Classical item analysis adapted to spaced repetition, where students answer a fact a different number of
/// times: each student's result on a fact is the share of their answers that were right, and every student
/// who answered weighs the same.
public enum ItemAnalysis {
    /// The facility index: the mean of the answering students' shares right; nil when no one answered.
    public static func facility(_ results: some Sequence<RetentionTally>) -> Double? {
        var sum = 0.0
        var count = 0
        for result in results {
            guard let rate = result.rate else { continue }
            sum += rate
            count += 1
        }
        return count > 0 ? sum / Double(count) : nil
    }

    /// The strongest and weakest students by their overall share right: `share` (27%, Kelley's) of the
    /// students who answered anything, rounded, at least one each; none when fewer than two answered.
    /// Ties are broken by name so the same data always gives the same groups.
    public static func groups(_ overall: [(name: String, answers: RetentionTally)], share: Double = 0.27) -> DiscriminationGroups {
        let ranked = overall.compactMap { entry in entry.answers.rate.map { (entry.name, $0) } }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        guard ranked.count >= 2 else {
            return DiscriminationGroups(ranked: ranked.count, groupSize: 0, upper: [], lower: [])
        }
        let size = min(ranked.count / 2, max(1, Int((share * Double(ranked.count)).rounded())))
        return DiscriminationGroups(
            ranked: ranked.count, groupSize: size, upper: ranked.prefix(size).map(\.0),
            lower: ranked.suffix(size).reversed().map(\.0))
    }

    /// The discrimination index: facility among the upper group's students who answered the fact minus
    /// facility among the lower group's; nil when either group has no one who answered it.
    public static func discrimination(upper: some Sequence<RetentionTally>, lower: some Sequence<RetentionTally>) -> Double? {
        guard let high = facility(upper), let low = facility(lower) else { return nil }
        return high - low
    }
}
