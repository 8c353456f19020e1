import Facts

/// The cards a report covers: every card of the chosen decks, grouped into their facts, in deck order.
///
/// Mastery is measured over these cards (a card never met counts as 0), and the per-fact table lists these
/// facts. Answers to cards of the same decks that are no longer in them (a fact removed from the deck)
/// still count as activity, but not toward mastery or any fact.
public struct ReportDeck: Sendable, Hashable {
    /// A deck in the report.
    public struct DeckInfo: Sendable, Hashable, Codable {
        public var id: String
        public var title: String

        public init(id: String, title: String) {
            self.id = id
            self.title = title
        }
    }

    /// A fact: `deck/section/id`, with a short label a teacher recognises.
    public struct FactInfo: Sendable, Hashable, Codable {
        public var id: String
        public var label: String

        public init(id: String, label: String) {
            self.id = id
            self.label = label
        }
    }

    public var decks: [DeckInfo]
    public var facts: [FactInfo]
    /// Card ids, fact by fact in deck order.
    public var cards: [String]
    /// For each card, the index of its fact in `facts`.
    public var factOfCard: [Int]

    /// A deck scope from plain lists: each card with the id of its fact, which must be in `facts`.
    /// A fact that yields no card is left out (there is nothing to study or measure).
    public init(decks: [DeckInfo], facts: [FactInfo], cards: [(card: String, fact: String)]) {
        self.decks = decks
        var cardsOfFact: [String: [String]] = [:]
        var seen: Set<String> = []
        for (card, fact) in cards where seen.insert(card).inserted {
            cardsOfFact[fact, default: []].append(card)
        }
        var kept: [FactInfo] = []
        var ids: [String] = []
        var owners: [Int] = []
        for fact in facts {
            guard let factCards = cardsOfFact.removeValue(forKey: fact.id) else { continue }
            for card in factCards {
                ids.append(card)
                owners.append(kept.count)
            }
            kept.append(fact)
        }
        self.facts = kept
        self.cards = ids
        self.factOfCard = owners
    }

    /// The scope of loaded decks, each with the cards it yields (from `QuestionGenerator.cards`).
    public init(_ decks: [(deck: Deck, cards: [CardID])]) {
        var infos: [DeckInfo] = []
        var facts: [FactInfo] = []
        var cards: [(card: String, fact: String)] = []
        for (deck, deckCards) in decks {
            infos.append(DeckInfo(id: deck.id, title: deck.title))
            let people = deck.personIndex
            for fact in deck.facts {
                facts.append(FactInfo(id: "\(deck.id)/\(fact.id)", label: Self.label(of: fact, people: people)))
            }
            for card in deckCards where card.deck == deck.id {
                cards.append((card.description, "\(deck.id)/\(card.fact)"))
            }
        }
        self.init(decks: infos, facts: facts, cards: cards)
    }

    /// The deck ids, for telling which answers belong to the report.
    public var deckIDs: Set<String> { Set(decks.map(\.id)) }

    /// The fact id a card id belongs to by its shape (`deck/section/id/slot` → `deck/section/id`).
    static func factID(ofCard card: String) -> Substring? {
        guard let slash = card.lastIndex(of: "/") else { return nil }
        return card[..<slash]
    }

    /// A short label for a fact: a person's name, an event's label, a figure's sentence without its number,
    /// the start of a quote, a term, a card's front.
    static func label(of fact: Fact, people: [FactID: Person]) -> String {
        switch fact {
        case .person(let person): person.name
        case .event(let event): event.label
        case .figure(let figure):
            // The sentence with the number left out says which figure it is; the unit alone may not.
            figure.text.map { shortened($0.render { _ in "…" }, to: 80) } ?? "How many \(figure.unit)"
        case .quote(let quote):
            "“\(shortened(quote.quote, to: 60))” (\(people[quote.who]?.name ?? quote.who.local))"
        case .term(let term): term.term
        case .card(let card): shortened(card.front, to: 80)
        }
    }

    private static func shortened(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
