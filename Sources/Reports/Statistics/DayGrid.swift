import Foundation
import Scheduling

/// Consecutive study days laid out once, so that placing hundreds of thousands of answers in their day is
/// a binary search rather than a calendar computation each.
struct DayGrid: Sendable {
    /// The study days, in order, each ending where the next begins.
    let days: [StudyDay]
    /// Each day's local calendar date, `YYYY-MM-DD`.
    let dates: [String]
    /// Each day's weekday, 1 (Sunday) to 7 (Saturday), as `Calendar` numbers them.
    let weekdays: [Int]
    private let starts: [Double]

    /// The study days from the one holding `first` to the one holding `last`, both included.
    init(from first: Date, through last: Date, timeZone: TimeZone, rolloverHour: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        var days: [StudyDay] = []
        var day = StudyDay(containing: first, timeZone: timeZone, rolloverHour: rolloverHour)
        days.append(day)
        while day.end <= last {
            day = StudyDay(containing: day.end, timeZone: timeZone, rolloverHour: rolloverHour)
            days.append(day)
        }
        self.days = days
        self.starts = days.map(\.start.timeIntervalSinceReferenceDate)
        // The local date of a study day is the date at its start (the rollover hour of that date).
        let components = days.map { calendar.dateComponents([.year, .month, .day, .weekday], from: $0.start) }
        self.dates = components.map { c in
            String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
        }
        self.weekdays = components.map { $0.weekday ?? 1 }
    }

    var count: Int { days.count }
    var start: Date { days[0].start }
    var end: Date { days[days.count - 1].end }

    /// The index of the day holding `moment`; nil outside the grid.
    func index(of moment: Date) -> Int? {
        let t = moment.timeIntervalSinceReferenceDate
        guard t >= starts[0], moment < end else { return nil }
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= t { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
