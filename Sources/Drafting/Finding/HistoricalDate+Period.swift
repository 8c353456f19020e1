import Facts

extension HistoricalDate {
    /// The last day a date of this precision covers, for comparing it with finer dates: 1945-08 ends on 1945-08-31.
    var lastDayOfPeriod: HistoricalDate {
        switch precision {
        case .day: self
        case .month: HistoricalDate(year: year, month: month, day: HistoricalDate.daysIn(month: month ?? 12, year: year))
        case .year: HistoricalDate(year: year, month: 12, day: 31)
        }
    }
}
