import Facts

/// Wrong dates for a date question: first the deck's own dates near the key, then dates near the key at its
/// precision, never in the future and never one that is also true.
enum DateDistractors {
    /// How far from the key a deck date may lie and still be a plausible option, in days.
    static func window(for precision: HistoricalDate.Precision) -> Int {
        switch precision {
        case .year: 365 * 30
        case .month: 31 * 24
        case .day: 120
        }
    }

    /// - Parameters:
    ///   - excluded: dates that would also be true (another event with the same label), never offered.
    static func pool(
        for key: DateValue, index: DeckIndex, latestYear: Int, excluded: (DateValue) -> Bool,
        using rng: inout some RandomNumberGenerator
    ) -> OrderedPool {
        let keyDays = key.days
        let window = window(for: key.start.precision)
        func candidate(_ date: DateValue) -> OrderedCandidate {
            let distance = abs(date.days.lowerBound - keyDays.lowerBound)
            return OrderedCandidate(
                text: date.description, order: Double(date.days.lowerBound), tiebreak: Double(date.days.upperBound),
                closeness: max(0, 1 - Double(distance) / Double(window)))
        }
        func allowed(_ date: DateValue) -> Bool {
            date.description != key.description && date.end.year <= latestYear && !excluded(date)
        }
        func isBelow(_ date: DateValue) -> Bool {
            (date.days.lowerBound, date.days.upperBound) < (keyDays.lowerBound, keyDays.upperBound)
        }

        var pool = OrderedPool()
        // The deck's own dates of the same shape, nearest first, within the window.
        let dates = index.datesByShape[key.shape] ?? []
        var low = 0
        var high = dates.count
        while low < high {
            let mid = (low + high) / 2
            if dates[mid].days.lowerBound < keyDays.lowerBound { low = mid + 1 } else { high = mid }
        }
        var deckBelow: [OrderedCandidate] = []
        var i = low - 1
        while i >= 0, deckBelow.count < 6, keyDays.lowerBound - dates[i].days.lowerBound <= window {
            if allowed(dates[i]), isBelow(dates[i]) { deckBelow.append(candidate(dates[i])) }
            i -= 1
        }
        var deckAbove: [OrderedCandidate] = []
        i = low
        while i < dates.count, deckAbove.count < 6, dates[i].days.lowerBound - keyDays.lowerBound <= window {
            if allowed(dates[i]), !isBelow(dates[i]) { deckAbove.append(candidate(dates[i])) }
            i += 1
        }
        pool.below = deckBelow.shuffled(using: &rng)
        pool.above = deckAbove.shuffled(using: &rng)

        // Dates near the key at its own precision.
        let steps: [Int]
        switch key.start.precision {
        case .year: steps = Array(1...12)
        case .month: steps = Array(1...9)
        case .day: steps = Array(1...28)
        }
        for step in steps.shuffled(using: &rng).prefix(8) {
            if let d = key.shifted(by: -step, latestYear: latestYear), allowed(d) { pool.below.append(candidate(d)) }
            if let d = key.shifted(by: step, latestYear: latestYear), allowed(d) { pool.above.append(candidate(d)) }
        }
        // The same day in the year before or after: a distractor for those who know the day but not the year.
        if key.start.precision == .day, !key.isRange {
            if let d = key.inYear(HistoricalDate.writtenYear(astronomical: key.start.astronomicalYear - 1), latestYear: latestYear), allowed(d) {
                pool.below.insert(candidate(d), at: min(pool.below.count, deckBelow.count + Int.random(in: 0...1, using: &rng)))
            }
            if let d = key.inYear(HistoricalDate.writtenYear(astronomical: key.start.astronomicalYear + 1), latestYear: latestYear), allowed(d) {
                pool.above.insert(candidate(d), at: min(pool.above.count, deckAbove.count + Int.random(in: 0...1, using: &rng)))
            }
        }
        return pool
    }
}
