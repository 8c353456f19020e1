import Foundation
import Testing

@testable import StudySession

@Suite struct TimeTextTests {
    let now = sessionStart  // Monday 2 March 2026, 10:00 UTC

    @Test func relativeTimes() {
        #expect(TimeText.relative(now.addingTimeInterval(10), from: now, timeZone: utc) == "now")
        #expect(TimeText.relative(now.addingTimeInterval(60), from: now, timeZone: utc) == "in 1 minute")
        #expect(TimeText.relative(now.addingTimeInterval(600), from: now, timeZone: utc) == "in 10 minutes")
        #expect(TimeText.relative(now.addingTimeInterval(3 * 3600), from: now, timeZone: utc) == "in 3 hours (at 13:00)")
        #expect(TimeText.relative(now.addingTimeInterval(86_400), from: now, timeZone: utc) == "tomorrow (Tue 3 Mar)")
        #expect(TimeText.relative(now.addingTimeInterval(12 * 86_400), from: now, timeZone: utc) == "in 12 days (Sat 14 Mar)")
        #expect(TimeText.relative(now.addingTimeInterval(300 * 86_400), from: now, timeZone: utc) == "in 10 months (Sun 27 Dec)")
        #expect(TimeText.relative(now.addingTimeInterval(400 * 86_400), from: now, timeZone: utc) == "in 13 months (Tue 6 Apr 2027)")
    }

    @Test func theTimeZoneDecidesTheDay() {
        let tokyo = TimeZone(identifier: "Asia/Tokyo")!
        // 10:00 UTC is 19:00 in Tokyo; 8 hours later is 03:00 the next day there.
        #expect(TimeText.relative(now.addingTimeInterval(8 * 3600), from: now, timeZone: tokyo) == "tomorrow (Tue 3 Mar)")
        #expect(TimeText.relative(now.addingTimeInterval(8 * 3600), from: now, timeZone: utc) == "in 8 hours (at 18:00)")
    }

    @Test func buttonIntervals() {
        #expect(TimeText.short(30) == "<1m")
        #expect(TimeText.short(600) == "10m")
        #expect(TimeText.short(3 * 3600) == "3h")
        #expect(TimeText.short(2 * 86_400) == "2d")
        #expect(TimeText.short(45 * 86_400) == "1.5mo")
        #expect(TimeText.short(800 * 86_400) == "2.2y")
    }

    @Test func durations() {
        #expect(TimeText.duration(45) == "45 s")
        #expect(TimeText.duration(252) == "4 min 12 s")
        #expect(TimeText.duration(3900) == "1 h 5 min")
        #expect(TimeText.responseTime(4.23) == "4.2 s")
        #expect(TimeText.responseTime(14.4) == "14 s")
    }
}
