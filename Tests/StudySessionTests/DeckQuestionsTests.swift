import Facts
import Foundation
import Questions
import Scheduling
import SeededRandom
import Testing

@testable import StudySession

/// The adapter over the Questions target, on the shipped Siberian deck.
@Suite struct DeckQuestionsTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func siberian() throws -> Deck {
        let path = repository.appendingPathComponent("Decks/siberian-internment.yaml").path
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        return try DeckLoader.load(bytes: bytes, path: path).get()
    }

    /// The response a learner who knows the answer gives, read from the question's own key.
    static func rightResponse(to question: Question) -> Response? {
        let options = question.options ?? []
        switch question.answer {
        case .option(let text): return options.firstIndex(of: text).map(Response.choice)
        case .accepted(let texts): return question.kind == .flashcard ? .selfGraded(.good) : texts.first.map(Response.typed)
        case .sequence(let order): return .ordering(order.compactMap { options.firstIndex(of: $0) })
        case .pairs(let pairs):
            return .matching(
                (question.items ?? []).compactMap { item in options.firstIndex(of: pairs.first { $0.item == item }?.match ?? "") })
        }
    }

    @Test func everyCardHasAQuestionInSomeFormAndTheRightAnswerIsJudgedRight() throws {
        let deck = try Self.siberian()
        let provider = DeckQuestions(decks: [deck], referenceYear: 2026)
        let generator = QuestionGenerator(deck: deck, options: QuestionGenerator.Options(referenceYear: 2026))
        // A card the bank never asks is not studied either; every other card is.
        var bankRNG = SeededGenerator(seed: 1)
        let bank = generator.bank(using: &bankRNG)
        let inBank = Set(bank.questions.filter { $0.kind != .matching && $0.kind != .ordering }.map(\.card))
        #expect(Set(provider.cards.map(\.id)).isSuperset(of: inBank))
        #expect(provider.cards.count <= generator.cards.count)
        var kindsSeen: Set<QuestionForm> = []
        for card in provider.cards {
            var asked = false
            for form in provider.forms(of: card.id) {
                var rng = SeededGenerator(seed: 11)
                guard let question = provider.question(for: card.id, form: form, using: &rng) else { continue }
                asked = true
                kindsSeen.insert(form)
                // The same draw from the Questions target gives the key.
                var same = SeededGenerator(seed: 11)
                guard case .success(let original) = generator.question(for: card.id, kind: form, using: &same),
                    let right = Self.rightResponse(to: original)
                else { continue }
                #expect(question.prompt == original.prompt)
                if case .reveal = question.input { continue }
                let verdict = question.check(right)
                #expect(verdict.outcome == .correct, "\(card.id) as \(form): \(verdict)")
            }
            #expect(asked, "no question for \(card.id)")
        }
        #expect(kindsSeen == Set(QuestionForm.allCases))
    }

    @Test func wrongAnswersAreWrongAndAnswersAreShownAsOptions() throws {
        let provider = DeckQuestions(decks: [try Self.siberian()], referenceYear: 2026)
        var rng = SeededGenerator(seed: 3)
        let card = try #require(provider.cards.first { provider.forms(of: $0.id).contains(.multipleChoice) })
        let question = try #require(provider.question(for: card.id, form: .multipleChoice, using: &rng))
        guard case .choice(let options) = question.input else {
            Issue.record("expected options")
            return
        }
        let key = try #require(options.firstIndex(of: question.answer))
        let wrong = (key + 1) % options.count
        let verdict = question.check(.choice(wrong))
        #expect(verdict.outcome == .wrong)
        #expect(verdict.canonical == options[key])
        #expect(verdict.given == options[wrong])
    }

    @Test func aTypedNameWithOneTypoIsANearMiss() throws {
        let deck = try Self.siberian()
        let provider = DeckQuestions(decks: [deck], referenceYear: 2026)
        var found = false
        for card in provider.cards where provider.forms(of: card.id).contains(.typed) {
            var rng = SeededGenerator(seed: 5)
            guard let question = provider.question(for: card.id, form: .typed, using: &rng) else { continue }
            // A name of five letters or more, one letter changed.
            guard let word = question.answer.split(separator: " ").last.map(String.init), word.count >= 5, word.allSatisfy(\.isLetter)
            else { continue }
            var letters = Array(word)
            letters[2] = letters[2] == "x" ? "y" : "x"
            let typo = question.answer.replacingOccurrences(of: word, with: String(letters))
            let verdict = question.check(.typed(typo))
            if verdict.outcome == .nearMiss {
                found = true
                #expect(verdict.note?.isEmpty == false)
                break
            }
        }
        #expect(found)
    }

    @Test func cardsOfSeveralDecksAreDealtInTurn() throws {
        let siberian = try Self.siberian()
        var other = siberian
        other.id = "copy"
        let provider = DeckQuestions(decks: [siberian, other], referenceYear: 2026)
        #expect(provider.cards.prefix(4).map(\.id.deck) == ["siberian-internment", "copy", "siberian-internment", "copy"])
        #expect(provider.cards.count == 2 * DeckQuestions(decks: [siberian], referenceYear: 2026).cards.count)
    }

    @Test func aCardFromAnotherDeckOrUnknownHasNoForms() throws {
        let provider = DeckQuestions(decks: [try Self.siberian()], referenceYear: 2026)
        #expect(provider.forms(of: CardID("physics/events/x/date")!).isEmpty)
        var rng = SeededGenerator(seed: 1)
        #expect(provider.question(for: CardID("siberian-internment/events/nope/date")!, form: .typed, using: &rng) == nil)
    }
}
