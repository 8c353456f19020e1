import ArgumentParser
import CivilCalendar
import Facts
import Foundation
import ProgressStore
import Questions
import Reports
import SyncClient
import SyncStore

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

    @Option(
        name: .customLong("deck"),
        help: ArgumentHelp("A deck to report on, by id; repeat for several (default: every deck).", valueName: "deck"))
    var deckIDs: [String] = []

    @Option(help: ArgumentHelp("The first day of the period, YYYY-MM-DD (default: 27 days before today).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("The report's format.", valueName: "format"))
    var format: Format = .text

    @Flag(help: "The same as --format json, as every command that reports takes it.")
    var json = false

    @Option(help: ArgumentHelp("Write to this file (csv: this folder, one file per table) instead of standard output.", valueName: "path"))
    var output: String?

    @Option(help: ArgumentHelp("Columns for the text report (default: the terminal's width, else 100).", valueName: "n"))
    var width: Int?

    @OptionGroup var decks: DeckOptions

    @OptionGroup var progress: ProgressFileOptions

    @Flag(help: "Report on the class as the school's server holds it now (the teacher's login).")
    var server = false

    mutating func validate() throws {
        if json {
            guard format == .text || format == .json else {
                throw ValidationError("--json and --format \(format.rawValue) ask for two formats: give one")
            }
            format = .json
        }
        if format == .csv && output == nil {
            throw ValidationError("--format csv writes one file per table: give the folder with --output DIR")
        }
        if let width, width < 40 || width > 1_000 { throw ValidationError("--width must be from 40 to 1000") }
        if let since, CivilCalendar.parseDay(since) == nil {
            throw ValidationError("--since '\(since)' is not a date: write it as YYYY-MM-DD, such as 2026-09-01")
        }
    }

    func run() throws {
        let now = Date()
        let zone = TimeZone.current
        var sinceMoment: Date? = nil
        if let since, let day = CivilCalendar.parseDay(since) {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            // Noon: inside the study day of that date whatever the rollover hour.
            guard let noon = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12)) else {
                throw CLIError("--since '\(since)' is not a date")
            }
            guard noon <= now.addingTimeInterval(86_400) else { throw CLIError("--since \(since) is in the future") }
            sinceMoment = noon
        }
        let deck = try decks.reportDeck(ids: deckIDs, now: now, timeZone: zone)
        let store = try server ? serverStore() : openExistingStore()
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
    }

    /// The class as the server holds it, replayed into a progress store in memory.
    func serverStore() throws(CLIError) -> ProgressStore {
        let client = try ServerAccess.teacher(progress)
        let snapshot = try ServerAccess.call { () throws(SyncError) in try client.snapshot(of: className) }
        do {
            return try snapshot.progressStore()
        } catch {
            throw CLIError("the server's data on \(className) cannot be replayed here: \(error)")
        }
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
                guard let output else { throw CLIError("--format csv writes one file per table: give the folder with --output DIR") }
                let folder = URL(fileURLWithPath: output)
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
}
