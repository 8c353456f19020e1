import Foundation

/// Time at py-fsrs's resolution: whole microseconds in 64-bit integers, so due dates come out exact.
///
/// A `Date` is a `Double` of seconds; adding minutes or days to it in floating point drifts by fractions
/// of a microsecond, and whole-day counts near a boundary could flip. Python's `datetime` and `timedelta`
/// are integers of microseconds, so the arithmetic here is too.
enum Microseconds {
    static let perSecond: Int64 = 1_000_000
    static let perDay: Int64 = 86_400 * perSecond

    /// A duration in seconds, rounded to the microsecond like `timedelta(seconds:)`.
    static func duration(_ seconds: TimeInterval) -> Int64 {
        Int64((seconds * Double(perSecond)).rounded(.toNearestOrEven))
    }

    /// `a / b` rounded half to even, as Python's `timedelta` does when multiplied or divided by a float.
    static func divideRoundingHalfEven(_ numerator: Int64, by denominator: Int64) -> Int64 {
        var quotient = numerator / denominator
        var remainder = numerator % denominator
        if remainder < 0 {  // make it a floor division
            quotient -= 1
            remainder += denominator
        }
        let twice = remainder * 2
        if twice > denominator || (twice == denominator && quotient % 2 != 0) {
            quotient += 1
        }
        return quotient
    }

    /// Whole days in a span, floored like `timedelta.days` (so -1 µs is day -1).
    static func wholeDays(_ span: Int64) -> Int64 {
        let days = span / perDay
        return span % perDay < 0 ? days - 1 : days
    }
}

extension Date {
    /// The moment as whole microseconds since 2001-01-01 UTC: the one rounding of a `Date` to microseconds,
    /// which the progress store's moments use too.
    public var microsecondsSinceReferenceDate: Int64 {
        // Half to even, like Python's `timedelta`; a Date made from whole microseconds is within a rounding
        // error of an integer here, so the tie rule only decides moments given to sub-microsecond precision.
        Int64((timeIntervalSinceReferenceDate * Double(Microseconds.perSecond)).rounded(.toNearestOrEven))
    }

    /// The moment `microseconds` after 2001-01-01 UTC.
    public init(microsecondsSinceReferenceDate microseconds: Int64) {
        self.init(timeIntervalSinceReferenceDate: Double(microseconds) / Double(Microseconds.perSecond))
    }
}
