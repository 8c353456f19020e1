/// A fact's full id within its deck: `<section>/<id>`, such as `events/order-9898`.
///
/// Progress is stored under this id, so editing a fact's wording keeps the learner's history.
public struct FactID: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public var section: FactSection
    public var local: String

    public init(_ section: FactSection, _ local: String) {
        self.section = section
        self.local = local
    }

    /// Parses `section/id`; nil when the text is not of that shape.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let section = FactSection(rawValue: String(parts[0])),
            Identifier.isValid(String(parts[1]))
        else { return nil }
        self.init(section, String(parts[1]))
    }

    public var description: String { "\(section.rawValue)/\(local)" }

    public static func < (lhs: FactID, rhs: FactID) -> Bool {
        (lhs.section, lhs.local) < (rhs.section, rhs.local)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = FactID(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a fact id: \(text)"))
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// The rule for deck and fact ids: `[a-z0-9-]+`.
public enum Identifier {
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }
}
