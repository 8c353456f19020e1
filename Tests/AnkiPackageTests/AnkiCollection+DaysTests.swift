import Foundation
import Testing

@testable import AnkiPackage

@Suite struct AnkiCollectionDaysTests {
    func moment(_ text: String) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: text))
    }

    @Test func daysBeginAtTheRolloverHourWhereTheCollectionWasMade() throws {
        // Made at 13:00 in UTC+1 with days from 04:00: day 0 began at 03:00 UTC that morning.
        let collection = AnkiCollection(created: try moment("2026-01-01T12:00:00Z"), creationOffsetMinutes: -60, rolloverHour: 4)
        #expect(collection.start(ofDay: 0) == (try moment("2026-01-01T03:00:00Z")))
        #expect(collection.start(ofDay: 2) == (try moment("2026-01-03T03:00:00Z")))
        // Made at 02:00 there, before the day's rollover: still the day before.
        let early = AnkiCollection(created: try moment("2026-01-01T01:00:00Z"), creationOffsetMinutes: -60, rolloverHour: 4)
        #expect(early.start(ofDay: 1) == (try moment("2026-01-01T03:00:00Z")))
        // West of UTC (New York in winter, 300 minutes behind).
        let west = AnkiCollection(created: try moment("2026-01-01T12:00:00Z"), creationOffsetMinutes: 300, rolloverHour: 4)
        #expect(west.start(ofDay: 0) == (try moment("2026-01-01T09:00:00Z")))
    }

    @Test func oldFilesCountWholeDaysFromTheCreationMoment() throws {
        let collection = AnkiCollection(created: try moment("2026-01-01T04:00:00Z"))
        #expect(collection.start(ofDay: 10) == (try moment("2026-01-11T04:00:00Z")))
    }
}
