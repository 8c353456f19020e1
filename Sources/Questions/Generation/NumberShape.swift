import Facts
import Foundation

/// How a number is written, so that every option of a question is written alike: plain or scientific, as
/// many decimals, as many significant digits for a whole number, the same trailing zeros ("2.50"), a last
/// significant digit that is not 0 ([83.0, 94.0, 110.6, 177.0] gives the key away).
struct NumberShape: Hashable, Sendable {
    /// The exponent of scientific notation, or nil for a plain number.
    var exponent: Int?
    /// Digits after the point (of the mantissa, in scientific notation).
    var decimals: Int
    /// Zeros ending the digits after the point: "2.50" has 1.
    var trailingZeros: Int
    /// Significant digits of a plain whole number: 575,000 has 3.
    var significant: Int
    /// Digits written from the first that is not 0 to the last after the point: 8.90 has 3, 0.05 has 1.
    var measuredDigits: Int

    init(_ n: DecimalNumber) {
        exponent = n.exponent
        decimals = n.fractionDigits.count
        trailingZeros = n.fractionDigits.reversed().prefix { $0 == "0" }.count
        var digits = Substring(n.integerDigits)
        while digits.count > 1, digits.last == "0" { digits = digits.dropLast() }
        significant = digits == "0" ? 1 : digits.count
        measuredDigits = (n.integerDigits + n.fractionDigits).drop { $0 == "0" }.count
    }

    /// Whether the number reads as a measurement: a decimal point and at least three significant digits, two
    /// of them before its trailing zeros (options keep those zeros, so "2.00" has no close neighbours).
    var isMeasurement: Bool {
        exponent == nil && decimals > 0 && measuredDigits >= 3 && measuredDigits - trailingZeros >= 2
    }

    /// `value` written in this shape, or nil when it cannot be without losing the look: rounded to nothing,
    /// or its last significant digit rounded to 0.
    func write(_ value: Double) -> DecimalNumber? {
        guard value.isFinite else { return nil }
        let negative = value < 0
        let magnitude = abs(value)
        if let exponent {
            let mantissa = magnitude / pow(10, Double(exponent))
            guard let (whole, fraction) = digits(mantissa), let w = Int(whole), (1...9).contains(w) else { return nil }
            return DecimalNumber(isNegative: negative, integerDigits: whole, fractionDigits: fraction, exponent: exponent)
        }
        if decimals == 0 {
            guard magnitude >= 0.5 else { return nil }
            let power = Int(floor(log10(magnitude)))
            let unitPower = max(0, power - significant + 1)
            let q = (magnitude / pow(10, Double(unitPower))).rounded()
            guard q >= 1, q < 1e15, Int64(q) % 10 != 0 else { return nil }
            return DecimalNumber(isNegative: negative, integerDigits: String(Int64(q)) + String(repeating: "0", count: unitPower))
        }
        guard let (whole, fraction) = digits(magnitude) else { return nil }
        return DecimalNumber(isNegative: negative, integerDigits: whole, fractionDigits: fraction)
    }

    /// The whole and fraction digits of a non-negative number rounded to the shape's decimals.
    private func digits(_ x: Double) -> (String, String)? {
        let places = decimals - trailingZeros
        let q = (x * pow(10, Double(places))).rounded()
        guard q >= 1, q < 1e16 else { return nil }
        let n = Int64(q)
        if places > 0, n % 10 == 0 { return nil }
        var text = String(n)
        if text.count <= places { text = String(repeating: "0", count: places - text.count + 1) + text }
        let whole = String(text.dropLast(places))
        let fraction = String(text.suffix(places)) + String(repeating: "0", count: trailingZeros)
        return (whole, fraction)
    }
}
