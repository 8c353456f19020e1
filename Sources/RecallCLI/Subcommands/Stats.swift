import ArgumentParser
import Foundation
import ProgressStore
import Reports
import ReportsStorage

/// `recall stats`: a learner's cards by state, what comes due, daily reviews and true retention.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a learner's statistics: cards by state, due counts, daily reviews, true retention.",
        discussion: """
            Over the cards of the decks in the deck folder (or those given with --deck), counted exactly as \
            recall report counts them for a class (docs/reports.md): a card is seen once reviewed, due today \
            when due before the study day ends, overdue when it was due before the day began. Study days begin \
            at the learner's day-rollover hour (4 a.m. unless set) in the local time zone. True retention counts \
            answers to cards in review, as Anki does: young cards had an interval under 21 days, mature ones 21 \
            or more; Again is a failure, Hard, Good and Easy passes.
            """
    )

    @Option(
        name: .customLong("deck"),
        help: ArgumentHelp("A deck to count, by id; repeat for several (default: every deck).", valueName: "deck"))
    var deckIDs: [String] = []

    @OptionGroup var decks: DeckOptions

    @OptionGroup var progress: ProgressOptions

    @Flag(help: "Print the statistics as JSON.")
    var json = false

    func run() throws {
        let now = Date()
        let learner = try progress.learnerName()
        let zone = TimeZone.current
        let deck = try decks.reportDeck(ids: deckIDs, now: now, timeZone: zone)
        let store = try progress.openStore()
        let stats: LearnerStats
        do {
            let member = try store.learnerProgress(learner, decks: deck.decks.map(\.id))
            let settings = try store.settings(for: learner)
            stats = LearnerStats.make(
                history: StudentHistory(member), deck: deck,
                options: ReportOptions(now: now, timeZone: zone, rolloverHour: settings.dayRolloverHour))
        } catch {
            throw CLIError(error.description)
        }
        Console.out(json ? try Console.json(stats) : Self.text(stats))
    }

    static func text(_ stats: LearnerStats) -> String {
        let cards = stats.cards
        var lines: [String] = []
        lines.append(
            "\(stats.learner): \(plural(cards.seen, "card")) studied — \(cards.learning) learning, \(cards.review) review, "
                + "\(cards.relearning) relearning; \(cards.new) new")
        let due = stats.due
        lines.append("Due: \(due.today) today (\(due.overdue) overdue), \(due.tomorrow) tomorrow, \(due.next7Days) within 7 days")
        let total = stats.reviewsPerDay.reduce(0) { $0 + $1.reviews }
        let studied = stats.reviewsPerDay.filter { $0.reviews > 0 }.count
        lines.append(
            "Reviews in the last 30 days: \(total)"
                + (total > 0 ? " (\(String(format: "%.1f", Double(total) / 30)) a day; studied on \(plural(studied, "day")))" : ""))
        if total > 0, let first = stats.reviewsPerDay.first, let last = stats.reviewsPerDay.last {
            lines.append("  \(first.date) \(sparkline(stats.reviewsPerDay.map(\.reviews))) \(last.date)")
        }
        lines.append("")
        var table = TextTable(["TRUE RETENTION", "YOUNG", "MATURE", "ALL"])
        for (label, period) in [
            ("today", stats.retention.day), ("last 7 days", stats.retention.week), ("last 30 days", stats.retention.month),
        ] {
            table.append([label, cell(period.young), cell(period.mature), cell(period.all)])
        }
        lines.append(table.render())
        lines.append("(\(stats.totalReviews) reviews in all)")
        return lines.joined(separator: "\n")
    }

    static func cell(_ retention: RetentionTally) -> String {
        guard let rate = retention.rate else { return "–" }
        return String(format: "%.1f%%", rate * 100) + " (\(retention.passed)/\(retention.total))"
    }

    static func plural(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// One character a day, its height the day's share of the busiest day's reviews; · for none.
    static func sparkline(_ counts: [Int]) -> String {
        let bars = Array("▁▂▃▄▅▆▇█")
        let top = max(counts.max() ?? 0, 1)
        return String(
            counts.map { count in
                count == 0 ? "·" : bars[min(bars.count - 1, (count * bars.count - 1) / top)]
            })
    }
}
