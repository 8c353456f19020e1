import Foundation
import Testing

@testable import ProgressStore

@Suite("Timestamp")
struct TimestampTests {
    @Test(
        "parses UTC, offsets, fractions and a space for the T",
        arguments: [
            ("2026-01-01T00:00:00Z", 1_767_225_600_000_000 as Int64),
            ("2026-01-01T00:00:00+00:00", 1_767_225_600_000_000),
            ("2026-01-01T02:30:00+02:30", 1_767_225_600_000_000),
            ("2025-12-31T19:00:00-0500", 1_767_225_600_000_000),
            ("2026-01-01T01:00:00+01", 1_767_225_600_000_000),
            ("2026-01-01 00:00:00.5Z", 1_767_225_600_500_000),
            ("2026-01-01T00:00:00.123456000Z", 1_767_225_600_123_456),
            ("2026-01-01T00:00Z", 1_767_225_600_000_000),
            ("2024-02-29T12:00:00z", 1_709_208_000_000_000),
            ("1969-12-31T23:59:59.999999Z", -1),
        ])
    func parses(_ text: String, _ expected: Int64) throws {
        #expect(try Timestamp.parseISO8601(text) == expected)
    }

    @Test("refuses text without a zone, impossible dates and other shapes")
    func refuses() {
        #expect(throws: Timestamp.ParseError.missingZone) { try Timestamp.parseISO8601("2026-01-01T10:00:00") }
        #expect(throws: Timestamp.ParseError.missingZone) { try Timestamp.parseISO8601("2026-01-01") }
        #expect(throws: Timestamp.ParseError.outOfRange("day")) { try Timestamp.parseISO8601("2025-02-29T10:00:00Z") }
        #expect(throws: Timestamp.ParseError.outOfRange("hour")) { try Timestamp.parseISO8601("2026-01-01T24:00:00Z") }
        #expect(throws: Timestamp.ParseError.outOfRange("month")) { try Timestamp.parseISO8601("2026-13-01T10:00:00Z") }
        #expect(throws: Timestamp.ParseError.malformed) { try Timestamp.parseISO8601("yesterday") }
        #expect(throws: Timestamp.ParseError.malformed) { try Timestamp.parseISO8601("2026-01-01T10:00:00Z trailing") }
        #expect(throws: Timestamp.ParseError.malformed) { try Timestamp.parseISO8601("2026-01-01T10:00:00.Z") }
        // A moment finer than a microsecond is refused, never cut short.
        #expect(throws: Timestamp.ParseError.finerThanMicroseconds) { try Timestamp.parseISO8601("2026-01-01T00:00:00.123456789Z") }
    }

    @Test("formats in UTC with microseconds only when there are some")
    func formats() {
        #expect(Timestamp.iso8601(1_767_225_600_000_000) == "2026-01-01T00:00:00Z")
        #expect(Timestamp.iso8601(1_767_225_600_000_250) == "2026-01-01T00:00:00.000250Z")
        #expect(Timestamp.iso8601(-1) == "1969-12-31T23:59:59.999999Z")
    }

    @Test("a stored moment comes back as the same microsecond, and through Date too")
    func roundTrips() throws {
        for micro in [Int64(0), 1, 999_999, 1_767_225_600_123_457, 4_102_444_800_000_001, -86_400_000_001] {
            #expect(try Timestamp.parseISO8601(Timestamp.iso8601(micro)) == micro)
            #expect(Timestamp.microseconds(Timestamp.date(micro)) == micro)
        }
    }
}
