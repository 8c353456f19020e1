import Scheduling

/// Everything the report knows about one student: the memory of each card now, and the answers given.
public struct StudentHistory: Sendable, Hashable {
    /// The learner's name, as progress is filed under it.
    public var name: String
    /// The memory of each card the student has met, by card id; cards of other decks are ignored.
    public var cards: [String: CardState]
    /// The student's answers in any order; answers to other decks' cards are ignored.
    public var reviews: [ReportReview]

    public init(name: String, cards: [String: CardState], reviews: [ReportReview]) {
        self.name = name
        self.cards = cards
        self.reviews = reviews
    }
}
