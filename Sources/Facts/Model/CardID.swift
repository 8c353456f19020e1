/// The memory item a learner is scheduled on: one slot of one fact of one deck,
/// written `<deck>/<section>/<id>/<slot>` (`siberian-internment/events/order-9898/date`).
///
/// Cards are keyed by ids, never by wording, so fixing a typo in a fact keeps its history.
public struct CardID: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public var deck: String
    public var fact: FactID
    public var slot: String

    public init(deck: String, fact: FactID, slot: String) {
        self.deck = deck
        self.fact = fact
        self.slot = slot
    }

    /// Parses `deck/section/id/slot`; nil when the text is not of that shape.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 4, Identifier.isValid(parts[0]), let fact = FactID("\(parts[1])/\(parts[2])"),
            Identifier.isValid(parts[3])
        else { return nil }
        self.init(deck: parts[0], fact: fact, slot: parts[3])
    }

    public var description: String { "\(deck)/\(fact)/\(slot)" }

    public static func < (lhs: CardID, rhs: CardID) -> Bool { lhs.description < rhs.description }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = CardID(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a card id: \(text)"))
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
