import Facts
import Foundation

/// Every question a deck yields, and every question it could not yield with the reason.
public struct QuestionBank: Hashable, Sendable, Codable {
    /// The deck id.
    public var deck: String
    /// The seed the questions were drawn with, when the caller knows it.
    public var seed: UInt64?
    public var questions: [Question]
    public var skipped: [SkippedQuestion]

    public init(deck: String, seed: UInt64? = nil, questions: [Question], skipped: [SkippedQuestion]) {
        self.deck = deck
        self.seed = seed
        self.questions = questions
        self.skipped = skipped
    }

    /// The number of questions of each kind, every kind listed, in the order of `QuestionKind.allCases`.
    public var countsByKind: [(kind: QuestionKind, count: Int)] {
        QuestionKind.allCases.map { kind in (kind, questions.reduce(0) { $0 + ($1.kind == kind ? 1 : 0) }) }
    }

    /// The bank as JSON for scripts: pretty-printed, keys sorted, so the same bank is always the same bytes.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// `jsonData()` as text.
    public func jsonText() throws -> String {
        String(decoding: try jsonData(), as: UTF8.self)
    }
}

/// A question the generator would have made but did not, because it could not be made unambiguous.
public struct SkippedQuestion: Hashable, Sendable, Codable, Error, CustomStringConvertible {
    public var card: CardID
    public var fact: FactID
    public var kind: QuestionKind
    public var focus: QuestionFocus
    /// Why, in words a deck author can act on.
    public var reason: String

    public init(card: CardID, fact: FactID, kind: QuestionKind, focus: QuestionFocus, reason: String) {
        self.card = card
        self.fact = fact
        self.kind = kind
        self.focus = focus
        self.reason = reason
    }

    public var description: String { "\(card) \(kind) (\(focus.rawValue)): \(reason)" }
}

/// A card of a deck: one slot of one fact, and the kinds of question that can ask it.
public struct CardInfo: Hashable, Sendable, Codable {
    public var id: CardID
    public var fact: FactID
    public var slot: CardSlot
    /// The kinds that apply to this card, in `QuestionKind` order. A kind listed here may still be skipped
    /// for a given deck when it cannot be made unambiguous.
    public var kinds: [QuestionKind]

    public init(id: CardID, fact: FactID, slot: CardSlot, kinds: [QuestionKind]) {
        self.id = id
        self.fact = fact
        self.slot = slot
        self.kinds = kinds
    }
}
