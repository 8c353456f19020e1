import Facts
import Testing

@testable import Drafting

/// The whole drafter: deterministic, every fact traced to its sentence, and a clear answer for empty input.
@Suite struct DrafterTests {
    @Test func theSameArticleGivesTheSameDraft() throws {
        let text = try Articles.text("panama-canal")
        let a = try #require(Articles.draft(text, id: "panama-canal"))
        let b = try #require(Articles.draft(text, id: "panama-canal"))
        #expect(DeckWriter.write(a, sourceName: nil).text == DeckWriter.write(b, sourceName: nil).text)
    }

    @Test(arguments: Articles.developed)
    func everyFactHasAnOriginAndAReadableID(name: String) throws {
        let draft = try #require(Articles.draft(try Articles.text(name), id: name))
        for fact in draft.deck.facts {
            #expect(draft.origins[fact.id] != nil, "\(fact.id) has no origin")
            #expect(Identifier.isValid(fact.id.local) && fact.id.local.count <= 44, "\(fact.id)")
        }
    }

    @Test func theTitleComesFromTheArticleUnlessGiven() throws {
        let text = "Hard labor in Siberia\n\nOn August 9, 1945, Soviet forces attacked.\n"
        let drafted = try Drafter.draft(text, options: .init(id: "x", path: "Decks/x.yaml")).get()
        #expect(drafted.deck.title == "Hard labor in Siberia")
        #expect(drafted.deck.source?.title == "Hard labor in Siberia")
        let titled = try Drafter.draft(text, options: .init(id: "x", title: "Mine", path: "Decks/x.yaml")).get()
        #expect(titled.deck.title == "Mine")
    }

    @Test func anEmptyArticleOrOneWithoutFactsIsAFailure() {
        #expect(Drafter.draft("  \n\n ", options: .init(id: "x", path: "x.yaml")) == .failure(.empty))
        #expect(Drafter.draft("The cat sat on the mat. It was happy.", options: .init(id: "x", path: "x.yaml")) == .failure(.nothingFound))
    }

    @Test func relativeAndInferredDatesCarryChecks() throws {
        let text =
            "On August 9, 1945, Soviet forces attacked Japanese troops. That same morning Soviet forces invaded Manchuria. On August 14, Japan notified the Allied Powers."
        let draft = try Drafter.draft(text, options: .init(id: "x", path: "x.yaml")).get()
        // The invasion "that same morning" is the attack's event, merged.
        #expect(draft.deck.events.map(\.date.isoText) == ["1945-08-09", "1945-08-14"])
        let second = try #require(draft.deck.events.last)
        #expect(draft.checks[second.id]?.contains { $0.contains("1945 was taken from the date before") } == true)
        #expect(second.text.map { $0.render { _ in "_" } } == "On _, Japan notified the Allied Powers.")
    }

    @Test func deckIDsFromTitlesAndFileNames() {
        #expect(Drafter.deckID(from: "Hard labor in Siberia is Soviet Union’s ‘reprisal’") == "hard-labor-siberia-soviet-union")
        #expect(Drafter.deckID(from: "siberian-internment") == "siberian-internment")
        #expect(Drafter.deckID(from: "Écoles du Québec") == "ecoles-du-quebec")
        #expect(Drafter.deckID(from: "!!!") == "draft")
    }
}

extension Result: @retroactive Equatable where Success == DeckDraft, Failure == Drafter.Failure {
    public static func == (lhs: Self, rhs: Self) -> Bool {
        switch (lhs, rhs) {
        case (.failure(let a), .failure(let b)): a == b
        default: false
        }
    }
}
