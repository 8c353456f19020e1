import Facts

/// The kinds of question the generator derives from facts.
public enum QuestionKind: String, CaseIterable, Codable, Sendable, Comparable, CustomStringConvertible {
    /// The fact's sentence with one slot blanked, answered by typing.
    case cloze
    /// A question with options (4 by default, 3 when the deck cannot supply enough good distractors).
    case multipleChoice = "multiple-choice"
    /// The fact as written, or with one slot swapped for a distractor.
    case trueFalse = "true-false"
    /// A question answered by typing, checked leniently.
    case typed
    /// 4–6 pairs to match.
    case matching
    /// 3–5 events to put in chronological order.
    case ordering
    /// Front and back, graded by the learner.
    case flashcard

    public var description: String { rawValue }

    /// Whether the learner answers by picking among shown options.
    public var isChoice: Bool { self == .multipleChoice || self == .trueFalse }

    public static func < (lhs: QuestionKind, rhs: QuestionKind) -> Bool {
        // Declaration order: whichever of the two is listed first.
        lhs != rhs && allCases.first(where: { $0 == lhs || $0 == rhs }) == lhs
    }
}

/// What a question asks about its card: the date, the person, the number, the term…
///
/// A card is asked in several forms: a kind with a focus (`when` as multiple choice, cloze, typed…). The kind
/// and the focus together name a question, and with the card they make its stable id.
public enum QuestionFocus: String, CaseIterable, Codable, Sendable {
    /// The date of an event.
    case when
    /// The person credited with an event.
    case who
    /// Which event happened on a date.
    case whatHappened = "what-happened"
    /// The description that fits a person.
    case role
    /// The person a description fits.
    case personForRole = "person-for-role"
    /// The number of a figure.
    case howMany = "how-many"
    /// The speaker of a quotation.
    case whoSaid = "who-said"
    /// A term's definition.
    case definition
    /// The term a definition defines.
    case term
    /// A flashcard's front and back.
    case frontBack = "front-back"
    /// A reversed flashcard: its back, for the front.
    case backFront = "back-front"
    /// A cloze card's deletions of one number.
    case deletion
    /// Matching people with descriptions.
    case personRole = "person-role"
    /// Matching terms with definitions.
    case termDefinition = "term-definition"
    /// Matching events with dates.
    case eventDate = "event-date"
    /// Putting events in chronological order.
    case chronology
}

/// The slot of a fact a card remembers: the last part of a `CardID`.
///
/// - people: `role` (the person ↔ description pair)
/// - events: `date`, `who`, `event` (which event a date names)
/// - figures: `value`
/// - quotes: `who`
/// - terms: `definition` (term → definition) and `term` (definition → term)
/// - cards: `back`, and `front` for a reversed card; a cloze card's `c1`, `c2`, … (one per cloze number)
public enum CardSlot: Hashable, Sendable, Codable, RawRepresentable {
    case role
    case date
    case who
    case event
    case value
    case definition
    case term
    case back
    case front
    /// One cloze number of a cloze card.
    case cloze(Int)

    static let named: [CardSlot] = [.role, .date, .who, .event, .value, .definition, .term, .back, .front]

    public init?(rawValue: String) {
        if let slot = Self.named.first(where: { $0.rawValue == rawValue }) {
            self = slot
        } else if rawValue.hasPrefix("c"), let n = Int(rawValue.dropFirst()), n >= 1, String(n) == rawValue.dropFirst() {
            self = .cloze(n)
        } else {
            return nil
        }
    }

    public var rawValue: String {
        switch self {
        case .role: "role"
        case .date: "date"
        case .who: "who"
        case .event: "event"
        case .value: "value"
        case .definition: "definition"
        case .term: "term"
        case .back: "back"
        case .front: "front"
        case .cloze(let n): "c\(n)"
        }
    }

    /// The slots a fact of this section can have, in the order the bank lists them (a card's own fields
    /// decide which of them it has: see `slots(for:)` taking a fact).
    public static func slots(for section: FactSection) -> [CardSlot] {
        switch section {
        case .people: [.role]
        case .events: [.date, .who, .event]
        case .figures: [.value]
        case .quotes: [.who]
        case .terms: [.definition, .term]
        case .cards: [.back]
        }
    }
}
