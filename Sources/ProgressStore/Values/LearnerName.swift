import Foundation
import TextFormats

/// A learner's name as progress is filed under it: `alice`, `Ms Tanaka`, a login name.
///
/// One to 100 characters, no control characters, no invisible ones (zero-width spaces and joiners,
/// bidirectional controls), no spaces at either end. Names are kept in Unicode's composed form (NFC), so
/// `Zoë` typed either way is one learner; otherwise they are compared exactly (`alice` and `Alice` are two).
public struct LearnerName: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public let rawValue: String

    public static let maximumLength = 100

    /// Checks the name (after composing it, NFC); nil when it breaks a rule (see `problem(with:)` for why).
    public init?(_ text: String) {
        let composed = text.precomposedStringWithCanonicalMapping
        guard Self.problem(with: composed) == nil else { return nil }
        rawValue = composed
    }

    /// A name as a progress file holds it, taken as it is: files written before a rule was added must still
    /// be read (`recall doctor` reports such names).
    init?(stored text: String) {
        guard !text.isEmpty else { return nil }
        rawValue = text
    }

    /// Why `text` cannot be a learner's name, or nil when it can.
    public static func problem(with text: String) -> String? {
        problem(with: text, noun: "the learner's name")
    }

    /// Why `text` cannot be a name (of a learner, of a class: `noun`), or nil when it can.
    static func problem(with text: String, noun: String) -> String? {
        if text.isEmpty { return "\(noun) is empty" }
        if text.count > maximumLength { return "\(noun) is longer than \(maximumLength) characters" }
        if let (_, scalar) = ControlCharacters.first(in: text) {
            return "\(noun) contains a control character (\(ControlCharacters.describe(scalar)))"
        }
        if let scalar = InvisibleCharacters.first(in: text) {
            return "\(noun) contains an invisible character (\(ControlCharacters.describe(scalar))), "
                + "which would make it differ from a name that looks the same"
        }
        if text.first?.isWhitespace == true || text.last?.isWhitespace == true {
            return "\(noun) begins or ends with a space"
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
