import Foundation
import Reports
import Scheduling

/// Small hand-made histories for the statistics tests, all in UTC with the day rolling over at 4 a.m.
enum ReportFixtures {
    static let utc = TimeZone(identifier: "UTC")!

    /// 2026-03-20 12:00 UTC, a Friday: the moment most reports describe.
    static let now = date("2026-03-20T12:00:00Z")

    /// A moment from ISO 8601 text.
    static func date(_ text: String) -> Date {
        guard let date = try? Date(text, strategy: .iso8601) else { fatalError("bad fixture date \(text)") }
        return date
    }

    /// `days` (and `hours`) before `now`.
    static func ago(days: Double, hours: Double = 0) -> Date {
        now.addingTimeInterval(-(days * 86_400 + hours * 3_600))
    }

    /// A card in review with `stability`, last reviewed at `lastReview`, due at `due`.
    static func reviewed(stability: Double, at lastReview: Date, due: Date? = nil, interval: Int? = nil, lapses: Int = 0) -> CardState {
        CardState(
            phase: .review, step: nil, stability: stability, difficulty: 5, ease: 2.5,
            intervalDays: interval ?? Int(stability.rounded()), due: due ?? lastReview.addingTimeInterval(stability * 86_400),
            lastReview: lastReview, reps: 3, lapses: lapses)
    }

    /// A deck `x` of single-card facts, `x/terms/<name>/term`, one per name.
    static func deck(facts names: [String], cardsPerFact: Int = 1) -> ReportDeck {
        let facts = names.map { ReportDeck.FactInfo(id: "x/terms/\($0)", label: "Fact \($0)") }
        var cards: [(card: String, fact: String)] = []
        for name in names {
            for slot in 0..<cardsPerFact {
                cards.append((card(name, slot: slot), "x/terms/\(name)"))
            }
        }
        return ReportDeck(decks: [.init(id: "x", title: "Test deck")], facts: facts, cards: cards)
    }

    /// The card id of fact `name`'s slot `slot` in deck `x`.
    static func card(_ name: String, slot: Int = 0) -> String {
        slot == 0 ? "x/terms/\(name)/term" : "x/terms/\(name)/slot\(slot)"
    }

    /// An answer to a card of deck `x` in review (young), right or wrong by its rating.
    static func answer(
        _ fact: String, at moment: Date, right: Bool, source: ReportReview.Source = .study, slot: Int = 0
    ) -> ReportReview {
        ReportReview(
            card: card(fact, slot: slot), reviewedAt: moment, rating: right ? .good : .again, source: source,
            phaseBefore: .review, intervalDaysBefore: 3)
    }

    static func options(since: Date? = nil) -> ReportOptions {
        ReportOptions(now: now, since: since, timeZone: utc, rolloverHour: 4)
    }
}

/// Golden files under `__Snapshots__/`, next to this file, compared byte for byte; re-recorded only on
/// purpose: `RECORD_SNAPSHOTS=1 swift test --filter ReportsTests`.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")

    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    static func matches(_ actual: String, named name: String) throws -> Bool {
        let url = directory.appendingPathComponent(name)
        if recording || !FileManager.default.fileExists(atPath: url.path) {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return recording
        }
        return String(decoding: try Data(contentsOf: url), as: UTF8.self) == actual
    }
}
