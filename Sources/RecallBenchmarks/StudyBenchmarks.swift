@preconcurrency import Benchmark
import Facts
import Foundation
import ProgressStore
import Scheduling
import SeededRandom
import StudySession
import StudySessionTestSupport
import StudyStorage

/// `recall study`'s two speed targets, with a progress file holding 1,000,000 reviews:
///
/// - from start to the first question on screen under 150 ms: opening the progress file, loading the
///   shipped decks, building today's queue, generating the first question and drawing the screen;
/// - from an answer to the next question under 20 ms: grading it, committing the review (one
///   transaction, synchronous), picking the next card, generating its question and drawing it. The next
///   cards' last question forms are read in the background while the question on screen is read; the
///   benchmark waits for that outside the measured time, as a learner's reading does.
///
/// Two files are measured: a class's (100 learners with 10,000 reviews each) and a single learner's with
/// all 1,000,000 (about 3,000 reviews per card of the shipped decks). They are made on first use (not
/// timed) by importing generated histories that end the day before the session.
nonisolated(unsafe) let studyBenchmarks = BenchmarkSuite(name: "Study") { suite in
    for file in [StudyBenchmarkData.File.classOf100, .oneLearner] {
        suite.benchmark("start to first question, \(file.rawValue)", settings: Iterations(20), WarmupIterations(2)) { state in
            let path = StudyBenchmarkData.path(file)
            var screen = ""
            var opened: ProgressStoreAdapter?
            try state.measure {
                do {
                    let session = try StudyBenchmarkData.session(path: path) { opened = $0 }
                    try session.start()
                    screen = StudyRunner.screen(of: session, size: TerminalSize(columns: 100, rows: 30), palette: .plain)
                } catch {
                    fatalError("study benchmark failed: \(error)")
                }
            }
            precondition(screen.contains("q quit"), "no question on screen")
            // Each start begins the file's integrity check in the background, as `recall study` does; it is
            // let finish outside the measured time, so that no start competes with the checks of the ones
            // before it (a learner starts one session, not twenty).
            _ = opened?.store.integrityProblem()
        }

        suite.benchmark(
            "integrity check (PRAGMA quick_check, in the background), \(file.rawValue)", settings: Iterations(5), WarmupIterations(1)
        ) { state in
            let path = StudyBenchmarkData.path(file)
            try state.measure {
                do {
                    let store = try ProgressStore(path: path)
                    if let problem = store.integrityProblem() { fatalError("the benchmark file: \(problem)") }
                } catch {
                    fatalError("integrity benchmark failed: \(error)")
                }
            }
        }

        suite.benchmark("answer to next question, \(file.rawValue)", settings: Iterations(100), WarmupIterations(5)) { state in
            let session = StudyBenchmarkData.running(file)
            guard case .asking(let asked) = session.phase else { fatalError("no question to answer") }
            // The learner reads the question (4 s on the session's clock); meanwhile the next cards' last
            // forms are read in the background, as in a real session.
            StudyBenchmarkData.clock.advance(by: 4)
            StudyBenchmarkData.adapters[file]?.waitUntilPrepared()
            try state.measure {
                do {
                    try session.answer(StudyBenchmarkData.response(to: asked.question))
                    try session.proceed()
                    _ = StudyRunner.screen(of: session, size: TerminalSize(columns: 100, rows: 30), palette: .plain)
                } catch {
                    fatalError("study benchmark failed: \(error)")
                }
            }
        }
    }
}

/// Inputs for the Study suite, made once per run in a temporary folder.
enum StudyBenchmarkData {
    enum File: String {
        case classOf100 = "1,000,000 reviews of 100 learners"
        case oneLearner = "1,000,000 reviews of one learner"
    }

    static let learner = Fixtures.learner("bench")
    static let reviewCount = 1_000_000
    /// The session's moment: 2026-05-28 10:00 UTC; the histories end the day before.
    static let now = Date(timeIntervalSince1970: 1_779_962_400)
    nonisolated(unsafe) static let clock = ManualClock(now)

    static let folder: String = {
        let path = NSTemporaryDirectory() + "recall-bench-study-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    /// The shipped decks, read from `Decks/` as `recall study` reads them.
    static func loadDecks() throws -> [Deck] {
        let names = try FileManager.default.contentsOfDirectory(atPath: "Decks").filter { $0.hasSuffix(".yaml") }.sorted()
        return try names.map { name in
            let path = "Decks/" + name
            return try DeckLoader.load(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), path: path).get()
        }
    }

    /// A session as `recall study` builds one: the file opened, the decks loaded, the questions ready.
    static func session(path: String, adapter: ((ProgressStoreAdapter) -> Void)? = nil) throws -> StudySession {
        let store = try ProgressStore(path: path)
        let decks = try loadDecks()
        let storage = ProgressStoreAdapter(store: store, learner: learner)
        adapter?(storage)
        return StudySession(
            store: storage,
            questions: DeckQuestions(decks: decks, referenceYear: 2026),
            options: StudyOptions(learner: learner.rawValue, title: "physics + siberian-internment", timeZone: Fixtures.timeZone("UTC")),
            clock: clock.studyClock, generator: SeededGenerator(seed: 1))
    }

    nonisolated(unsafe) private static var paths: [File: String] = [:]
    nonisolated(unsafe) private static var sessions: [File: StudySession] = [:]
    nonisolated(unsafe) static var adapters: [File: ProgressStoreAdapter] = [:]

    /// The session being answered, started again when it runs out of questions.
    static func running(_ file: File) -> StudySession {
        if let session = sessions[file], case .asking = session.phase { return session }
        do {
            let session = try session(path: path(file)) { adapters[file] = $0 }
            try session.start()
            guard case .asking = session.phase else { fatalError("nothing to study in the benchmark file") }
            // The file's integrity check runs while the first question is read; the first answer waits for
            // it only if it comes sooner (the "integrity check" benchmark times it).
            if let problem = adapters[file]?.store.integrityProblem() { fatalError("the benchmark file: \(problem)") }
            sessions[file] = session
            return session
        } catch {
            fatalError("study benchmark failed: \(error)")
        }
    }

    /// An answer of the right shape, right for choices and wrong for typed answers (a mix of ratings).
    static func response(to question: StudyQuestion) -> Response {
        switch question.input {
        case .choice(let options): .choice(options.firstIndex(of: question.answer) ?? 0)
        case .typed: .typed("not this")
        case .ordering(let items): .ordering(Array(items.indices))
        case .matching(let left, _): .matching(Array(left.indices))
        case .reveal: .selfGraded(.good)
        }
    }

    /// The progress file for `file`, made on first use.
    static func path(_ file: File) -> String {
        if let path = paths[file] { return path }
        let path = folder + "/\(file == .classOf100 ? "class" : "learner").sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        do {
            let cards = DeckQuestions(decks: try loadDecks(), referenceYear: 2026).cards.map(\.id.description)
            let store = try ProgressStore(path: path)
            let learners = file == .classOf100 ? (1..<100).map { Fixtures.learner("student-\($0)") } + [learner] : [learner]
            for name in learners {
                let summary = try store.importReviews(history(for: name, cards: cards, reviews: reviewCount / learners.count))
                precondition(summary.added == reviewCount / learners.count)
            }
        } catch {
            fatalError("could not make the study benchmark's progress file: \(error)")
        }
        paths[file] = path
        return path
    }

    /// `reviews` reviews spread evenly over `cards`, each card's at intervals that grow from a minute to
    /// as long as the history allows, mostly Good, the last one on the day before `now`.
    static func history(for learner: LearnerName, cards: [String], reviews: Int) -> [ReviewLogEntry] {
        var generator = SeededGenerator(seed: FuzzSeed.derive(cardID: learner.rawValue, reviewCount: 0))
        let perCard = reviews / cards.count
        var extra = reviews - perCard * cards.count
        var entries: [ReviewLogEntry] = []
        entries.reserveCapacity(reviews)
        let ratings: [Rating] = [.again, .hard, .good, .easy]
        let span = 2 * 365 * 86_400.0
        for card in cards {
            var count = perCard
            if extra > 0 {
                count += 1
                extra -= 1
            }
            // Intervals doubling from a minute, scaled so the history spans up to two years.
            let raw = (0..<count).map { min(pow(2.0, Double($0)) * 60, 30 * 86_400) }
            let scale = min(1, span / raw.reduce(0, +))
            var moment = now.addingTimeInterval(-86_400 - Double(generator.next() % 3_600))
            var times: [Date] = []
            for interval in raw.reversed() {
                times.append(moment)
                moment = moment.addingTimeInterval(-interval * scale)
            }
            for time in times.reversed() {
                let roll = generator.next() % 100
                let rating = ratings[roll < 10 ? 0 : roll < 20 ? 1 : roll < 92 ? 2 : 3]
                entries.append(
                    ReviewLogEntry(
                        learner: learner, card: card, reviewedAt: time, rating: rating, durationMs: 3_000, source: .study,
                        questionForm: "multiple-choice"))
            }
        }
        return entries
    }
}
