/// The value of a figure: one number or a range, with an optional qualifier.
public struct Quantity: Hashable, Sendable, CustomStringConvertible {
    public enum Value: Hashable, Sendable {
        case exact(DecimalNumber)
        case range(DecimalNumber, DecimalNumber)
    }

    /// How the number is hedged: `about: approximately | up to | at least | more than`.
    public enum Qualifier: String, CaseIterable, Hashable, Sendable, Codable {
        case approximately
        case upTo = "up to"
        case atLeast = "at least"
        case moreThan = "more than"
    }

    public var value: Value
    public var qualifier: Qualifier?

    public init(_ value: Value, qualifier: Qualifier? = nil) {
        self.value = value
        self.qualifier = qualifier
    }

    /// The number alone as shown, as `{value}` fills a template: "575,000", "62,000–92,000".
    public var numberText: String {
        switch value {
        case .exact(let n): n.description
        case .range(let low, let high): "\(low)–\(high)"
        }
    }

    /// The qualifier and the number: "approximately 80,000", "between 62,000 and 92,000".
    public var description: String {
        switch value {
        case .exact(let n):
            return [qualifier?.rawValue, n.description].compactMap { $0 }.joined(separator: " ")
        case .range(let low, let high):
            return [qualifier?.rawValue, "between \(low) and \(high)"].compactMap { $0 }.joined(separator: " ")
        }
    }

    /// The smallest and largest values the quantity allows, for checking answers and domains.
    public var bounds: ClosedRange<Double> {
        switch value {
        case .exact(let n): n.doubleValue...n.doubleValue
        case .range(let low, let high): low.doubleValue...high.doubleValue
        }
    }
}
