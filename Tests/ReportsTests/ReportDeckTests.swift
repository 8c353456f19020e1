import Facts
import Reports
import Testing

@Suite struct ReportDeckTests {
    static let yaml = """
        id: mini
        title: Mini
        people:
          ann:
            name: Ann Example
            role: Leader
        figures:
          troops:
            value: 1_500_000
            unit: Soviet troops
            text: "There were {value} Soviet troops in Manchuria."
          bare:
            value: 12
            unit: ships
        quotes:
          q:
            quote: "A very long quotation that goes on and on well past the point where a label should stop short."
            who: ann
        terms:
          t:
            term: Gulag
            definition: The Soviet system of labour camps
        cards:
          c:
            front: What is c?
            back: C.

        """

    func deck() throws -> Deck {
        guard case .success(let deck) = DeckLoader.load(bytes: Array(Self.yaml.utf8), path: "mini.yaml") else {
            Issue.record("the fixture deck does not load")
            throw CancellationError()
        }
        return deck
    }

    @Test func labelsSayWhichFactItIs() throws {
        let deck = try deck()
        let cards = deck.facts.map { CardID(deck: "mini", fact: $0.id, slot: "x") }
        let report = ReportDeck([(deck, cards)])
        #expect(
            report.facts.map(\.label) == [
                "Ann Example", "There were … Soviet troops in Manchuria.", "How many ships",
                "“A very long quotation that goes on and on well past the poi…” (Ann Example)",
                "Gulag", "What is c?",
            ])
        #expect(
            report.facts.map(\.id) == [
                "mini/people/ann", "mini/figures/troops", "mini/figures/bare", "mini/quotes/q", "mini/terms/t", "mini/cards/c",
            ])
        #expect(report.decks == [.init(id: "mini", title: "Mini")])
    }

    @Test func groupsCardsByFactAndLeavesOutFactsWithoutCards() throws {
        let deck = try deck()
        let ann = try #require(FactID("people/ann"))
        let term = try #require(FactID("terms/t"))
        let cards = [
            CardID(deck: "mini", fact: term, slot: "term"), CardID(deck: "mini", fact: ann, slot: "role"),
            CardID(deck: "mini", fact: ann, slot: "name"), CardID(deck: "other", fact: ann, slot: "role"),
        ]
        let report = ReportDeck([(deck, cards)])
        #expect(report.facts.map(\.id) == ["mini/people/ann", "mini/terms/t"])
        #expect(report.cards == ["mini/people/ann/role", "mini/people/ann/name", "mini/terms/t/term"])
        #expect(report.factOfCard == [0, 0, 1])
    }
}
