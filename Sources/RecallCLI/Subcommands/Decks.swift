import ArgumentParser
import Facts

/// `recall decks`: the decks in the deck folder, as a table or JSON.
struct Decks: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the decks in the deck folder with their facts by kind."
    )

    @OptionGroup var decks: DeckOptions

    @Flag(help: "Print the list as JSON.")
    var json = false

    func run() throws {
        let loaded = try DeckFiles.loadAll(in: decks.deckDirectory)
        var listed: [(Deck, String)] = []
        for file in loaded {
            switch file.result {
            case .success(let deck): listed.append((deck, file.path))
            case .failure(let error):
                let n = error.diagnostics.count
                Console.fail("skipped \(file.path): \(n) problem\(n == 1 ? "" : "s") (run: recall check \(file.path))")
            }
        }
        if json {
            Console.out(try Console.json(listed.map { DeckSummary($0.0, path: $0.1) }))
            return
        }
        if listed.isEmpty {
            Console.out("No decks in \(decks.deckDirectory)/.")
            return
        }
        var table = TextTable(["ID", "TITLE", "FACTS", "FILE"])
        for (deck, path) in listed {
            table.append([deck.id, deck.title, "\(deck.factCount): \(deck.countsSummary)", path])
        }
        Console.out(table.render())
    }
}

/// One deck in `recall decks --json`.
struct DeckSummary: Encodable {
    var id: String
    var title: String
    var subject: String?
    var language: String
    var path: String
    var facts: Int
    var counts: [String: Int]

    init(_ deck: Deck, path: String) {
        id = deck.id
        title = deck.title
        subject = deck.subject
        language = deck.language
        self.path = path
        facts = deck.factCount
        counts = Dictionary(uniqueKeysWithValues: deck.counts.map { ($0.key.rawValue, $0.value) })
    }
}
