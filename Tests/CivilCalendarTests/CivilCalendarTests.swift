import CivilCalendar
import Testing

@Suite struct CivilCalendarTests {
    @Test(arguments: [
        (1970, 1, 1, 0), (1969, 12, 31, -1), (2000, 3, 1, 11_017), (2026, 12, 1, 20_788),
        (1, 1, 1, -719_162), (0, 2, 29, -719_469), (-43, 3, 15, -735_160),  // 15 March 44 BC
    ])
    func daysCountFromTheFirstOf1970(year: Int, month: Int, day: Int, days: Int) {
        #expect(CivilCalendar.days(year: year, month: month, day: day) == days)
        #expect(CivilCalendar.date(days: days) == (year, month, day))
    }

    @Test func everyDayOfTwelveThousandYearsRoundTripsInOrder() {
        var previous = CivilCalendar.days(year: -6000, month: 1, day: 1) - 1
        for year in stride(from: -6000, through: 6000, by: 7) {
            for month in 1...12 {
                for day in [1, CivilCalendar.daysIn(month: month, year: year)] {
                    let days = CivilCalendar.days(year: year, month: month, day: day)
                    #expect(days > previous)
                    previous = days
                    #expect(CivilCalendar.date(days: days) == (year, month, day))
                }
            }
        }
    }

    @Test func leapYearsAreGregorianAndAstronomical() {
        #expect(CivilCalendar.isLeapYear(2000) && CivilCalendar.isLeapYear(2024) && CivilCalendar.isLeapYear(0))
        #expect(!CivilCalendar.isLeapYear(1900) && !CivilCalendar.isLeapYear(2026) && !CivilCalendar.isLeapYear(-1))
        #expect(CivilCalendar.isLeapYear(-4))  // 5 BC
        #expect(CivilCalendar.daysIn(month: 2, year: 1900) == 28 && CivilCalendar.daysIn(month: 2, year: 2000) == 29)
        #expect(CivilCalendar.daysIn(month: 4, year: 2026) == 30 && CivilCalendar.daysIn(month: 12, year: 2026) == 31)
    }

    @Test func aTypedDayParsesOnlyWhenItExists() {
        #expect(CivilCalendar.parseDay("2026-09-01")! == (2026, 9, 1))
        #expect(CivilCalendar.parseDay("2024-02-29")! == (2024, 2, 29))
        for bad in ["2026-02-29", "2026-13-01", "2026-00-10", "2026-9-1", "26-09-01", "2026-09-01T", "２０２６-09-01", "+026-09-01", ""] {
            #expect(CivilCalendar.parseDay(bad) == nil, "\(bad)")
        }
    }
}
