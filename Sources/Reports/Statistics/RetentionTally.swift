/// Answers that passed out of answers that counted, for true retention and similar rates.
public struct RetentionTally: Sendable, Hashable, Codable {
    public var passed: Int
    public var total: Int

    public init(passed: Int = 0, total: Int = 0) {
        self.passed = passed
        self.total = total
    }

    /// passed ÷ total; nil when nothing counted.
    public var rate: Double? { total > 0 ? Double(passed) / Double(total) : nil }

    /// Counts one answer.
    public mutating func add(passed: Bool) {
        total += 1
        if passed { self.passed += 1 }
    }

    public static func + (lhs: RetentionTally, rhs: RetentionTally) -> RetentionTally {
        RetentionTally(passed: lhs.passed + rhs.passed, total: lhs.total + rhs.total)
    }

    public static func += (lhs: inout RetentionTally, rhs: RetentionTally) {
        lhs = lhs + rhs
    }

    private enum CodingKeys: String, CodingKey {
        case passed, total, rate
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        passed = try container.decode(Int.self, forKey: .passed)
        total = try container.decode(Int.self, forKey: .total)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(passed, forKey: .passed)
        try container.encode(total, forKey: .total)
        try container.encode(rate, forKey: .rate)
    }
}
