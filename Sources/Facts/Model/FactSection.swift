/// The sections of a deck, in the order a deck file lists them.
public enum FactSection: String, CaseIterable, Sendable, Codable, Comparable {
    case people
    case events
    case figures
    case quotes
    case terms
    case cards

    /// The singular noun for one fact of this section ("event", "figure").
    public var singular: String {
        switch self {
        case .people: "person"
        case .events: "event"
        case .figures: "figure"
        case .quotes: "quote"
        case .terms: "term"
        case .cards: "card"
        }
    }

    public static func < (lhs: FactSection, rhs: FactSection) -> Bool {
        // Declaration order: whichever of the two is listed first.
        lhs != rhs && allCases.first(where: { $0 == lhs || $0 == rhs }) == lhs
    }
}
