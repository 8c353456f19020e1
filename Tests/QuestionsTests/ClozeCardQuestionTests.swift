import Facts
import Questions
import Scheduling
import SeededRandom
import Testing

/// Cloze cards and reversed cards asked: one card per cloze number, and the back asked for the front.
@Suite struct ClozeCardQuestionTests {
    static let deck = try! DeckLoader.load(
        text: """
            id: d
            title: T
            cards:
              capital:
                cloze: "{c1::Canberra} is the capital of {c2::Australia::a country}."
                extra: Since 1913.
              cell:
                cloze: "The {c1::mitochondria} is the {c1::powerhouse} of the cell."
              dog:
                front: dog
                back: der Hund
                reverse: true
            """, path: "d.yaml"
    ).get()
    static let generator = QuestionGenerator(deck: deck, options: .init(referenceYear: 2026))

    func question(_ card: String, _ kind: QuestionKind) -> Question? {
        var rng = SeededGenerator(seed: 1)
        return try? Self.generator.question(for: CardID(card)!, kind: kind, using: &rng).get()
    }

    @Test func eachClozeNumberIsACard() {
        let ids = Self.generator.cards.map(\.id.description)
        #expect(ids == ["d/cards/capital/c1", "d/cards/capital/c2", "d/cards/cell/c1", "d/cards/dog/back", "d/cards/dog/front"])
        #expect(Self.generator.kinds(for: CardID("d/cards/capital/c1")!) == [.cloze, .flashcard])
        // Two blanks hidden at once are recalled, not typed.
        #expect(Self.generator.kinds(for: CardID("d/cards/cell/c1")!) == [.flashcard])
        #expect(Self.generator.kinds(for: CardID("d/cards/capital/c3")!).isEmpty)
    }

    @Test func theBlankShowsItsHintAndTheOtherDeletionsTheirAnswers() throws {
        let q = try #require(question("d/cards/capital/c2", .cloze))
        #expect(q.prompt == "Canberra is the capital of _____ (a country).")
        #expect(q.answer == .accepted(["Australia"]))
        #expect(q.explanation == "Canberra is the capital of Australia. Since 1913.")
        #expect(q.id == "d/cards/capital/c2/cloze/deletion")
        let cell = try #require(question("d/cards/cell/c1", .flashcard))
        #expect(cell.prompt == "The _____ is the _____ of the cell.")
        #expect(cell.answer == .accepted(["mitochondria … powerhouse"]))
    }

    @Test func aReversedCardAsksTheBackForTheFront() throws {
        let q = try #require(question("d/cards/dog/front", .typed))
        #expect(q.prompt == "der Hund")
        #expect(q.answer == .accepted(["dog"]))
        let forward = try #require(question("d/cards/dog/back", .typed))
        #expect(forward.prompt == "dog")
    }

    @Test func theBankHoldsEveryClozeCard() {
        var rng = SeededGenerator(seed: 3)
        let bank = Self.generator.bank(using: &rng)
        #expect(bank.questions.filter { $0.focus == .deletion }.count == 5)
        #expect(bank.questions.filter { $0.focus == .backFront }.count == 2)
    }
}
