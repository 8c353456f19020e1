@preconcurrency import Benchmark
import Foundation
import ProgressStore
import Reports
import ReportsStorage
import Scheduling
import SeededRandom

/// A class report over 30 students × 2,000 facts (4,000 cards) × 300,000 reviews, read from a progress
/// file on disk (target: under 1 s in a release build, reading included).
nonisolated(unsafe) let reportsBenchmarks = BenchmarkSuite(name: "Reports") { suite in
    let sample = Fixtures.make("the reports benchmark's progress file") { try ReportsSample.make() }
    let options = ReportOptions(now: ReportsSample.now, timeZone: Fixtures.timeZone("UTC"))
    suite.benchmark("read and compute: 30 students, 2,000 facts, 300,000 reviews", settings: Iterations(5), WarmupIterations(1)) {
        let report = try ClassReport.make(store: sample.store, className: "benchmark", deck: sample.deck, options: options)
        precondition(report.summary.students == 30 && report.summary.reviews > 0)
    }
    suite.benchmark("read, compute and render text, HTML, CSV and JSON", settings: Iterations(3), WarmupIterations(1)) {
        let report = try ClassReport.make(store: sample.store, className: "benchmark", deck: sample.deck, options: options)
        let sizes = [
            TextReport.render(report, width: 100).utf8.count, HTMLReport.render(report).utf8.count,
            CSVReport.files(report).reduce(0) { $0 + $1.text.utf8.count }, try JSONReport.data(report).count,
        ]
        precondition(sizes.allSatisfy { $0 > 0 })
    }
}

/// The benchmark's class, written once into a temporary progress file.
struct ReportsSample: @unchecked Sendable {
    static let now = Date(timeIntervalSince1970: 1_774_008_000)  // 2026-03-20T12:00Z
    let store: ProgressStore
    let deck: ReportDeck

    static func make(students: Int = 30, facts: Int = 2_000, reviews: Int = 300_000) throws -> ReportsSample {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recall-bench-reports-\(getpid())")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try ProgressStore(path: folder.appendingPathComponent("progress.sqlite").path)
        let factInfos = (0..<facts).map { ReportDeck.FactInfo(id: "bench/terms/t\($0)", label: "Term number \($0)") }
        let cards = (0..<facts).flatMap { f in ["term", "definition"].map { ("bench/terms/t\(f)/\($0)", "bench/terms/t\(f)") } }
        let deck = ReportDeck(decks: [.init(id: "bench", title: "Benchmark deck")], facts: factInfos, cards: cards)

        try store.createClass("benchmark")
        let names = (0..<students).map { Fixtures.learner(String(format: "student-%02d", $0)) }
        _ = try store.addStudents(names, to: "benchmark")
        var rng = SeededGenerator(seed: 42)
        var entries: [ReviewLogEntry] = []
        entries.reserveCapacity(reviews)
        let perStudent = reviews / students
        let span = 120.0 * 86_400
        for (s, name) in names.enumerated() {
            // Stronger students answer better and cover more of the deck.
            let skill = 0.55 + 0.4 * Double(s) / Double(students)
            let reach = Int(Double(cards.count) * (0.4 + 0.6 * Double(s) / Double(students)))
            for k in 0..<perStudent {
                let card = cards[Int.random(in: 0..<reach, using: &rng)].0
                let at = now.addingTimeInterval(-span + span * Double(k) / Double(perStudent) + Double.random(in: 0..<60, using: &rng))
                let roll = Double.random(in: 0..<1, using: &rng)
                let rating: Rating = roll > skill ? .again : roll > skill - 0.1 ? .hard : roll > 0.05 ? .good : .easy
                entries.append(
                    ReviewLogEntry(
                        learner: name, card: card, reviewedAt: at, rating: rating, source: k % 50 == 0 ? .paper : .study,
                        correct: rating != .again))
            }
        }
        try store.importReviews(entries)
        return ReportsSample(store: store, deck: deck)
    }
}
