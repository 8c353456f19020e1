import SeededRandom

/// Spreading review intervals so cards learnt together fall due on different days.
///
/// Both algorithms use the same ranges: ±1 day, plus 15% of the part of the interval between 2.5 and 7
/// days, 10% of the part between 7 and 20, and 5% of the part beyond 20. Intervals under 2.5 days are
/// never fuzzed. The random draw `unit` in 0..<1 comes from a `SeededGenerator`, never a global RNG.
public enum Fuzz {
    private static let ranges: [(start: Double, end: Double, factor: Double)] = [
        (2.5, 7.0, 0.15),
        (7.0, 20.0, 0.1),
        (20.0, .infinity, 0.05),
    ]

    /// How many days the interval may move either way.
    public static func delta(forDays interval: Double) -> Double {
        guard interval >= 2.5 else { return 0 }
        var delta = 1.0
        for range in ranges {
            delta += range.factor * max(min(interval, range.end) - range.start, 0.0)
        }
        return delta
    }

    /// py-fsrs 6.3.2's fuzz, formula for formula (`_get_fuzzed_interval`).
    ///
    /// Note its quirk: the draw spans `max − min + 1` days and is then rounded half to even, so `min` is half
    /// as likely as its neighbours and `max + 1` can come out (the maximum interval still caps it).
    public static func pyFSRSDays(_ interval: Int, maximumInterval: Int, unit: Double) -> Int {
        guard Double(interval) >= 2.5 else { return interval }
        let delta = delta(forDays: Double(interval))
        var lower = Int((Double(interval) - delta).rounded(.toNearestOrEven))
        var upper = Int((Double(interval) + delta).rounded(.toNearestOrEven))
        lower = max(2, lower)
        upper = min(upper, maximumInterval)
        lower = min(lower, upper)
        let drawn = (unit * Double(upper - lower + 1) + Double(lower)).rounded(.toNearestOrEven)
        return min(Int(drawn), maximumInterval)
    }

    /// Anki's fuzz (`with_review_fuzz`): a whole number of days uniformly within the fuzz range, itself kept
    /// within `minimum...maximum`; without a draw, the interval rounded and clamped.
    public static func ankiDays(_ interval: Double, minimum: Int, maximum: Int, unit: Double?) -> Int {
        guard let unit else {
            return min(max(Int(interval.rounded()), minimum), maximum)
        }
        let (lower, upper) = ankiBounds(interval, minimum: minimum, maximum: maximum)
        return Int((Double(lower) + unit * Double(1 + upper - lower)).rounded(.down))
    }

    /// The fuzz range Anki draws from, within `minimum...maximum` and at least two days wide where it can be.
    static func ankiBounds(_ interval: Double, minimum: Int, maximum: Int) -> (lower: Int, upper: Int) {
        let minimum = min(minimum, maximum)
        let interval = min(max(interval, Double(minimum)), Double(maximum))
        let delta = delta(forDays: interval)
        var lower = max(Int((interval - delta).rounded()), 0)
        var upper = max(Int((interval + delta).rounded()), 0)
        lower = min(max(lower, minimum), maximum)
        upper = min(max(upper, minimum), maximum)
        if upper == lower && upper > 2 && upper < maximum {
            upper = lower + 1
        }
        return (lower, upper)
    }
}
