import ArgumentParser
import Facts

/// `recall check [PATH ...]`: validate decks, reporting every problem as `path:line:column: error: message`.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check decks for problems, reporting each at its line and column.",
        discussion: "With no paths, checks every *.yaml deck in the deck folder. Exits 1 if any deck is invalid."
    )

    @Argument(help: ArgumentHelp("Deck files or folders of decks.", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var decks: DeckOptions

    @Flag(help: "Print the results as JSON.")
    var json = false

    func run() throws {
        let files: [String]
        do {
            files = paths.isEmpty ? try DeckFiles.deckPaths(in: decks.deckDirectory) : try DeckFiles.expand(paths)
        } catch {
            Console.fail(error.message)
            throw ExitCode.failure
        }
        if files.isEmpty {
            Console.fail("no decks to check (no *.yaml files in \(paths.isEmpty ? decks.deckDirectory : paths.joined(separator: ", ")))")
            throw ExitCode.failure
        }
        let results = files.map(DeckFiles.load)
        if json {
            Console.out(try Console.json(results.map(CheckReport.init)))
        } else {
            let color = Console.usesColor(fileDescriptor: 2)
            for loaded in results {
                switch loaded.result {
                case .success(let deck):
                    Console.out("\(loaded.path): ok: \(deck.id), \(deck.factCount) fact\(deck.factCount == 1 ? "" : "s") (\(deck.countsSummary))")
                case .failure(let error):
                    for diagnostic in error.diagnostics {
                        Console.err(Self.format(diagnostic, color: color))
                    }
                }
            }
            let invalid = results.filter { if case .failure = $0.result { true } else { false } }
            if !invalid.isEmpty {
                let problems = invalid.reduce(0) { count, loaded in
                    if case .failure(let e) = loaded.result { count + e.diagnostics.count } else { count }
                }
                Console.err("\(invalid.count) of \(results.count) deck\(results.count == 1 ? "" : "s") invalid, \(problems) problem\(problems == 1 ? "" : "s")")
            }
        }
        if results.contains(where: { if case .failure = $0.result { true } else { false } }) {
            throw ExitCode.failure
        }
    }

    static func format(_ diagnostic: DeckDiagnostic, color: Bool) -> String {
        guard color else { return diagnostic.description }
        let tint = diagnostic.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;33m"
        return "\u{1B}[1m\(diagnostic.location):\u{1B}[0m \(tint)\(diagnostic.severity.rawValue):\u{1B}[0m \(diagnostic.message)"
    }
}

/// One deck's result in `recall check --json`.
struct CheckReport: Encodable {
    struct Problem: Encodable {
        var line: Int
        var column: Int
        var severity: String
        var message: String
    }

    var path: String
    var valid: Bool
    var id: String?
    var counts: [String: Int]?
    var problems: [Problem]

    init(_ loaded: DeckFiles.Loaded) {
        path = loaded.path
        switch loaded.result {
        case .success(let deck):
            valid = true
            id = deck.id
            counts = Dictionary(uniqueKeysWithValues: deck.counts.map { ($0.key.rawValue, $0.value) })
            problems = []
        case .failure(let error):
            valid = false
            problems = error.diagnostics.map {
                Problem(line: $0.location.line, column: $0.location.column, severity: $0.severity.rawValue, message: $0.message)
            }
        }
    }
}
