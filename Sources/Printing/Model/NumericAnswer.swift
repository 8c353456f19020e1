/// A numeric answer as an LMS grades it: a value with a tolerance, or a range.
public enum NumericAnswer: Codable, Hashable, Sendable {
    /// Right when within `tolerance` of `value` (0 for exact).
    case value(Double, tolerance: Double)
    /// Right anywhere from `low` to `high`.
    case range(Double, Double)

    private enum CodingKeys: String, CodingKey { case value, tolerance, low, high }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let value = try c.decodeIfPresent(Double.self, forKey: .value) {
            self = .value(value, tolerance: try c.decodeIfPresent(Double.self, forKey: .tolerance) ?? 0)
        } else {
            self = .range(try c.decode(Double.self, forKey: .low), try c.decode(Double.self, forKey: .high))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .value(let value, let tolerance):
            try c.encode(value, forKey: .value)
            try c.encode(tolerance, forKey: .tolerance)
        case .range(let low, let high):
            try c.encode(low, forKey: .low)
            try c.encode(high, forKey: .high)
        }
    }

    /// Whether `number` is accepted.
    public func accepts(_ number: Double) -> Bool {
        switch self {
        case .value(let value, let tolerance): abs(number - value) <= tolerance + 1e-9 * max(1, abs(value))
        case .range(let low, let high): number >= low && number <= high
        }
    }
}
