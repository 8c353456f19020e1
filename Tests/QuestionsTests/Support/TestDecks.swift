import Facts
import Foundation
import Questions
import Scheduling
import SeededRandom

/// Decks for the tests: the shipped ones, and small ones written as YAML in the test itself.
enum TestDecks {
    /// The repository's `Decks/` folder, found from this file's path.
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Decks")
    }

    /// The fixture decks written for the tests, `Tests/Fixtures/decks`: subjects far from the shipped ones.
    static var fixtures: URL {
        folder.deletingLastPathComponent().appendingPathComponent("Tests/Fixtures/decks")
    }

    static func shipped(_ id: String) throws -> Deck {
        try load(folder.appendingPathComponent("\(id).yaml").path)
    }

    static func fixture(_ id: String) throws -> Deck {
        try load(fixtures.appendingPathComponent("\(id).yaml").path)
    }

    static func load(_ path: String) throws -> Deck {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try DeckLoader.load(bytes: [UInt8](data), path: path).get()
    }

    /// Every shipped deck and every fixture deck, by path.
    static var allDeckPaths: [String] {
        [folder, fixtures].flatMap { dir in
            ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
                .map { dir.appendingPathComponent($0).path }
        }
    }

    /// A deck from YAML text; the header (id, title) is added.
    static func yaml(_ body: String, id: String = "test") throws -> Deck {
        try DeckLoader.load(text: "id: \(id)\ntitle: Test deck\n" + body, path: "\(id).yaml").get()
    }

    static func generator(_ deck: Deck, kinds: Set<QuestionKind> = Set(QuestionKind.allCases), year: Int = 2026) -> QuestionGenerator {
        QuestionGenerator(deck: deck, options: .init(kinds: kinds, referenceYear: year))
    }

    static func bank(_ deck: Deck, seed: UInt64 = 1, kinds: Set<QuestionKind> = Set(QuestionKind.allCases), year: Int = 2026)
        -> QuestionBank
    {
        var rng = SeededGenerator(seed: seed)
        var bank = generator(deck, kinds: kinds, year: year).bank(using: &rng)
        bank.seed = seed
        return bank
    }
}

extension QuestionBank {
    func questions(_ kind: QuestionKind, _ focus: QuestionFocus? = nil) -> [Question] {
        questions.filter { $0.kind == kind && (focus == nil || $0.focus == focus) }
    }

    func question(_ fact: String, _ kind: QuestionKind, _ focus: QuestionFocus) -> Question? {
        questions.first { $0.fact.description == fact && $0.kind == kind && $0.focus == focus }
    }

    func skip(_ fact: String, _ kind: QuestionKind, _ focus: QuestionFocus) -> SkippedQuestion? {
        skipped.first { $0.fact.description == fact && $0.kind == kind && $0.focus == focus }
    }
}

extension Question {
    /// The options other than the key.
    var distractors: [String] {
        guard case .option(let key) = answer else { return [] }
        return (options ?? []).filter { $0 != key }
    }

    var key: String? {
        if case .option(let key) = answer { return key }
        return nil
    }
}
