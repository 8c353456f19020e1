import Facts

/// The options of a date question, built as a whole so that nothing about how they are written points to the
/// key: every part (year, month, day) follows one pattern across the set — all alike, all different, or in
/// two equal halves — so each option's parts recur among the others exactly as often as the key's do, and
/// the key's rank in chronological order is the one dealt.
///
/// A student who moves one part of the key to make distractors leaves the key as the option whose parts all
/// recur ([12 Aug 1864, 12 Aug 1865, 8 Sep 1865, 12 Aug 1866]); here that strategy finds nothing.
enum DateOptions {
    /// How one part varies across a set of options.
    enum Pattern: CaseIterable {
        /// Every option has the key's value.
        case same
        /// Every option has its own value.
        case distinct
        /// Half the options have the key's value, half another (even counts only).
        case halves
    }

    /// A date as parts on a continuous scale: the astronomical year (1 BC is 0), month, day.
    struct Parts: Hashable {
        var year: Int
        var month: Int?
        var day: Int?

        init(_ d: HistoricalDate) {
            year = d.astronomicalYear
            month = d.month
            day = d.day
        }

        init(year: Int, month: Int?, day: Int?) {
            self.year = year
            self.month = month
            self.day = day
        }

        /// The date, or nil when the parts make none (31 June, year out of range).
        func date(latestYear: Int) -> HistoricalDate? {
            let written = HistoricalDate.writtenYear(astronomical: year)
            guard written <= latestYear, written >= -9999, written <= 9999 else { return nil }
            if let month, let day, day > HistoricalDate.daysIn(month: month, year: written) { return nil }
            return HistoricalDate(year: written, month: month, day: day)
        }
    }

    /// `count` options (the key included) in chronological order with the key at `rank`, or nil when the
    /// calendar and the current year leave no such set. `excluded` rules out dates that would also be true.
    static func make(
        key: DateValue, count: Int, rank: Int, latestYear: Int, excluded: (DateValue) -> Bool,
        using rng: inout some RandomNumberGenerator
    ) -> [DateValue]? {
        switch key {
        case .single(let date):
            return single(date, count: count, rank: rank, latestYear: latestYear, excluded: excluded, using: &rng)
        case .range:
            return range(key, count: count, rank: rank, latestYear: latestYear, excluded: excluded, using: &rng)
        }
    }

    static func single(
        _ key: HistoricalDate, count n: Int, rank: Int, latestYear: Int, excluded: (DateValue) -> Bool,
        using rng: inout some RandomNumberGenerator
    ) -> [DateValue]? {
        let keyParts = Parts(key)
        let precision = key.precision
        let patterns = Pattern.allCases.filter { $0 != .halves || n % 2 == 0 }
        for _ in 0..<120 {
            // Drawn as `randomElement` draws, from a list never empty (`.same` and `.distinct` are always in it).
            let year = precision == .year ? Pattern.distinct : patterns[Int.random(in: patterns.indices, using: &rng)]
            let month = precision == .year ? Pattern.same : patterns[Int.random(in: patterns.indices, using: &rng)]
            let day = precision == .day ? patterns[Int.random(in: patterns.indices, using: &rng)] : Pattern.same
            // Two options alike in every part would be one option.
            guard year == .distinct || month == .distinct || day == .distinct || [year, month, day].filter({ $0 == .halves }).count >= 2
            else {
                continue
            }
            // The leading part that varies orders the options: spread it so that the key lands at `rank`.
            let leading = year != .same ? 0 : month != .same ? 1 : 2
            let years = values(
                year, key: keyParts.year, count: n, spread: precision == .year ? 5 : 2, bounds: -9998...latestYear,
                rank: leading == 0 ? rank : nil, using: &rng)
            let months = values(
                month, key: keyParts.month ?? 1, count: n, spread: 4, bounds: 1...12, rank: leading == 1 ? rank : nil, using: &rng)
            let days = values(
                day, key: keyParts.day ?? 1, count: n, spread: 7, bounds: 1...31, rank: leading == 2 ? rank : nil, using: &rng)
            guard let years, let months, let days else { continue }
            var dates: [HistoricalDate] = [key]
            var seen: Set<Parts> = [keyParts]
            for i in 1..<n {
                let parts = Parts(
                    year: years[i], month: precision == .year ? nil : months[i], day: precision == .day ? days[i] : nil)
                guard seen.insert(parts).inserted, let date = parts.date(latestYear: latestYear), !excluded(.single(date)) else { break }
                dates.append(date)
            }
            guard dates.count == n else { continue }
            let sorted = dates.sorted()
            guard sorted.firstIndex(of: key) == rank else { continue }
            return sorted.map(DateValue.single)
        }
        return nil
    }

    /// Values of one part for `count` options, the key's first. With `rank`, a distinct part puts exactly
    /// `rank` values below the key's, the gaps between neighbours drawn alike on both sides.
    static func values(
        _ pattern: Pattern, key: Int, count: Int, spread: Int, bounds: ClosedRange<Int>, rank: Int?,
        using rng: inout some RandomNumberGenerator
    ) -> [Int]? {
        switch pattern {
        case .same:
            return Array(repeating: key, count: count)
        case .halves:
            var other = key
            while other == key { other = key + Int.random(in: 1...spread, using: &rng) * (Bool.random(using: &rng) ? 1 : -1) }
            if let rank { other = rank < count / 2 ? key + abs(other - key) : key - abs(other - key) }
            guard bounds.contains(other) else { return nil }
            var rest = Array(repeating: key, count: count / 2 - 1) + Array(repeating: other, count: count / 2)
            rest.shuffle(using: &rng)
            return [key] + rest
        case .distinct:
            let below = rank ?? Int.random(in: 0..<count, using: &rng)
            var result = [key]
            var low = key
            let least = spread >= 7 ? 2 : 1
            for _ in 0..<below {
                low -= Int.random(in: least...spread, using: &rng)
                result.append(low)
            }
            var high = key
            for _ in 0..<(count - 1 - below) {
                high += Int.random(in: least...spread, using: &rng)
                result.append(high)
            }
            guard result.allSatisfy(bounds.contains) else { return nil }
            return [key] + result.dropFirst().shuffled(using: &rng)
        }
    }

    /// A range moved whole, by steps longer than itself so that no option overlaps another, `rank` steps back.
    static func range(
        _ key: DateValue, count n: Int, rank: Int, latestYear: Int, excluded: (DateValue) -> Bool,
        using rng: inout some RandomNumberGenerator
    ) -> [DateValue]? {
        let length = units(from: key.start, to: key.end)
        for _ in 0..<40 {
            var offsets: [Int] = []
            var low = 0
            for _ in 0..<rank {
                low -= length + Int.random(in: 1...3, using: &rng)
                offsets.append(low)
            }
            var high = 0
            for _ in 0..<(n - 1 - rank) {
                high += length + Int.random(in: 1...3, using: &rng)
                offsets.append(high)
            }
            let moved = offsets.compactMap { key.shifted(by: $0, latestYear: latestYear) }.filter { !excluded($0) }
            guard moved.count == n - 1 else { continue }
            return ([key] + moved).sorted()
        }
        return nil
    }

    /// Whole units of the start's precision from one date to another.
    static func units(from a: HistoricalDate, to b: HistoricalDate) -> Int {
        switch a.precision {
        case .year: b.astronomicalYear - a.astronomicalYear
        case .month: (b.astronomicalYear * 12 + (b.month ?? 1)) - (a.astronomicalYear * 12 + (a.month ?? 1))
        case .day: b.firstDay - a.firstDay
        }
    }

    /// A date that makes a statement about the key wholly and clearly false: at least two units of the key's
    /// precision away for years and months, and for days more than a month (a day of the key's month is nearly
    /// true), never a date that is also true.
    static func falseDate(for key: DateValue, latestYear: Int, excluded: (DateValue) -> Bool, using rng: inout some RandomNumberGenerator)
        -> DateValue?
    {
        let least = key.start.precision == .day ? 32 : 2
        let step = key.isRange ? units(from: key.start, to: key.end) + least : least
        for _ in 0..<20 {
            let amount =
                (step + Int.random(in: 0...(key.start.precision == .day ? 90 : 6), using: &rng)) * (Bool.random(using: &rng) ? 1 : -1)
            if let d = key.shifted(by: amount, latestYear: latestYear), d != key, !d.overlaps(key), !excluded(d) { return d }
        }
        return nil
    }
}
