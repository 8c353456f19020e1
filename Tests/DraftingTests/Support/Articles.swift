import Drafting
import Facts
import Foundation

/// The articles of the drafting tests and their gold decks.
///
/// `siberian-internment` is the article the shipped deck was written from, and that deck is its gold standard;
/// the others were written for these tests with gold decks made by hand. Each article after the first three was
/// written as a held-out article and scored once before any rule was changed for it (docs/drafting.md gives those
/// first scores); once rules have been mended on an article it counts as developed and is held to the aims.
/// The held-out articles are the ones no rule has been changed for yet: they are scored and reported only.
enum Articles {
    struct Sample {
        var name: String
        var text: String
        var gold: Deck
        var heldOut: Bool
    }

    static let developed = [
        "siberian-internment", "curie-radioactivity", "panama-canal", "apollo-11", "roman-republic", "great-fire-london",
        "dna-double-helix",
    ]
    static let heldOut = ["rosetta-stone", "plate-tectonics"]

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func text(_ name: String) throws -> String {
        guard
            let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures/articles")
                ?? Bundle.module.url(forResource: name, withExtension: "md", subdirectory: "Fixtures/articles")
        else { throw Missing(name: name) }
        return try String(contentsOf: url, encoding: .utf8)
    }

    static func gold(_ name: String) throws -> Deck {
        let path: String
        let url: URL
        if name == "siberian-internment" {
            url = repository.appendingPathComponent("Decks/siberian-internment.yaml")
            path = "Decks/siberian-internment.yaml"
        } else {
            guard let found = Bundle.module.url(forResource: name, withExtension: "yaml", subdirectory: "Fixtures/gold") else {
                throw Missing(name: name)
            }
            url = found
            path = "gold/\(name).yaml"
        }
        let text = try String(contentsOf: url, encoding: .utf8)
        switch DeckLoader.load(text: text, path: path) {
        case .success(let deck): return deck
        case .failure(let error): throw error
        }
    }

    static func sample(_ name: String) throws -> Sample {
        Sample(name: name, text: try text(name), gold: try gold(name), heldOut: heldOut.contains(name))
    }

    static func draft(_ text: String, id: String) -> DeckDraft? {
        try? Drafter.draft(text, options: .init(id: id, sourceName: "\(id).txt", path: "Decks/\(id).yaml")).get()
    }

    struct Missing: Error, CustomStringConvertible {
        var name: String
        var description: String { "no fixture for \(name)" }
    }
}
