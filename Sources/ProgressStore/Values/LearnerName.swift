/// A learner's name as progress is filed under it: `alice`, `Ms Tanaka`, a login name.
///
/// One to 100 characters, no control characters, no spaces at either end. Names are compared exactly
/// (`alice` and `Alice` are two learners).
public struct LearnerName: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public let rawValue: String

    public static let maximumLength = 100

    /// Checks the name; nil when it breaks a rule (see `problem(with:)` for why).
    public init?(_ text: String) {
        guard Self.problem(with: text) == nil else { return nil }
        rawValue = text
    }

    /// Why `text` cannot be a learner's name, or nil when it can.
    public static func problem(with text: String) -> String? {
        if text.isEmpty { return "the learner's name is empty" }
        if text.count > maximumLength { return "the learner's name is longer than \(maximumLength) characters" }
        if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return "the learner's name contains a control character"
        }
        if text.first!.isWhitespace || text.last!.isWhitespace {
            return "the learner's name begins or ends with a space"
        }
        return nil
    }

    public var description: String { rawValue }

    public static func < (lhs: LearnerName, rhs: LearnerName) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let name = LearnerName(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: Self.problem(with: text) ?? text))
        }
        self = name
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
