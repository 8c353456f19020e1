import AnkiConversion
import AnkiPackage
import ArgumentParser
import Facts
import Foundation
import ProgressStore
import Questions
import Scheduling

/// `recall anki export DECK`: a deck as an Anki package, with `--learner` their schedule and review log.
struct AnkiExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a deck as an Anki package (.apkg); with --learner, their schedule and reviews too.",
        discussion: """
            One Anki card per Recall card: cards and terms as Basic notes, cloze cards as Cloze notes, other \
            facts as the cloze sentence or typed question Recall asks, each with the explanation under the \
            answer. Note GUIDs follow the fact ids, so importing a later export into Anki updates the notes. \
            The package is written under a temporary name and renamed into place.
            """
    )

    @Argument(help: ArgumentHelp("The deck: its id in the deck folder, or a file.", valueName: "deck"))
    var deck: String

    @Option(help: ArgumentHelp("Include this learner's due dates, memory state and review log.", valueName: "name"))
    var learner: String?

    @Option(help: ArgumentHelp("The package to write (default: <deck>.apkg).", valueName: "path"))
    var output: String?

    @OptionGroup var decks: DeckOptions

    @OptionGroup var progress: ProgressFileOptions

    @Flag(help: "Print what was exported as JSON.")
    var json = false

    func run() throws {
        let learnerName = try ProgressOptions.check(learner)
        let loaded = try DeckLookup.load(deck, in: decks.deckDirectory)
        let now = Date()
        let timeZone = TimeZone.current
        let year = Calendar.current.component(.year, from: now)
        var rollover = 4
        var progressData: AnkiExporter.Progress?
        if let learnerName {
            let store = try progress.openStore()
            do {
                let settings = try store.settings(for: learnerName)
                rollover = settings.dayRolloverHour
                let cards = QuestionGenerator(deck: loaded, options: .init(referenceYear: year)).cards
                var states: [String: CardState] = [:]
                var histories: [String: [Review]] = [:]
                for card in cards {
                    let id = card.id.description
                    if let state = try store.cardState(of: id, for: learnerName) { states[id] = state }
                    let history = try store.history(of: id, for: learnerName)
                    if !history.isEmpty { histories[id] = history }
                }
                progressData = AnkiExporter.Progress(states: states, histories: histories, parameters: settings.scheduler.parameters)
            } catch {
                throw CLIError("\(error); nothing was exported", status: .progressFile)
            }
        }
        let exporter = AnkiExporter(
            deck: loaded, progress: progressData,
            options: .init(now: now, timeZone: timeZone, rolloverHour: rollover, referenceYear: year))
        let (collection, summary) = exporter.export()
        let path = output ?? "\(loaded.id).apkg"
        do {
            try AnkiPackageWriter(now: now).write(collection, to: path)
        } catch {
            throw CLIError("\(error); nothing was exported", status: .output)
        }
        let report = Report(
            deck: loaded.id, file: path, notes: summary.notes, cards: summary.cards, scheduled: summary.scheduled,
            reviews: summary.reviews, learner: learnerName?.rawValue, unaskable: summary.unaskable)
        for card in summary.unaskable {
            Console.err("recall: warning: \(card) left out: no question can be made for it in this deck (recall questions lists why)")
        }
        Console.out(json ? try Console.json(report) : report.text)
    }

    struct Report: Encodable {
        var deck: String
        var file: String
        var notes: Int
        var cards: Int
        var scheduled: Int
        var reviews: Int
        var learner: String?
        var unaskable: [String]

        var text: String {
            func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
            var line = "Exported deck \(deck) to \(file): \(count(notes, "note")), \(count(cards, "card"))"
            if let learner { line += "; \(learner)'s schedule for \(count(scheduled, "card")) and \(count(reviews, "review"))" }
            return line + "."
        }
    }
}
