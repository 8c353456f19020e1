import Foundation
import Scheduling
import Testing

@Suite("StudyDay")
struct StudyDayTests {
    static let utc = TimeZone(identifier: "UTC")!

    @Test("the day runs from 4 a.m. to 4 a.m.; 3:59 belongs to the day before")
    func rollover() {
        let late = StudyDay(containing: pythonDate("2026-03-10T03:59:59+00:00"), timeZone: Self.utc)
        #expect(late.start == pythonDate("2026-03-09T04:00:00+00:00"))
        #expect(late.end == pythonDate("2026-03-10T04:00:00+00:00"))
        let onTheHour = StudyDay(containing: pythonDate("2026-03-10T04:00:00+00:00"), timeZone: Self.utc)
        #expect(onTheHour.start == late.end)
        #expect(onTheHour.contains(pythonDate("2026-03-11T03:59:59+00:00")))
        #expect(!onTheHour.contains(pythonDate("2026-03-11T04:00:00+00:00")))
    }

    @Test("a midnight rollover in Tokyo")
    func midnightTokyo() {
        let day = StudyDay(
            containing: pythonDate("2026-01-01T14:59:00+00:00"), timeZone: TimeZone(identifier: "Asia/Tokyo")!,
            rolloverHour: 0)
        #expect(day.start == pythonDate("2025-12-31T15:00:00+00:00"))
        #expect(day.end == pythonDate("2026-01-01T15:00:00+00:00"))
    }

    @Test("daylight saving makes a 23-hour and a 25-hour day")
    func daylightSaving() {
        // New York springs forward on 2026-03-08: 04:00 EST on the 7th to 04:00 EDT on the 8th.
        let spring = StudyDay(
            containing: pythonDate("2026-03-08T01:00:00+00:00"), timeZone: TimeZone(identifier: "America/New_York")!)
        #expect(spring.start == pythonDate("2026-03-07T09:00:00+00:00"))
        #expect(spring.end == pythonDate("2026-03-08T08:00:00+00:00"))
        // Berlin falls back on 2026-10-25: 04:00 CEST on the 24th to 04:00 CET on the 25th.
        let autumn = StudyDay(
            containing: pythonDate("2026-10-24T10:00:00+00:00"), timeZone: TimeZone(identifier: "Europe/Berlin")!)
        #expect(autumn.start == pythonDate("2026-10-24T02:00:00+00:00"))
        #expect(autumn.end == pythonDate("2026-10-25T03:00:00+00:00"))
        #expect(autumn.end.timeIntervalSince(autumn.start) == 25 * 3600)
    }
}
