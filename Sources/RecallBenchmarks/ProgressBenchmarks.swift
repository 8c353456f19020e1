@preconcurrency import Benchmark
import Facts
import Foundation
@_spi(Benchmarks) import ProgressStore
import Scheduling
import SeededRandom

/// The progress store's two speed targets, on files in a temporary folder as a learner would have them:
///
/// - importing 1,000,000 reviews (10,000 cards × 100) end to end — read the CSV file, parse it, open a fresh
///   progress file, replay every card, commit, close — within 1.5 times the reference beside it: SQLite alone
///   writing the same rows into a fresh file in chunks (docs/benchmarks.md says why the target is relative);
/// - building today's queue for a learner with 50,000 cards in under 50 ms.
///
/// The CSV and the 50,000-card file are made on first use (not timed), so other suites run without them.
nonisolated(unsafe) let progressBenchmarks = BenchmarkSuite(name: "Progress") { suite in
    suite.benchmark("import 1,000,000 reviews from CSV into a fresh file", settings: Iterations(3), WarmupIterations(0)) { state in
        let csv = ProgressBenchmarkData.importCSV
        let path = ProgressBenchmarkData.folder + "/import.sqlite"
        ProgressBenchmarkData.remove(path)
        var summary: ImportSummary?
        try state.measure {
            do {
                let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: csv)))
                let entries = try ReviewLogReader.read(bytes, file: csv, format: .csv)
                let store = try ProgressStore(path: path)
                summary = try store.importReviews(entries)
            } catch {
                fatalError("import benchmark failed: \(error)")
            }
        }
        precondition(summary?.added == ProgressBenchmarkData.cards * ProgressBenchmarkData.reviewsPerCard)
        state.increment(counter: "reviews", by: Double(summary?.added ?? 0))
    }

    // The reference, side by side: the same rows, schema and chunks written by SQLite alone.
    suite.benchmark(
        "import 1,000,000 reviews, reference: SQLite alone copying the imported rows in chunks of 32,000",
        settings: Iterations(3), WarmupIterations(0)
    ) { state in
        let imported = ProgressBenchmarkData.importedFile
        let path = ProgressBenchmarkData.folder + "/copy.sqlite"
        ProgressBenchmarkData.remove(path)
        var written = 0
        let store: ProgressStore
        do {
            store = try StorageProbe.prepareLogCopy(from: imported, to: path)
        } catch {
            fatalError("copy benchmark failed: \(error)")
        }
        try state.measure {
            do {
                written = try StorageProbe.copyLog(store, chunkRows: 32_000)
            } catch {
                fatalError("copy benchmark failed: \(error)")
            }
        }
        precondition(written == ProgressBenchmarkData.cards * ProgressBenchmarkData.reviewsPerCard)
    }

    for fixture in [ProgressBenchmarkData.QueueFixture.onSchedule, .backlog] {
        suite.benchmark("queue for a learner with 50,000 cards, \(fixture.rawValue)", settings: Iterations(20), WarmupIterations(2)) {
            let (store, cards) = ProgressBenchmarkData.queueFixture(fixture)
            let queue = try store.studyQueue(
                for: ProgressBenchmarkData.learner, cards: cards, now: ProgressBenchmarkData.queueNow,
                timeZone: Fixtures.timeZone("Europe/Paris"))
            if queue.reviews.count != 200 || queue.new.count != 20 {
                fatalError("queue: \(queue.learning.count) learning, \(queue.reviews.count) reviews, \(queue.new.count) new")
            }
        }
    }
}

/// Inputs for the Progress suite, made once per run.
enum ProgressBenchmarkData {
    static let cards = 10_000
    static let reviewsPerCard = 100
    static let learner = Fixtures.learner("bench")
    static let queueNow = Date(timeIntervalSince1970: 1_780_000_000)  // 2026-05-28

    static let folder: String = {
        let path = NSTemporaryDirectory() + "recall-bench-progress-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        // The files come to a gigabyte; leave nothing behind.
        atexit { try? FileManager.default.removeItem(atPath: ProgressBenchmarkData.folder) }
        return path
    }()

    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// `learner,card,reviewed_at,rating,duration_ms`: 10,000 cards of a deck, 100 reviews each at growing,
    /// jittered intervals with mostly Good answers, written card after card as an export would.
    static let importCSV: String = {
        let path = folder + "/reviews.csv"
        var generator = SeededGenerator(seed: 2026)
        var text = "learner,card,reviewed_at,rating,duration_ms\n"
        text.reserveCapacity(cards * reviewsPerCard * 80)
        let ratings = ["again", "hard", "good", "easy"]
        for card in 0..<cards {
            var moment = Int64(1_704_067_200) * 1_000_000 + Int64(generator.next() % (365 * 86_400)) * 1_000_000
            var interval: Int64 = 60 * 1_000_000
            for _ in 0..<reviewsPerCard {
                let roll = generator.next() % 100
                let rating = roll < 12 ? 0 : roll < 25 ? 1 : roll < 90 ? 2 : 3
                text +=
                    "bench,bench/events/event-\(card)/date,\(ReviewLogWriter.iso8601(Date(timeIntervalSince1970: Double(moment) / 1_000_000))),"
                text += "\(ratings[rating]),\(1_000 + generator.next() % 20_000)\n"
                interval = rating == 0 ? 600 * 1_000_000 : min(interval * Int64(2 + generator.next() % 2), 200 * 86_400 * 1_000_000)
                moment += interval + Int64(generator.next() % 3_600) * 1_000_000
            }
        }
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }()

    /// A progress file holding the import of `importCSV`, made once (untimed) for the reference beside it.
    static let importedFile: String = {
        let path = folder + "/imported.sqlite"
        remove(path)
        do {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: importCSV)))
            try ProgressStore(path: path).importReviews(try ReviewLogReader.read(bytes, file: importCSV, format: .csv))
        } catch {
            fatalError("cannot build the imported file: \(error)")
        }
        return path
    }()

    enum QueueFixture: String {
        /// 45,000 cards studied on schedule over the past year (a few thousand due today), 5,000 new.
        case onSchedule = "studied on schedule"
        /// 40,000 cards studied over the past year and then left: some 30,000 overdue, 10,000 new.
        case backlog = "30,000 overdue"
    }

    /// A progress file for one of the fixtures, and the deck's cards in order.
    static func queueFixture(_ fixture: QueueFixture) -> (ProgressStore, [StudyCandidate]) {
        switch fixture {
        case .onSchedule: onSchedule
        case .backlog: backlog
        }
    }

    static let candidates = (0..<50_000).map { StudyCandidate(Fixtures.card("bench/events/event-\($0)/date")) }

    /// Reviews answered at each due date (Good, now and then Again) until the day before `queueNow`.
    static let onSchedule: (ProgressStore, [StudyCandidate]) = {
        var generator = SeededGenerator(seed: 45_000)
        let scheduler = Scheduler()
        var entries: [ReviewLogEntry] = []
        let end = queueNow.addingTimeInterval(-86_400)
        for candidate in candidates.prefix(45_000) {
            var moment = end.addingTimeInterval(-Double(generator.next() % (365 * 86_400)))
            var state = CardState.new(createdAt: moment)
            while moment < end {
                let rating: Rating = generator.next() % 10 == 0 ? .again : .good
                entries.append(ReviewLogEntry(learner: learner, card: candidate.cardID, reviewedAt: moment, rating: rating))
                state = scheduler.review(
                    state, rating: rating, at: moment, fuzzSeed: FuzzSeed.derive(cardID: candidate.cardID, reviewCount: state.reps))
                moment = state.due
            }
        }
        return store(named: "on-schedule", entries)
    }()

    /// Up to three Good answers per card, the last two days before `queueNow` at the latest.
    static let backlog: (ProgressStore, [StudyCandidate]) = {
        var generator = SeededGenerator(seed: 50_000)
        var entries: [ReviewLogEntry] = []
        let lastMoment = queueNow.addingTimeInterval(-2 * 86_400)
        for candidate in candidates.prefix(40_000) {
            var moment = lastMoment.addingTimeInterval(-Double(generator.next() % (365 * 86_400)))
            for _ in 0..<3 {
                entries.append(ReviewLogEntry(learner: learner, card: candidate.cardID, reviewedAt: moment, rating: .good))
                moment += 600 + Double(generator.next() % (30 * 86_400))
                if moment > lastMoment { break }
            }
        }
        return store(named: "backlog", entries)
    }()

    static func store(named name: String, _ entries: [ReviewLogEntry]) -> (ProgressStore, [StudyCandidate]) {
        let path = folder + "/\(name).sqlite"
        remove(path)
        do {
            let store = try ProgressStore(path: path)
            try store.importReviews(entries)
            return (store, candidates)
        } catch {
            fatalError("cannot build the queue benchmark's progress file: \(error)")
        }
    }
}
