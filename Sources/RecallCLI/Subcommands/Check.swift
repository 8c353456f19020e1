import ArgumentParser
import Facts
import Questions

/// `recall check [PATH ...]`: validate decks, reporting every problem as `path:line:column: error: message`,
/// and every fact that needs a `text` to be asked well as a warning (an error with `--strict`).
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check decks for problems, reporting each at its line and column.",
        discussion: """
            With no paths, checks every *.yaml deck in the deck folder. Exits 1 if any deck is invalid. Warnings name             facts that are asked in a plainer form, or not at all, until they get a text; the deck still loads.             With --strict, warnings count as errors.
            """
    )

    @Argument(help: ArgumentHelp("Deck files or folders of decks.", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var decks: DeckOptions

    @Flag(help: "Print the results as JSON.")
    var json = false

    @Flag(help: "Treat warnings as errors: exit 1 when any deck has a fact that needs a text.")
    var strict = false

    func run() throws {
        let files = paths.isEmpty ? try DeckFiles.deckPaths(in: decks.deckDirectory) : try DeckFiles.expand(paths)
        if files.isEmpty {
            throw CLIError("no decks to check (no *.yaml files in \(paths.isEmpty ? decks.deckDirectory : paths.joined(separator: ", ")))")
        }
        let results = files.map(DeckFiles.load).map { Checked($0, strict: strict) }
        if json {
            Console.out(try Console.json(results.map(CheckReport.init)))
        } else {
            let color = Console.usesColor(fileDescriptor: 2)
            for checked in results {
                if case .success(let deck) = checked.loaded.result, checked.isValid {
                    let count = checked.warnings.count
                    let note = count == 0 ? "" : ", \(count) warning\(count == 1 ? "" : "s")"
                    Console.out(
                        "\(checked.loaded.path): ok: \(deck.id), \(deck.factCount) fact\(deck.factCount == 1 ? "" : "s") (\(deck.countsSummary))\(note)"
                    )
                }
                for diagnostic in checked.problems {
                    Console.err(Self.format(diagnostic, color: color))
                }
            }
            let invalid = results.filter { !$0.isValid }
            if !invalid.isEmpty {
                let problems = invalid.reduce(0) { $0 + $1.problems.count }
                Console.err(
                    "\(invalid.count) of \(results.count) deck\(results.count == 1 ? "" : "s") invalid, \(problems) problem\(problems == 1 ? "" : "s")"
                )
            }
        }
        if results.contains(where: { !$0.isValid }) {
            throw ExitCode.failure
        }
    }

    /// One deck's problems: the loader's errors, or the questions' warnings (errors under `--strict`).
    struct Checked {
        var loaded: DeckFiles.Loaded
        var warnings: [DeckDiagnostic] = []
        var strict: Bool

        init(_ loaded: DeckFiles.Loaded, strict: Bool) {
            self.loaded = loaded
            self.strict = strict
            if case .success(let deck) = loaded.result { warnings = DeckAdvice.warnings(for: deck) }
        }

        var isValid: Bool {
            if case .failure = loaded.result { return false }
            return !strict || warnings.isEmpty
        }

        /// What to show: every error of a deck that did not load, or the warnings, as errors under `--strict`.
        var problems: [DeckDiagnostic] {
            if case .failure(let error) = loaded.result { return error.diagnostics }
            return strict ? warnings.map { DeckDiagnostic(.error, at: $0.location, $0.message) } : warnings
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

    init(_ checked: Check.Checked) {
        path = checked.loaded.path
        valid = checked.isValid
        if case .success(let deck) = checked.loaded.result {
            id = deck.id
            counts = Dictionary(uniqueKeysWithValues: deck.counts.map { ($0.key.rawValue, $0.value) })
        }
        problems = checked.problems.map {
            Problem(line: $0.location.line, column: $0.location.column, severity: $0.severity.rawValue, message: $0.message)
        }
    }
}
