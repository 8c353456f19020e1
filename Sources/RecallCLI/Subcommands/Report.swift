import ArgumentParser
import Facts
import Foundation
import ProgressStore
import Questions
import Reports

/// `recall report CLASS`: how a class is doing, as text, one HTML page, CSV tables or JSON.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report on a class: students, facts, who needs help, trends.",
        discussion: """
            Per student: cards seen and mature, reviews and study days in the period, true retention, \
            mastery (the mean chance of recalling each card of the decks now, unseen cards counting 0), due \
            and overdue cards, last active, paper-quiz scores. Per fact: students who have seen it, recall, \
            facility and discrimination, with flags. Then who needs help and why, week-by-week trends and the \
            due forecast. Definitions: docs/reports.md. The period is the last 28 days unless --since is \
            given; days begin at the class's day-rollover hour in the local time zone.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, html, csv, json
    }

    @Argument(help: ArgumentHelp("The class.", valueName: "class"))
    var className: String

    @Option(name: .customLong("deck"), help: ArgumentHelp("A deck to report on, by id; repeat for several (default: every deck).", valueName: "deck"))
    var deckIDs: [String] = []

    @Option(help: ArgumentHelp("The first day of the period, YYYY-MM-DD (default: 27 days before today).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("The report's format.", valueName: "format"))
    var format: Format = .text

    @Option(help: ArgumentHelp("Write to this file (csv: this folder, one file per table) instead of standard output.", valueName: "path"))
    var output: String?

    @Option(help: ArgumentHelp("Columns for the text report (default: the terminal's width, else 100).", valueName: "n"))
    var width: Int?

    @OptionGroup var decks: DeckOptions

    @OptionGroup var progress: ProgressFileOptions

    func validate() throws {
        if format == .csv && output == nil {
            throw ValidationError("--format csv writes one file per table: give the folder with --output DIR")
        }
        if let width, width < 40 || width > 1_000 { throw ValidationError("--width must be from 40 to 1000") }
        if let since, Self.day(since) == nil {
            throw ValidationError("--since '\(since)' is not a date: write it as YYYY-MM-DD, such as 2026-09-01")
        }
    }

    func run() throws {
        let now = Date()
        do {
            let zone = TimeZone.current
            var sinceMoment: Date? = nil
            if let since, let day = Self.day(since) {
                var calendar = Calendar(identifier: .gregorian)
                calendar.timeZone = zone
                // Noon: inside the study day of that date whatever the rollover hour.
                guard let noon = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12)) else {
                    throw CLIError("--since '\(since)' is not a date")
                }
                guard noon <= now.addingTimeInterval(86_400) else { throw CLIError("--since \(since) is in the future") }
                sinceMoment = noon
            }
            let deck = try loadDecks(now: now, zone: zone)
            let store = try openExistingStore()
            let report: ClassReport
            do {
                report = try ClassReport.make(
                    store: store, className: className, deck: deck, options: ReportOptions(now: now, since: sinceMoment, timeZone: zone))
            } catch let error as SchoolClassError {
                throw CLIError(error.description)
            } catch let error as ProgressStoreError {
                throw CLIError(error.description)
            }
            try write(report)
        } catch let error as CLIError {
            Console.fail(error.message)
            throw ExitCode.failure
        }
    }

    /// The chosen decks with their cards; a deck id no deck has is refused with the ids there are.
    func loadDecks(now: Date, zone: TimeZone) throws(CLIError) -> ReportDeck {
        let loaded = try DeckFiles.loadAll(in: decks.deckDirectory)
        var available: [Deck] = []
        for file in loaded {
            switch file.result {
            case .success(let deck): available.append(deck)
            case .failure(let error):
                if deckIDs.isEmpty {
                    let n = error.diagnostics.count
                    Console.err("recall: skipped \(file.path): \(n) problem\(n == 1 ? "" : "s") (run: recall check \(file.path))")
                }
            }
        }
        var chosen: [Deck] = []
        if deckIDs.isEmpty {
            chosen = available
        } else {
            for id in deckIDs {
                guard let deck = available.first(where: { $0.id == id }) else {
                    let ids = available.map(\.id).sorted()
                    throw CLIError(
                        "no deck '\(id)' in \(decks.deckDirectory)/"
                            + (ids.isEmpty ? " (it holds no deck that loads)" : " (decks: \(ids.joined(separator: ", ")))"))
                }
                if !chosen.contains(where: { $0.id == id }) { chosen.append(deck) }
            }
        }
        guard !chosen.isEmpty else { throw CLIError("no decks to report on in \(decks.deckDirectory)/") }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let year = calendar.component(.year, from: now)
        return ReportDeck(chosen.map { deck in
            (deck, QuestionGenerator(deck: deck, options: .init(referenceYear: year)).cards.map(\.id))
        })
    }

    /// The progress file, which must exist: a report never creates one.
    func openExistingStore() throws(CLIError) -> ProgressStore {
        let path = progress.progressPath.path
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError("no progress file at '\(path)': there is nothing to report on yet (pass --progress PATH to use another file)")
        }
        return try progress.openStore()
    }

    /// Renders the report and writes it whole, or not at all.
    func write(_ report: ClassReport) throws(CLIError) {
        do {
            switch format {
            case .csv:
                let folder = URL(fileURLWithPath: output!)
                try CSVReport.write(report, to: folder)
                Console.out("Wrote \(CSVReport.files(report).count) CSV files to \(folder.path)/")
                return
            case .text:
                try emit(TextReport.render(report, width: width ?? Self.terminalWidth()))
            case .html:
                try emit(HTMLReport.render(report))
            case .json:
                try emit(JSONReport.render(report))
            }
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError("cannot write the report to '\(output ?? "-")': \(error.localizedDescription)")
        }
    }

    func emit(_ text: String) throws {
        guard let output else {
            Console.print(text)
            return
        }
        try OutputFile.write(text, to: output)
        Console.out("Wrote \(output) (\(text.utf8.count / 1024 + 1) KB)")
    }

    /// The terminal's width when standard output is one, else `COLUMNS`, else 100.
    static func terminalWidth() -> Int {
        var window = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &window) == 0, window.ws_col > 0 {
            return Int(window.ws_col)
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns >= 40 { return columns }
        return 100
    }

    /// `YYYY-MM-DD` as numbers, checked to be a real date.
    static func day(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1
        else { return nil }
        let days = [31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1] ? (year, month, day) : nil
    }
}
