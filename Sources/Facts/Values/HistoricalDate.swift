import CivilCalendar

/// A calendar date known to a year, a month or a day, as a deck wrote it.
///
/// Years before the common era are negative as written (`-44` is 44 BC); there is no year 0.
/// The precision written is the precision asked and shown.
public struct HistoricalDate: Hashable, Sendable, Comparable {
    public enum Precision: Int, Sendable, Comparable, Codable {
        case year
        case month
        case day

        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The year as written: negative for BC, never 0.
    public var year: Int
    public var month: Int?
    public var day: Int?

    /// A date; callers are expected to pass a valid one (see `HistoricalDate.parse`).
    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        precondition(year != 0, "there is no year 0")
        precondition(day == nil || month != nil, "a day needs a month")
        self.year = year
        self.month = month
        self.day = day
    }

    public var precision: Precision {
        day != nil ? .day : month != nil ? .month : .year
    }

    public var isBC: Bool { year < 0 }

    /// The year on a continuous scale (1 BC is 0, 2 BC is -1), for arithmetic.
    public var astronomicalYear: Int { year < 0 ? year + 1 : year }

    /// The written year of an astronomical year.
    public static func writtenYear(astronomical: Int) -> Int { astronomical <= 0 ? astronomical - 1 : astronomical }

    public static func < (lhs: HistoricalDate, rhs: HistoricalDate) -> Bool {
        (lhs.astronomicalYear, lhs.month ?? 0, lhs.day ?? 0) < (rhs.astronomicalYear, rhs.month ?? 0, rhs.day ?? 0)
    }

    /// Whether `year` (as written) is a leap year in the proleptic Gregorian calendar.
    public static func isLeapYear(_ year: Int) -> Bool {
        CivilCalendar.isLeapYear(year < 0 ? year + 1 : year)
    }

    /// Days in `month` of `year` (as written).
    public static func daysIn(month: Int, year: Int) -> Int {
        CivilCalendar.daysIn(month: month, year: year < 0 ? year + 1 : year)
    }

    /// This date moved by whole units of its own precision (years, months or days).
    public func shifted(by amount: Int) -> HistoricalDate {
        switch precision {
        case .year:
            return HistoricalDate(year: Self.writtenYear(astronomical: astronomicalYear + amount))
        case .month:
            let index = astronomicalYear * 12 + ((month ?? 1) - 1) + amount
            let (y, m) = (Int((Double(index) / 12).rounded(.down)), index - Int((Double(index) / 12).rounded(.down)) * 12)
            return HistoricalDate(year: Self.writtenYear(astronomical: y), month: m + 1)
        case .day:
            let shiftedDays = dayNumber + amount
            return Self(dayNumber: shiftedDays)
        }
    }

    /// Days since 1 January 1970 in the proleptic Gregorian calendar, negative before it (a month or a year
    /// counts from its first day).
    public var dayNumber: Int {
        CivilCalendar.days(year: astronomicalYear, month: month ?? 1, day: day ?? 1)
    }

    /// The day-precision date of a day number (the inverse of `dayNumber`).
    public init(dayNumber: Int) {
        let (year, month, day) = CivilCalendar.date(days: dayNumber)
        self.init(year: Self.writtenYear(astronomical: year), month: month, day: day)
    }
}
