import Facts
import Foundation
import Printing
import Questions
import Scheduling
import SeededRandom

/// The repository's decks, turned into question banks and quizzes as `recall print` does.
enum ShippedDeck {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func load(_ name: String) throws -> Deck {
        let url = repository.appendingPathComponent("Decks/\(name).yaml")
        let bytes = [UInt8](try Data(contentsOf: url))
        return try DeckLoader.load(bytes: bytes, path: "Decks/\(name).yaml").get()
    }

    static func bank(_ deck: Deck, seed: UInt64 = 1) -> [QuizQuestion] {
        var generator = SeededGenerator(seed: seed)
        let bank = QuestionGenerator(deck: deck, options: .init(referenceYear: 2026)).bank(using: &generator)
        return bank.questions.map(QuizQuestion.init)
    }

    static func quiz(_ name: String, count: Int = 20, versions: Int = 2, seed: UInt64 = 7) throws -> Quiz {
        let deck = try load(name)
        var generator = SeededGenerator(seed: seed)
        let assembly = QuizAssembly(
            title: deck.title, deck: deck.id, deckTitle: deck.title, selection: QuizSelection(count: count), versions: versions,
            seed: seed, date: PrintDate(year: 2026, month: 11, day: 26))
        return assembly.assemble(from: bank(deck, seed: seed), using: &generator)
    }
}
