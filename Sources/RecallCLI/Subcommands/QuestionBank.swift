import ArgumentParser
import Facts
import Foundation
import Questions
import Scheduling
import SeededRandom

/// `recall questions DECK`: the deck's whole question bank, readable in the terminal or as JSON.
struct QuestionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "questions",
        abstract: "Print every question a deck yields, and the ones it cannot yield unambiguously.",
        discussion: """
            DECK is a deck id from the deck folder or the path of a deck file. The same deck and seed always \
            print the same questions; another seed changes distractors and option order. With --json, prints \
            an object with deck, seed, questions and skipped (see docs/questions.md).
            """
    )

    /// The seed used when none is given, so that the output is repeatable.
    static let defaultSeed: UInt64 = 1

    @Argument(help: ArgumentHelp("A deck id from the deck folder, or a deck file.", valueName: "deck"))
    var deck: String

    @Option(help: "Makes every random choice repeatable: the same seed prints the same bank.")
    var seed: UInt64 = QuestionsCommand.defaultSeed

    @Option(
        help: ArgumentHelp(
            "Only these kinds, comma-separated: \(QuestionKind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "kinds"))
    var kinds: String?

    @Option(help: ArgumentHelp("The current year, past which no generated date goes (default: this year).", valueName: "year"))
    var year: Int?

    @Flag(help: "Print the bank as JSON.")
    var json = false

    @OptionGroup var decks: DeckOptions

    func validate() throws {
        _ = try kindSet()
        if let year, year < 1 || year > 9999 { throw ValidationError("--year must be from 1 to 9999") }
    }

    /// The kinds named by `--kinds`, or nil for all.
    func kindSet() throws(ValidationError) -> Set<QuestionKind>? {
        guard let kinds else { return nil }
        var set: Set<QuestionKind> = []
        for name in kinds.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let kind = QuestionKind(rawValue: name) else {
                throw ValidationError("unknown kind '\(name)': use \(QuestionKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            set.insert(kind)
        }
        guard !set.isEmpty else { throw ValidationError("--kinds names no kind") }
        return set
    }

    func run() throws {
        let loaded = try Self.load(deck, in: decks.deckDirectory)
        var options = QuestionGenerator.Options(referenceYear: year ?? Self.currentYear())
        if let kinds = try kindSet() { options.kinds = kinds }
        var generator = SeededGenerator(seed: seed)
        var bank = QuestionGenerator(deck: loaded, options: options).bank(using: &generator)
        bank.seed = seed
        if json {
            Console.out(try bank.jsonText())
        } else {
            Console.out(Self.render(bank, deck: loaded))
        }
    }

    /// The year where the user is: the only clock reading behind this command.
    static func currentYear() -> Int {
        Calendar.current.component(.year, from: Date())
    }

    /// Finds a deck by path, or by id in the deck folder; an invalid deck's problems go to standard error.
    static func load(_ name: String, in directory: String) throws(CLIError) -> Deck {
        var isDirectory: ObjCBool = false
        let path: String
        if FileManager.default.fileExists(atPath: name, isDirectory: &isDirectory), !isDirectory.boolValue {
            path = name
        } else if name.contains("/") || name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            throw CLIError("no deck file at '\(name)'")
        } else {
            let paths = try DeckFiles.deckPaths(in: directory)
            let stem = { (p: String) in ((p as NSString).lastPathComponent as NSString).deletingPathExtension }
            guard let found = paths.first(where: { stem($0) == name }) else {
                let ids = paths.map(stem)
                throw CLIError("no deck '\(name)' in \(directory)/\(ids.isEmpty ? "" : " (decks: \(ids.joined(separator: ", ")))")")
            }
            path = found
        }
        let loaded = DeckFiles.load(path)
        switch loaded.result {
        case .success(let deck):
            return deck
        case .failure(let error):
            let color = Console.usesColor(fileDescriptor: 2)
            for diagnostic in error.diagnostics { Console.err(Check.format(diagnostic, color: color)) }
            let n = error.diagnostics.count
            throw CLIError("\(path) has \(n) problem\(n == 1 ? "" : "s"); no questions")
        }
    }

    /// The bank for reading: each question with its options and answer, then counts by kind and what was skipped.
    static func render(_ bank: QuestionBank, deck: Deck) -> String {
        var lines = [
            "\(deck.title) (\(deck.id)): \(bank.questions.count) questions, \(bank.skipped.count) skipped, seed \(bank.seed.map(String.init) ?? "-")",
            "",
        ]
        func letter(_ i: Int) -> String { String(UnicodeScalar(UInt8(65 + i))) }
        for (n, q) in bank.questions.enumerated() {
            lines.append(
                "\(n + 1). \(q.kind.rawValue) · \(q.card.fact)/\(q.card.slot) · \(q.focus.rawValue) · difficulty \(String(format: "%.2f", q.difficulty))"
            )
            lines.append("   " + q.prompt)
            if let items = q.items {
                for (i, item) in items.enumerated() { lines.append("     \(i + 1). \(item)") }
            }
            if let options = q.options {
                for (i, option) in options.enumerated() { lines.append("     \(letter(i)). \(option)") }
            }
            switch q.answer {
            case .option(let text):
                let position = q.options?.firstIndex(of: text).map { letter($0) + ". " } ?? ""
                lines.append("   Answer: \(position)\(text)")
                if q.kind == .trueFalse, text == "False" { lines.append("   Fact: \(q.explanation)") }
            case .accepted(let texts):
                lines.append("   Answer: \(texts[0])" + (texts.count > 1 ? " (also: \(texts.dropFirst().joined(separator: ", ")))" : ""))
            case .sequence(let texts):
                let options = q.options ?? []
                lines.append("   Answer: " + texts.map { t in options.firstIndex(of: t).map(letter) ?? "?" }.joined(separator: " "))
                lines.append("   Fact: \(q.explanation)")
            case .pairs(let pairs):
                let options = q.options ?? []
                lines.append(
                    "   Answer: "
                        + pairs.enumerated().map { "\($0.offset + 1)\(options.firstIndex(of: $0.element.match).map(letter) ?? "?")" }
                        .joined(separator: " "))
            }
            lines.append("")
        }
        var table = TextTable(["KIND", "QUESTIONS"])
        for (kind, count) in bank.countsByKind { table.append([kind.rawValue, String(count)]) }
        lines.append(table.render())
        if !bank.skipped.isEmpty {
            lines.append("")
            lines.append("Skipped (\(bank.skipped.count)):")
            for s in bank.skipped { lines.append("  \(s.card.fact)/\(s.card.slot) \(s.kind.rawValue) (\(s.focus.rawValue)): \(s.reason)") }
        }
        return lines.joined(separator: "\n")
    }
}
