import Facts
import SeededRandom
import Testing

@testable import Questions

/// Study and print ask through different doors: print takes the whole bank, study asks one card in one form
/// (`question(for:kind:)`). Both must keep the bank's rules: what the bank skips is never asked one at a
/// time, and what the bank makes can be asked one at a time.
@Suite struct QuestionGeneratorAgreementTests {
    static let decks = TestDecks.allDeckPaths

    @Test(arguments: decks)
    func aSingleQuestionIsMadeExactlyWhenTheBankMakesIt(path: String) throws {
        let deck = try TestDecks.load(path)
        let generator = TestDecks.generator(deck)
        let bank = TestDecks.bank(deck)
        struct Form: Hashable {
            var card: CardID
            var kind: QuestionKind
            var focus: QuestionFocus
        }
        let single = Set(QuestionKind.allCases).subtracting([.matching, .ordering])
        let made = Set(bank.questions.filter { single.contains($0.kind) }.map { Form(card: $0.card, kind: $0.kind, focus: $0.focus) })
        let skipped = bank.skipped.filter { single.contains($0.kind) }
        #expect(!made.isEmpty)
        var rng = SeededGenerator(seed: 5)
        for skip in skipped {
            let result = generator.question(for: skip.card, kind: skip.kind, focus: skip.focus, using: &rng)
            if case .success(let question) = result {
                Issue.record("the bank skips \(skip) but study asks: \(question.prompt)")
            }
        }
        for form in made {
            let result = generator.question(for: form.card, kind: form.kind, focus: form.focus, using: &rng)
            if case .failure(let skip) = result {
                Issue.record("the bank asks \(form.card) \(form.kind) (\(form.focus.rawValue)) but study cannot: \(skip.reason)")
            }
        }
        // The one-card forms study offers for a card are the kinds the bank asks it in, no more and no fewer
        // (matching and ordering are asked over a group the card anchors).
        for card in generator.cards {
            let askable = Set(generator.askableKinds(for: card.id, using: &rng)).intersection(single)
            let inBank = Set(made.filter { $0.card == card.id }.map(\.kind))
            #expect(
                askable == inBank,
                "\(card.id): study offers \(askable.sorted { $0.rawValue < $1.rawValue }), the bank \(inBank.sorted { $0.rawValue < $1.rawValue })"
            )
        }
    }
}
