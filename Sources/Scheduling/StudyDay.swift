import Foundation

/// A learner's study day: from the rollover hour (4 a.m. by default, as in Anki) in their time zone to the
/// same hour the next day, so a late-night session still counts as the evening's.
///
/// On a daylight-saving change the day is 23 or 25 hours long.
public struct StudyDay: Sendable, Hashable, Codable {
    /// First moment of the study day.
    public let start: Date
    /// First moment of the next study day.
    public let end: Date

    public init(start: Date, end: Date) {
        self.start = start
        self.end = end
    }

    /// The study day that contains `moment`.
    public init(containing moment: Date, timeZone: TimeZone, rolloverHour: Int = 4) {
        precondition((0...23).contains(rolloverHour), "the rollover hour is 0...23")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let local = calendar.dateComponents([.year, .month, .day], from: moment)
        var start = Self.rollover(on: local, hour: rolloverHour, calendar: calendar)
        if start > moment {
            let yesterday = Self.shift(local, days: -1, calendar: calendar)
            start = Self.rollover(on: yesterday, hour: rolloverHour, calendar: calendar)
            self.init(start: start, end: Self.rollover(on: local, hour: rolloverHour, calendar: calendar))
        } else {
            let tomorrow = Self.shift(local, days: 1, calendar: calendar)
            self.init(start: start, end: Self.rollover(on: tomorrow, hour: rolloverHour, calendar: calendar))
        }
    }

    /// True when `moment` falls within this study day.
    public func contains(_ moment: Date) -> Bool {
        start <= moment && moment < end
    }

    /// The rollover moment on a calendar date (moved past a daylight-saving gap if the hour is skipped).
    private static func rollover(on date: DateComponents, hour: Int, calendar: Calendar) -> Date {
        var components = DateComponents(year: date.year, month: date.month, day: date.day, hour: hour)
        components.minute = 0
        components.second = 0
        guard let moment = calendar.date(from: components) else {
            preconditionFailure("a Gregorian date at a whole hour always exists")
        }
        return moment
    }

    /// The calendar date `days` after `date`, stepping from noon so no daylight-saving change interferes.
    private static func shift(_ date: DateComponents, days: Int, calendar: Calendar) -> DateComponents {
        let noon = DateComponents(year: date.year, month: date.month, day: date.day, hour: 12)
        guard let moment = calendar.date(from: noon),
            let shifted = calendar.date(byAdding: .day, value: days, to: moment)
        else {
            preconditionFailure("Gregorian dates can always be shifted by whole days")
        }
        return calendar.dateComponents([.year, .month, .day], from: shifted)
    }
}
