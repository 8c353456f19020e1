import Facts

extension HistoricalDate {
    /// The first day this date can mean, as a day number ("1945" starts on 1 January 1945).
    var firstDay: Int { HistoricalDate(year: year, month: month ?? 1, day: day ?? 1).dayNumber }

    /// The last day this date can mean ("August 1945" ends on 31 August 1945).
    var lastDay: Int {
        let m = month ?? 12
        let d = day ?? HistoricalDate.daysIn(month: m, year: year)
        return HistoricalDate(year: year, month: m, day: d).dayNumber
    }

    /// The noun a question uses for a date of this precision: "year", "month", "date".
    var precisionNoun: String {
        switch precision {
        case .year: "year"
        case .month: "month"
        case .day: "date"
        }
    }
}

extension DateValue {
    /// Every day the date can mean, so that two facts whose dates could be the same day are never told apart by date.
    var days: ClosedRange<Int> { start.firstDay...end.lastDay }

    var isRange: Bool { if case .range = self { true } else { false } }

    /// Whether the two dates could name a common day.
    func overlaps(_ other: DateValue) -> Bool { days.overlaps(other.days) }

    /// The noun for the answer: "year", "month", "date"; "years", "months", "dates" for a range.
    var noun: String {
        let singular = start.precision == end.precision ? start.precisionNoun : "date"
        return isRange ? singular + "s" : singular
    }

    /// The date moved by `amount` units of its own precision (both ends of a range alike); nil if that is no date.
    func shifted(by amount: Int, latestYear: Int) -> DateValue? {
        func ok(_ d: HistoricalDate) -> Bool { d.year <= latestYear && d.year >= -9999 && d.year <= 9999 }
        switch self {
        case .single(let date):
            let moved = date.shifted(by: amount)
            return ok(moved) ? .single(moved) : nil
        case .range(let low, let high):
            let a = low.shifted(by: amount)
            let b = high.shifted(by: amount)
            guard ok(a), ok(b), a < b else { return nil }
            return .range(a, b)
        }
    }

    /// The same day and month in another year (day-precision single dates only; 29 February needs a leap year).
    func inYear(_ year: Int, latestYear: Int) -> DateValue? {
        guard case .single(let date) = self, year != 0, year <= latestYear, year >= -9999 else { return nil }
        if let month = date.month, let day = date.day, day > HistoricalDate.daysIn(month: month, year: year) { return nil }
        return .single(HistoricalDate(year: year, month: date.month, day: date.day))
    }

    /// The shape a date distractor must share with the key: single or range, and the precision of each end.
    var shape: DateShape {
        DateShape(isRange: isRange, start: start.precision, end: end.precision)
    }

    /// Years written in the date, as a prompt might give them away: "1945", "44".
    var yearTexts: [String] {
        let years = isRange ? [start.year, end.year] : [start.year]
        return years.map { String(abs($0)) }
    }
}

/// What makes two dates comparable as options: both single or both ranges, at the same precision.
struct DateShape: Hashable, Sendable {
    var isRange: Bool
    var start: HistoricalDate.Precision
    var end: HistoricalDate.Precision
}
