import CivilCalendar
import Foundation
import Scheduling

/// Moments as the database stores them: whole microseconds since 1970-01-01 UTC in a 64-bit integer.
///
/// Microseconds are py-fsrs's resolution (Python's `datetime`), and integers compare, sort and index
/// exactly; a `Double` of seconds would not round-trip every microsecond. Conversions to `Date` go through
/// the reference date in the same way as the Scheduling target does, so a stored moment read back and
/// handed to the scheduler is the very microsecond that was stored.
enum Timestamp {
    /// Microseconds from 1970-01-01 to 2001-01-01 (Foundation's reference date).
    static let referenceDateOffset: Int64 = 978_307_200 * 1_000_000

    /// The moment as microseconds since 1970 UTC, rounded to the nearest microsecond as the scheduler rounds it.
    static func microseconds(_ date: Date) -> Int64 {
        date.microsecondsSinceReferenceDate + referenceDateOffset
    }

    /// The moment `microseconds` after 1970-01-01 UTC.
    static func date(_ microseconds: Int64) -> Date {
        Date(microsecondsSinceReferenceDate: microseconds - referenceDateOffset)
    }

    // MARK: - ISO 8601

    /// `2026-01-01T09:30:00Z`, or with six fractional digits when the moment has microseconds
    /// (`2026-01-01T09:30:00.250000Z`), as py-fsrs prints its dates but in UTC with `Z`.
    static func iso8601(_ microseconds: Int64) -> String {
        var days = microseconds / 86_400_000_000
        var rest = microseconds % 86_400_000_000
        if rest < 0 {
            days -= 1
            rest += 86_400_000_000
        }
        let (year, month, day) = CivilCalendar.date(days: Int(days))
        let seconds = Int(rest / 1_000_000)
        let fraction = Int(rest % 1_000_000)
        var text = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        text += "T" + pad(seconds / 3600, 2) + ":" + pad(seconds / 60 % 60, 2) + ":" + pad(seconds % 60, 2)
        if fraction != 0 {
            text += "." + pad(fraction, 6)
        }
        return text + "Z"
    }

    static func iso8601(_ date: Date) -> String {
        iso8601(microseconds(date))
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// Why a text is not an ISO 8601 moment with a zone.
    enum ParseError: Error, Equatable {
        case malformed
        case missingZone
        case outOfRange(String)
        /// Digits beyond the microsecond that are not zero: the moment cannot be kept exactly.
        case finerThanMicroseconds
    }

    /// Parses `YYYY-MM-DDTHH:MM[:SS[.fraction]]` followed by `Z` or an offset (`+02:00`, `+0200`, `+02`);
    /// a space may stand for the `T`. Digits beyond the microsecond must be zeros (a finer moment is refused rather than cut short). Returns microseconds
    /// since 1970 UTC.
    static func parseISO8601<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) throws(ParseError) -> Int64
    where Bytes.Index == Int {
        var i = bytes.startIndex
        let end = bytes.endIndex

        func digits(_ count: Int) throws(ParseError) -> Int {
            guard end - i >= count else { throw .malformed }
            var value = 0
            for _ in 0..<count {
                let byte = bytes[i]
                guard byte >= 0x30 && byte <= 0x39 else { throw .malformed }
                value = value * 10 + Int(byte - 0x30)
                i += 1
            }
            return value
        }
        func expect(_ byte: UInt8) throws(ParseError) {
            guard i < end, bytes[i] == byte else { throw .malformed }
            i += 1
        }

        let year = try digits(4)
        try expect(0x2D)  // -
        let month = try digits(2)
        try expect(0x2D)
        let day = try digits(2)
        guard i < end, bytes[i] == 0x54 || bytes[i] == 0x74 || bytes[i] == 0x20 else {  // T t space
            throw i == end ? .missingZone : .malformed
        }
        i += 1
        let hour = try digits(2)
        try expect(0x3A)  // :
        let minute = try digits(2)
        var second = 0
        var micro = 0
        if i < end, bytes[i] == 0x3A {
            i += 1
            second = try digits(2)
            if i < end, bytes[i] == 0x2E || bytes[i] == 0x2C {  // . or ,
                i += 1
                var scale = 100_000
                var count = 0
                var finer = false
                while i < end, bytes[i] >= 0x30 && bytes[i] <= 0x39 {
                    micro += Int(bytes[i] - 0x30) * scale
                    if count >= 6 && bytes[i] != 0x30 { finer = true }
                    scale /= 10
                    count += 1
                    i += 1
                }
                guard count > 0 else { throw .malformed }
                if finer { throw .finerThanMicroseconds }
            }
        }
        guard i < end else { throw .missingZone }
        var offsetMinutes = 0
        switch bytes[i] {
        case 0x5A, 0x7A:  // Z z
            i += 1
        case 0x2B, 0x2D:  // + -
            let sign = bytes[i] == 0x2D ? -1 : 1
            i += 1
            let offsetHours = try digits(2)
            var minutes = 0
            if i < end {
                if bytes[i] == 0x3A { i += 1 }
                minutes = try digits(2)
            }
            guard offsetHours <= 23, minutes <= 59 else { throw .outOfRange("time zone offset") }
            offsetMinutes = sign * (offsetHours * 60 + minutes)
        default:
            throw .malformed
        }
        guard i == end else { throw .malformed }

        guard year >= 1 else { throw .outOfRange("year") }
        guard (1...12).contains(month) else { throw .outOfRange("month") }
        guard (1...CivilCalendar.daysIn(month: month, year: year)).contains(day) else { throw .outOfRange("day") }
        guard hour <= 23 else { throw .outOfRange("hour") }
        guard minute <= 59 else { throw .outOfRange("minute") }
        guard second <= 59 else { throw .outOfRange("second") }

        let days = Int64(CivilCalendar.days(year: year, month: month, day: day))
        let seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offsetMinutes * 60)
        return seconds * 1_000_000 + Int64(micro)
    }

    static func parseISO8601(_ text: String) throws(ParseError) -> Int64 {
        try parseISO8601(Array(text.utf8))
    }
}
