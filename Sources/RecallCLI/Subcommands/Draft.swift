import ArgumentParser
import Drafting
import Facts
import Foundation

/// `recall draft ARTICLE`: a first draft of a deck from an article, for a teacher to prune and polish.
struct Draft: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draft a deck from an article: its dates, figures, people, quotes and terms.",
        discussion: """
            Reads plain text or Markdown (- for standard input) and writes a deck that passes recall check, \
            with a comment above every fact giving the paragraph and sentence it came from and what to check. \
            An existing deck is never overwritten: pass --merge to add only the facts it lacks (its text and \
            comments stay as they are), or --force to replace it. See docs/drafting.md.
            """
    )

    @Argument(help: ArgumentHelp("The article: a .txt or .md file, or - for standard input.", valueName: "article"))
    var article: String

    @Option(
        help: ArgumentHelp(
            "The deck id (lowercase letters, digits and -); by default from the output or article file name.", valueName: "id"))
    var id: String?

    @Option(help: ArgumentHelp("The deck title; by default the article's own title.", valueName: "text"))
    var title: String?

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Where to write the deck (- for standard output); by default DECKS/ID.yaml.", valueName: "path"))
    var output: String?

    @Flag(help: "Replace an existing deck file, losing its edits.")
    var force = false

    @Flag(help: "Add to an existing deck file only the facts it lacks.")
    var merge = false

    @OptionGroup var decks: DeckOptions

    func validate() throws {
        if force && merge {
            throw ValidationError("--force and --merge cannot be used together: --force replaces the deck, --merge adds to it")
        }
        if let id, !Identifier.isValid(id) {
            throw ValidationError("'\(id)' is not a valid deck id: use lowercase letters, digits and '-' only (like siberian-internment)")
        }
        if let output, output != "-", let id, Self.stem(of: output) != id {
            throw ValidationError("the deck id '\(id)' must match the file name: write to \(id).yaml, or leave out --id")
        }
        if output == "-" && merge { throw ValidationError("--merge needs a deck file to merge into, not standard output") }
    }

    func run() throws {
        try draft()
    }

    private func draft() throws {
        let text = try readArticle()
        let sourceName = article == "-" ? nil : URL(fileURLWithPath: article).lastPathComponent
        let toStandardOutput = output == "-"
        let deckID = try resolvedID(text: text)
        let path =
            toStandardOutput
            ? "\(deckID).yaml"
            : output ?? (decks.deckDirectory.hasSuffix("/") ? decks.deckDirectory : decks.deckDirectory + "/") + "\(deckID).yaml"
        let options = Drafter.Options(id: deckID, title: title, sourceName: sourceName, path: path)
        let draft: DeckDraft
        switch Drafter.draft(text, options: options) {
        case .success(let d): draft = d
        case .failure(let failure): throw CLIError("\(article == "-" ? "standard input" : article): \(failure)")
        }
        let written = DeckWriter.write(draft, sourceName: sourceName)
        if toStandardOutput {
            try verify(written.text, path: path)
            FileHandle.standardOutput.write(Data(written.text.utf8))
            report(draft, facts: draft.deck.facts.map(\.id), lines: written.lines, shownPath: "<stdout>", verb: "drafted")
            return
        }
        if output == nil {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: decks.deckDirectory, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw CLIError(
                    "no deck folder at '\(decks.deckDirectory)': run recall from the folder that holds Decks/, or pass --decks DIR or --output PATH"
                )
            }
        }
        let exists = FileManager.default.fileExists(atPath: path)
        if exists && !force && !merge {
            throw CLIError(
                "\(path) already exists and may hold a teacher's edits: pass --merge to add only the facts it lacks, or --force to replace it"
            )
        }
        if exists && merge {
            guard let data = FileManager.default.contents(atPath: path) else { throw CLIError("cannot read \(path)") }
            let existing = String(decoding: data, as: UTF8.self)
            switch DeckMerger.merge(draft, into: existing, path: path, sourceName: sourceName) {
            case .failure(let failure):
                throw CLIError("\(path): \(failure)")
            case .success(let merged):
                if merged.added.isEmpty {
                    Console.err("\(path): nothing to add: the deck already has every fact drafted from \(sourceName ?? "the article")")
                    return
                }
                try write(merged.text, to: path)
                report(draft, facts: merged.added, lines: merged.lines, shownPath: path, verb: "added")
            }
            return
        }
        try verify(written.text, path: path)
        try write(written.text, to: path)
        report(draft, facts: draft.deck.facts.map(\.id), lines: written.lines, shownPath: path, verb: "drafted")
    }

    private func readArticle() throws -> String {
        let data: Data
        if article == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: article, isDirectory: &isDirectory) else {
                throw CLIError("no such file: \(article)")
            }
            guard !isDirectory.boolValue else { throw CLIError("\(article) is a folder: give the article's file") }
            guard let contents = FileManager.default.contents(atPath: article) else {
                throw CLIError("cannot read \(article) (check its permissions)")
            }
            data = contents
        }
        let name = article == "-" ? "standard input" : article
        if data.count > Self.maximumSize {
            throw CLIError("\(name) is too large for an article (\(data.count / 1_048_576) MB; the limit is 8 MB)")
        }
        if data.contains(0) { throw CLIError("\(name) is not a text file (it contains a NUL byte): give plain text or Markdown") }
        guard let text = String(data: data, encoding: .utf8) else { throw CLIError("\(name) is not UTF-8 text: save it as UTF-8") }
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    static let maximumSize = 8 * 1024 * 1024

    /// `--id`, else the output file's name, else the article file's name, else the article's title.
    private func resolvedID(text: String) throws -> String {
        if let id { return id }
        if let output, output != "-" {
            let stem = Self.stem(of: output)
            guard Identifier.isValid(stem) else {
                throw CLIError(
                    "'\(stem)' (from \(output)) is not a valid deck id: name the file with lowercase letters, digits and '-', or pass --id")
            }
            return stem
        }
        if article != "-" {
            let stem = Drafter.deckID(from: URL(fileURLWithPath: article).deletingPathExtension().lastPathComponent)
            if stem != "draft" { return stem }
        }
        return Drafter.deckID(from: title ?? text.split(separator: "\n").first.map(String.init) ?? "draft")
    }

    static func stem(of path: String) -> String {
        let name = URL(fileURLWithPath: path).lastPathComponent
        for suffix in [".yaml", ".yml"] where name.hasSuffix(suffix) { return String(name.dropLast(suffix.count)) }
        return name
    }

    private func verify(_ text: String, path: String) throws {
        if case .failure(let error) = DeckLoader.load(text: text, path: path) {
            throw CLIError("the draft did not pass the deck checks, so nothing was written:\n\(error)")
        }
    }

    private func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CLIError("cannot write '\(path)': \(error.localizedDescription)")
        }
    }

    /// The summary on standard error, then a warning at each fact a teacher should look at.
    private func report(_ draft: DeckDraft, facts: [FactID], lines: [FactID: Int], shownPath: String, verb: String) {
        let ids = Set(facts)
        var shown = draft.deck
        shown.people.removeAll { !ids.contains($0.id) }
        shown.events.removeAll { !ids.contains($0.id) }
        shown.figures.removeAll { !ids.contains($0.id) }
        shown.quotes.removeAll { !ids.contains($0.id) }
        shown.terms.removeAll { !ids.contains($0.id) }
        shown.cards.removeAll { !ids.contains($0.id) }
        let summary = shown.countsSummary
        let checks = facts.reduce(0) { $0 + (draft.checks[$1]?.count ?? 0) }
        Console.err("\(shownPath): \(verb) \(facts.count) fact\(facts.count == 1 ? "" : "s") (\(summary)); \(checks) to check")
        let color = Console.usesColor(fileDescriptor: 2)
        for id in facts {
            for check in draft.checks[id] ?? [] {
                let location = SourceLocation(path: shownPath, line: lines[id] ?? 1, column: 3)
                Console.err(
                    Check.format(DeckDiagnostic(.warning, at: location, "\(id.section.singular) '\(id.local)': \(check)"), color: color))
            }
        }
    }
}
