import Facts
import Foundation
import Questions
import Reports

/// The decks the school studies, read once when the server starts: which cards exist, for refusing
/// reviews of unknown ones, and the decks' titles and facts, for reports.
public struct DeckCatalog: Sendable {
    /// Every deck that loaded, with its cards in the generator's order.
    public let decks: [(deck: Deck, cards: [CardID])]
    /// Every card id of every deck.
    let cards: Set<String>
    let deckIDs: Set<String>

    public init(decks: [(deck: Deck, cards: [CardID])]) {
        self.decks = decks
        cards = Set(decks.flatMap { $0.cards.map(\.description) })
        deckIDs = Set(decks.map(\.deck.id))
    }

    /// Loads every `*.yaml` and `*.yml` deck in `folder`; any deck that fails to load stops the server
    /// with its problems, since reviews of its cards would be refused.
    public static func load(folder: String, referenceYear: Int) throws(ServerSetupError) -> DeckCatalog {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ServerSetupError("no deck folder at '\(folder)': pass --decks DIR, the folder of the decks the school studies")
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        var decks: [(deck: Deck, cards: [CardID])] = []
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path), data.count <= DeckLoader.maximumSize else {
                throw ServerSetupError("cannot read the deck '\(path)' (or it is larger than a deck may be)")
            }
            switch DeckLoader.load(bytes: [UInt8](data), path: path) {
            case .success(let deck):
                let generator = QuestionGenerator(deck: deck, options: .init(referenceYear: referenceYear))
                decks.append((deck, generator.cards.map(\.id)))
            case .failure(let error):
                let problems = error.diagnostics.map(\.description).joined(separator: "\n")
                throw ServerSetupError("the deck '\(path)' has problems (check it with recall check):\n\(problems)")
            }
        }
        guard !decks.isEmpty else { throw ServerSetupError("the folder '\(folder)' holds no decks (*.yaml)") }
        return DeckCatalog(decks: decks)
    }

    /// Why `card` is not a card of these decks, or nil when it is.
    func problem(with card: String) -> String? {
        if cards.contains(card) { return nil }
        let deck = card.split(separator: "/", maxSplits: 1).first.map(String.init) ?? card
        if !deckIDs.contains(deck) {
            return "unknown deck '\(deck)': the server's decks are \(deckIDs.sorted().joined(separator: ", "))"
        }
        return "unknown card '\(card)': deck \(deck) on the server has no such card"
    }

    /// The decks as a report reads them, limited to `ids` when given; nil for an id no deck has.
    func reportDeck(_ ids: [String]) -> ReportDeck? {
        let chosen = ids.isEmpty ? decks : decks.filter { ids.contains($0.deck.id) }
        guard ids.allSatisfy(deckIDs.contains), !chosen.isEmpty else { return nil }
        return ReportDeck(chosen)
    }
}
