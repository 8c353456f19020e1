/// A number exactly as a deck wrote it: `575000`, `575_000`, `-273.15`, `6.02214076e23`.
///
/// Nothing is lost or invented: the digits written are the digits shown, grouped for reading.
public struct DecimalNumber: Hashable, Sendable, Comparable {
    public var isNegative: Bool
    /// Digits before the decimal point, without leading zeros ("0" when there are none).
    public var integerDigits: String
    /// Digits after the decimal point, as written (trailing zeros kept: "2.50" stays "2.50").
    public var fractionDigits: String
    /// The power of ten written in scientific notation, or nil for plain notation.
    public var exponent: Int?

    public init(isNegative: Bool = false, integerDigits: String, fractionDigits: String = "", exponent: Int? = nil) {
        var trimmed = Substring(integerDigits)
        while trimmed.count > 1, trimmed.first == "0" { trimmed = trimmed.dropFirst() }
        self.integerDigits = trimmed.isEmpty ? "0" : String(trimmed)
        self.fractionDigits = fractionDigits
        self.exponent = exponent
        self.isNegative = isNegative && !(self.integerDigits == "0" && fractionDigits.allSatisfy { $0 == "0" })
    }

    /// A whole number.
    public init(_ integer: Int) {
        self.init(isNegative: integer < 0, integerDigits: String(integer.magnitude))
    }

    /// The value as a Double, for arithmetic (the exact digits stay in the other fields).
    public var doubleValue: Double { Double(literal) ?? .nan }

    public var isInteger: Bool { exponent == nil && fractionDigits.allSatisfy { $0 == "0" } }

    /// The number in machine-readable form without grouping: `575000`, `-273.15`, `6.02214076e23`.
    public var literal: String {
        var text = isNegative ? "-" : ""
        text += integerDigits
        if !fractionDigits.isEmpty { text += "." + fractionDigits }
        if let exponent { text += "e\(exponent)" }
        return text
    }

    public static func < (lhs: DecimalNumber, rhs: DecimalNumber) -> Bool { lhs.doubleValue < rhs.doubleValue }
}
