import Facts
import Scheduling
import SeededRandom

/// One card the decks offer: its id and the fact it belongs to (cards of one fact are siblings, studied at
/// most once a day).
public struct StudyCard: Sendable, Hashable {
    public var id: CardID
    /// `deck/section/id`: the fact's id within every deck.
    public var siblingGroup: String

    public init(id: CardID) {
        self.id = id
        siblingGroup = "\(id.deck)/\(id.fact)"
    }
}

/// Where the session gets its questions: the cards the decks offer and a question for a card in a form.
public protocol QuestionProvider {
    /// Every card of the decks being studied, in deck order.
    var cards: [StudyCard] { get }
    /// The forms `card` can be asked in (empty for a card no longer in the decks).
    func forms(of card: CardID) -> [QuestionForm]
    /// A question for `card` in `form`, its random choices (options, order) drawn from `generator`.
    func question(for card: CardID, form: QuestionForm, using generator: inout SeededGenerator) -> StudyQuestion?
}
