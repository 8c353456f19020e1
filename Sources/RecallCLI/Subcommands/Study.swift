import ArgumentParser
import Facts
import Foundation
import ProgressStore
import Scheduling
import SeededRandom
import StudySession
import StudyStorage

/// `recall study`: a study session on today's queue, in the terminal or, when input is not a terminal, one
/// answer per line.
struct Study: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Study what is due: questions derived from the decks, graded and scheduled answer by answer.",
        discussion: """
            Asks today's cards (learning, due reviews, then new cards within the daily limits), each in a form \
            fitted to its memory: recognition (multiple choice, true/false, matching, ordering) for new and weak \
            cards, recall (fill in the blank, typed) for stronger ones. Answers are graded, rated Again, Hard, \
            Good or Easy, and saved one by one: quitting at any moment loses nothing. Press ? in a session for \
            the keys; docs/studying.md has the rules.

            When standard input is not a terminal (or TERM is dumb), the session runs in line mode: each \
            question is printed with its options, one answer is read per line, the session ends at the end of \
            input.
            """
    )

    @Argument(help: ArgumentHelp("Deck ids from the deck folder, or deck files (default: every deck in the folder).", valueName: "deck"))
    var deckNames: [String] = []

    @OptionGroup var decks: DeckOptions

    @OptionGroup var progress: ProgressOptions

    @Option(help: ArgumentHelp("New cards to introduce in this session, instead of what is left of today's limit.", valueName: "n"))
    var new: Int?

    @Option(help: ArgumentHelp("Stop after this many answers.", valueName: "n"))
    var limit: Int?

    @Flag(help: "Show each card's front, then its back, and grade yourself: Again, Hard, Good or Easy.")
    var flashcards = false

    @Flag(help: "Practise ahead without changing the schedule (answers are logged as cram).")
    var cram = false

    @Option(help: ArgumentHelp("Makes the session's random choices (forms, options) repeatable.", valueName: "n"))
    var seed: UInt64?

    func validate() throws {
        if let new, new < 0 { throw ValidationError("--new must be 0 or more") }
        if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more") }
    }

    func run() throws {
        let loaded = try Self.loadDecks(deckNames, in: decks.deckDirectory)
        let learner = try progress.learnerName()
        // A study session waits as long as it takes: the answer is kept until the file is free.
        let store = try progress.openStore(patience: 24 * 3600)
        let now = Date()
        let timeZone = TimeZone.current
        let options = StudyOptions(
            learner: learner.rawValue, title: Self.title(loaded), flashcards: flashcards, cram: cram, newLimit: new,
            limit: limit, timeZone: timeZone)
        let session = StudySession(
            store: ProgressStoreAdapter(store: store, learner: learner),
            questions: DeckQuestions(decks: loaded, referenceYear: Calendar.current.component(.year, from: now)),
            options: options, clock: StudyClock { Date() },
            generator: SeededGenerator(seed: seed ?? UInt64.random(in: 0...UInt64.max)))
        let terminal = Self.terminal()
        let palette = Palette(usesColor: terminal.mode == .interactive && Console.usesColor(fileDescriptor: 1))
        do {
            try StudyRunner.run(session, on: terminal, palette: palette)
        } catch let error as ProgressStoreError {
            throw CLIError(error.description + " (every answer before this one is saved)")
        }
        Sync.afterStudy(store: store, progress: progress.file, learner: learner)
    }

    /// The decks named, or every deck in the folder; a deck with problems is skipped with a pointer to
    /// `recall check`, and none at all is an error.
    static func loadDecks(_ deckNames: [String], in directory: String) throws(CLIError) -> [Deck] {
        if !deckNames.isEmpty {
            return try deckNames.map { name throws(CLIError) in try QuestionsCommand.load(name, in: directory) }
        }
        var loaded: [Deck] = []
        for file in try DeckFiles.loadAll(in: directory) {
            switch file.result {
            case .success(let deck): loaded.append(deck)
            case .failure(let error):
                let n = error.diagnostics.count
                Console.fail("skipped \(file.path): \(n) problem\(n == 1 ? "" : "s") (run: recall check \(file.path))")
            }
        }
        guard !loaded.isEmpty else { throw CLIError("no deck to study in \(directory)/ (see docs/deck-format.md)") }
        return loaded
    }

    /// The header's name for what is studied: the deck's id, or the ids joined when they are few and short.
    static func title(_ decks: [Deck]) -> String {
        let ids = decks.map(\.id)
        let joined = ids.joined(separator: " + ")
        return ids.count == 1 || joined.count <= 40 ? joined : "\(ids.count) decks"
    }

    /// The learner's terminal when both ends are one and it can draw screens; plain lines otherwise.
    static func terminal() -> any Terminal {
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        if !term.isEmpty, term != "dumb", let live = LiveTerminal() {
            return live
        }
        return LineTerminal()
    }
}
