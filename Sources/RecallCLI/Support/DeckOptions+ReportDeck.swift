import Facts
import Foundation
import Questions
import Reports

extension DeckOptions {
    /// The decks a report or a learner's statistics cover — those named in `ids`, or every deck that loads —
    /// with every card their questions give. A named deck that no file holds is refused with the ids there
    /// are; with none named, a deck with problems is skipped with a pointer to `recall check`.
    func reportDeck(ids: [String], now: Date, timeZone: TimeZone) throws(CLIError) -> ReportDeck {
        let loaded = try DeckFiles.loadAll(in: deckDirectory)
        var available: [Deck] = []
        for file in loaded {
            switch file.result {
            case .success(let deck): available.append(deck)
            case .failure(let error):
                if ids.isEmpty {
                    let n = error.diagnostics.count
                    Console.err("recall: skipped \(file.path): \(n) problem\(n == 1 ? "" : "s") (run: recall check \(file.path))")
                }
            }
        }
        var chosen: [Deck] = []
        if ids.isEmpty {
            chosen = available
        } else {
            for id in ids {
                guard let deck = available.first(where: { $0.id == id }) else {
                    let known = available.map(\.id).sorted()
                    throw CLIError(
                        "no deck '\(id)' in \(deckDirectory)/"
                            + (known.isEmpty ? " (it holds no deck that loads)" : " (decks: \(known.joined(separator: ", ")))"))
                }
                if !chosen.contains(where: { $0.id == id }) { chosen.append(deck) }
            }
        }
        guard !chosen.isEmpty else { throw CLIError("no decks in \(deckDirectory)/ to count cards of") }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let year = calendar.component(.year, from: now)
        return ReportDeck(
            chosen.map { deck in
                (deck, QuestionGenerator(deck: deck, options: .init(referenceYear: year)).cards.map(\.id))
            })
    }
}
