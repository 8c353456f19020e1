import Foundation
import Scheduling
import SeededRandom
import Testing

@testable import ProgressStore

@Suite("ProgressStore import and export")
struct ProgressStoreImportTests {
    /// py-fsrs 6.3.2's golden sequences (Tests/SchedulingTests/Fixtures), as the Scheduling tests read them.
    struct Golden: Decodable {
        struct Config: Decodable {
            var parameters: [Double]
            var desiredRetention: Double
            var learningSteps: [Double]
            var relearningSteps: [Double]
            var maximumInterval: Int
        }

        struct Step: Decodable {
            var rating: Int
            var reviewDatetime: String
            var stability: Double
            var difficulty: Double
            var due: String

            init(from decoder: any Decoder) throws {
                var row = try decoder.unkeyedContainer()
                rating = try row.decode(Int.self)
                reviewDatetime = try row.decode(String.self)
                _ = try row.decode(Int.self)
                _ = try row.decodeIfPresent(Int.self)
                stability = try row.decode(Double.self)
                difficulty = try row.decode(Double.self)
                due = try row.decode(String.self)
            }
        }

        struct Sequence: Decodable {
            var scheduler: Int
            var steps: [Step]
        }

        var schedulers: [Config]
        var sequences: [Sequence]

        static func load() throws -> Golden {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("SchedulingTests/Fixtures/fsrs-golden.json")
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            return try decoder.decode(Golden.self, from: Data(contentsOf: url))
        }
    }

    func relativeError(_ a: Double, _ b: Double) -> Double {
        abs(a - b) / max(abs(b), 1e-12)
    }

    @Test(
        "a CSV of py-fsrs histories replays to py-fsrs's stability, difficulty and due after every review (fuzz off)",
        arguments: [0, 1])
    func matchesPyFSRS(scheduler index: Int) throws {
        let golden = try Golden.load()
        let config = golden.schedulers[index]
        #expect(config.parameters == SchedulerParameters.defaultWeights)
        let store = try makeStore()
        let alice = learner("alice")
        try store.set(.fuzz, to: "off", for: .learner(alice))
        try store.set(.desiredRetention, to: String(config.desiredRetention), for: .learner(alice))
        try store.set(.learningSteps, to: config.learningSteps.map { "\(Int($0))s" }.joined(separator: " "), for: .learner(alice))
        try store.set(.relearningSteps, to: config.relearningSteps.map { "\(Int($0))s" }.joined(separator: " "), for: .learner(alice))
        try store.set(.maximumInterval, to: String(config.maximumInterval), for: .learner(alice))

        let sequences = golden.sequences.enumerated().filter { $0.element.scheduler == index }
        var csv = "learner,card,reviewed_at,rating\n"
        // Interleave the cards' reviews, as a real log would be, to show the replay sorts them.
        let longest = sequences.map(\.element.steps.count).max() ?? 0
        for step in 0..<longest {
            for (number, sequence) in sequences where step < sequence.steps.count {
                csv += "alice,golden/cards/c-\(number)/front,\(sequence.steps[step].reviewDatetime),\(sequence.steps[step].rating)\n"
            }
        }
        let summary = try store.importReviews(try entries(csv))
        #expect(summary.added == sequences.reduce(0) { $0 + $1.element.steps.count })

        var checked = 0
        for (number, sequence) in sequences {
            let history = try store.history(of: "golden/cards/c-\(number)/front", for: alice)
            try #require(history.count == sequence.steps.count)
            for (review, step) in zip(history, sequence.steps) {
                #expect(relativeError(review.after.stability!, step.stability) < 1e-4, "card \(number)")
                #expect(relativeError(review.after.difficulty!, step.difficulty) < 1e-4, "card \(number)")
                #expect(Timestamp.microseconds(review.after.due) == (try Timestamp.parseISO8601(step.due)), "card \(number)")
                checked += 1
            }
            #expect(try store.cardState(of: "golden/cards/c-\(number)/front", for: alice) == history.last?.after)
        }
        #expect(checked > 1000)
    }

    @Test("due dates and review times stay exact to the microsecond past 2137, where a Date cannot")
    func farFuture() throws {
        let store = try makeStore()
        try store.set(.fuzz, to: "off", for: .global)
        let log = try entries(
            """
            learner,card,reviewed_at,rating
            alice,c,2150-03-01T10:00:00.000001Z,good
            alice,c,2150-03-01T10:10:00.000001Z,good
            alice,c,2150-03-03T10:10:00.000003Z,easy
            """)
        try store.importReviews(log)
        let history = try store.history(of: "c", for: learner("alice"))
        let first = try Timestamp.parseISO8601("2150-03-01T10:00:00.000001Z")
        #expect(history.map(\.reviewedAtMicroseconds) == log.map(\.reviewedAtMicroseconds))
        #expect(history[0].dueAfterMicroseconds == first + 600_000_000)
        #expect(history[1].dueAfterMicroseconds == first + 600_000_000 + 2 * 86_400_000_000)
        #expect(history[2].dueAfterMicroseconds == log[2].reviewedAtMicroseconds + Int64(history[2].after.intervalDays) * 86_400_000_000)
        let stored = try #require(try store.storedCardState(of: "c", for: learner("alice")))
        #expect(stored.dueMicroseconds == history[2].dueAfterMicroseconds)
        #expect(stored.lastReviewMicroseconds == log[2].reviewedAtMicroseconds)
    }

    /// Random histories for a few learners and cards, fuzz on.
    func randomLog(seed: UInt64, cards: Int = 12, reviews: Int = 300) -> [ReviewLogEntry] {
        var generator = SeededGenerator(seed: seed)
        var log: [ReviewLogEntry] = []
        var moment = at("2026-01-01T00:00:00Z")
        for index in 0..<reviews {
            moment += Double(generator.next() % (6 * 86_400)) + 1
            let card = "deck/events/e-\(generator.next() % UInt64(cards))/date"
            let who = learner(["alice", "bob"][Int(generator.next() % 2)])
            let source: ReviewSource = generator.next() % 10 == 0 ? .cram : .import
            log.append(
                ReviewLogEntry(
                    id: index % 3 == 0 ? "review-\(index)" : nil, learner: who, card: card, reviewedAt: moment,
                    rating: Rating(rawValue: Int(generator.next() % 4) + 1)!, source: source))
        }
        return log
    }

    /// Everything the store knows, in a comparable form.
    func snapshot(_ store: ProgressStore) throws -> [String] {
        var lines: [String] = []
        for name in ["alice", "bob"] {
            for entry in try store.exportReviews(learner: learner(name)) {
                let history = try store.history(of: entry.card, for: entry.learner)
                let review = history.first { $0.id == entry.storedID }!
                lines.append("\(entry.storedID) \(entry.card) \(review.phaseBefore) \(review.after)")
            }
            for card in Set(try store.exportReviews(learner: learner(name)).map(\.card)).sorted() {
                lines.append("\(name) \(card) \(String(describing: try store.cardState(of: card, for: learner(name))))")
            }
        }
        return lines
    }

    @Test("importing the same log twice changes nothing")
    func idempotent() throws {
        let store = try makeStore()
        let log = randomLog(seed: 7)
        let first = try store.importReviews(log)
        #expect(first.added == log.count)
        let before = try snapshot(store)
        let second = try store.importReviews(log)
        #expect(second.added == 0 && second.alreadyPresent == log.count)
        #expect(try snapshot(store) == before)
    }

    @Test("a log split across machines and imported in any order gives the single-machine state", arguments: [1, 2, 3])
    func orderIndependent(seed: UInt64) throws {
        let log = randomLog(seed: seed)
        let whole = try makeStore()
        try whole.importReviews(log)

        var generator = SeededGenerator(seed: seed * 101)
        var parts: [[ReviewLogEntry]] = [[], [], []]
        for entry in log { parts[Int(generator.next() % 3)].append(entry) }
        let split = try makeStore()
        for part in parts.reversed() { try split.importReviews(part.shuffled(using: &generator)) }
        #expect(try snapshot(split) == snapshot(whole))

        // One review at a time, newest first: every one replays.
        let backwards = try makeStore()
        for entry in log.reversed() { try backwards.importReviews([entry]) }
        #expect(try snapshot(backwards) == snapshot(whole))
    }

    @Test("an import written in many chunks writes the same rows as one review at a time")
    func chunksMatchSingle() throws {
        let log = randomLog(seed: 11, cards: 40, reviews: 800)
        let chunked = try makeStore()
        let summary = try chunked.importReviews(log, source: "log.csv", chunkTime: 0)
        #expect(summary.added == log.count)
        let single = try makeStore()
        for entry in log { try single.importReviews([entry]) }
        #expect(try snapshot(chunked) == snapshot(single))
        #expect(try chunked.interruptedImports().isEmpty)
    }

    @Test("an import written many rows to a statement writes the same rows as one review at a time")
    func batchesMatchSingle() throws {
        // One chunk, so that the writer fills whole batches (and a part batch at the end).
        let log = randomLog(seed: 13, cards: 25, reviews: ReviewWriter.batchSize * 5 + 17)
        let batched = try makeStore()
        let summary = try batched.importReviews(log, source: "log.csv", chunkTime: 10)
        #expect(summary.added == log.count)
        let single = try makeStore()
        for entry in log { try single.importReviews([entry]) }
        #expect(try snapshot(batched) == snapshot(single))
    }

    @Test("a chunked import for learners with history matches one review at a time")
    func chunksWithHistory() throws {
        let log = randomLog(seed: 12, cards: 30, reviews: 900)
        let (early, late) = (Array(log.prefix(300)), Array(log.dropFirst(300)))
        let chunked = try makeStore()
        try chunked.importReviews(Array(early.suffix(20)))  // both learners now have history
        try chunked.importReviews(late + early, source: nil, chunkTime: 0)
        let single = try makeStore()
        for entry in log { try single.importReviews([entry]) }
        #expect(try snapshot(chunked) == snapshot(single))
    }

    @Test("an id used for two different reviews in one import refuses all of it, before any chunk is written")
    func idUsedTwice() throws {
        var log = randomLog(seed: 13, cards: 10, reviews: 200)
        for index in log.indices {
            log[index].file = "big.csv"
            log[index].line = index + 2
        }
        log[150].id = "review-0"  // the first entry's id, for a review of another card or time
        let store = try makeStore()
        do {
            try store.importReviews(log, source: nil, chunkTime: 0)
            Issue.record("expected a refusal")
        } catch {
            #expect(error.description == "big.csv:152: review id 'review-0' is already used by big.csv:2; nothing was imported")
        }
        #expect(try store.exportReviews().isEmpty)
        #expect(try store.learners().isEmpty)
    }

    @Test("an import stopped part way (here by a full disk) is journaled, and running it again finishes it exactly")
    func interruptedAndResumed() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("recall.sqlite")
        let log = randomLog(seed: 21, cards: 60, reviews: 3000)
        do {
            _ = try ProgressStore(path: path)
        }
        do {
            // Room for a few chunks only.
            let cramped = try ProgressStore(
                path: path,
                options: .init(prepareConnection: { db in
                    let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
                    try db.execute(sql: "PRAGMA max_page_count = \(pages + 12)")
                }))
            var refusal: ProgressStoreError?
            do { _ = try cramped.importReviews(log, source: "day.csv", chunkTime: 0) } catch { refusal = error }
            let stopped = try cramped.interruptedImports()
            #expect(stopped.count == 1)
            #expect(stopped.first?.source == "day.csv" && stopped.first?.reviews == log.count)
            let written = stopped.first?.written ?? 0
            #expect(written > 0 && written < log.count)
            // The error says how far it got, as the journal does, and what to do.
            #expect(refusal == .importStopped(path: path, written: written, total: log.count, reason: "the disk is full"))
        }
        let store = try ProgressStore(path: path)
        let summary = try store.importReviews(log, source: "day.csv", chunkTime: 0)
        #expect(summary.resumed)
        #expect(try store.interruptedImports().isEmpty)
        let clean = try makeStore()
        try clean.importReviews(log)
        #expect(try snapshot(store) == snapshot(clean))
    }

    @Test("while a large import runs, another process's writes go through between its chunks")
    func writersGetTurnsDuringAnImport() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("recall.sqlite")
        _ = try ProgressStore(path: path)
        let log = randomLog(seed: 22, cards: 400, reviews: 40_000)
        let importer = Task.detached { () throws -> ImportSummary in
            try ProgressStore(path: path).importReviews(log, source: "big.csv", chunkTime: 0.02)
        }
        // A study session with little patience: each answer must find a gap within half a second.
        let student = try ProgressStore(path: path, options: .init(busyTimeout: 0.5))
        var recorded = 0
        for index in 0..<40 {
            try student.record(
                ReviewDraft(learner: learner("kim"), card: "deck/terms/t-\(index)/term", rating: .good),
                at: at("2026-03-01T10:00:00Z").addingTimeInterval(Double(index)))
            recorded += 1
        }
        let summary = try await importer.value
        #expect(summary.added == log.count)
        #expect(recorded == 40)
        #expect(try store(path).exportReviews(learner: learner("kim")).count == 40)
    }

    func store(_ path: String) throws -> ProgressStore { try ProgressStore(path: path) }

    @Test("an export imported into another file gives identical results")
    func exportImport() throws {
        let store = try makeStore()
        try store.importReviews(randomLog(seed: 5))
        try store.record(
            ReviewDraft(learner: learner("alice"), card: "deck/events/e-1/date", rating: .hard, answer: "x, \"y\""),
            at: at("2027-01-01T00:00:00Z"))
        let exported = try store.exportReviews()
        let csv = ([ReviewLogWriter.csvHeader] + exported.map(ReviewLogWriter.csvRecord)).joined(separator: "\n")
        let jsonl = exported.map(ReviewLogWriter.jsonLine).joined(separator: "\n")
        for (text, format) in [(csv, ReviewLogFormat.csv), (jsonl, .jsonl)] {
            let other = try makeStore()
            try other.importReviews(try entries(text, format: format))
            #expect(try snapshot(other) == snapshot(store))
            #expect(try other.exportReviews() == exported)
        }
    }

    @Test("a contradiction anywhere refuses the whole import, naming the line")
    func allOrNothing() throws {
        let store = try makeStore()
        let log = try entries(
            """
            learner,card,reviewed_at,rating
            alice,c1,2026-01-01T10:00:00Z,good
            alice,c2,2026-01-01T10:00:00Z,good
            alice,c1,2026-01-01T10:00:00Z,again
            """, file: "day.csv")
        #expect(throws: ProgressStoreError.self) { try store.importReviews(log) }
        do {
            try store.importReviews(log)
        } catch {
            #expect(
                error.description
                    == "day.csv:4: a review of c1 by alice at this time is also at day.csv:2, rated good, not again; nothing was imported")
        }
        #expect(try store.exportReviews().isEmpty)
        #expect(try store.learners().isEmpty)
    }

    @Test("a stored review contradicted by an import, or an id used twice, is refused with the line")
    func conflictsWithStored() throws {
        let store = try makeStore()
        try store.importReviews(try entries("learner,card,reviewed_at,rating,id\nalice,c1,2026-01-01T10:00:00Z,good,r-1\n"))
        let other = try entries("learner,card,reviewed_at,rating\nalice,c1,2026-01-01T10:00:00Z,hard\n", file: "b.csv")
        #expect(throws: ProgressStoreError.self) { try store.importReviews(other) }
        do { try store.importReviews(other) } catch {
            #expect(error.description.hasPrefix("b.csv:2: alice already has a review of c1 at 2026-01-01T10:00:00Z rated good, not hard"))
        }
        let reused = try entries("learner,card,reviewed_at,rating,id\nbob,c9,2026-01-05T10:00:00Z,good,r-1\n", file: "c.csv")
        do {
            try store.importReviews(reused)
            Issue.record("expected a refusal")
        } catch {
            #expect(
                error.description
                    == "c.csv:2: review id 'r-1' is already used by alice's review of c1 at 2026-01-01T10:00:00Z; nothing was imported")
        }
        #expect(try store.exportReviews().count == 1)
        // The same review again, with or without its id, is simply already there.
        let again = try entries("learner,card,reviewed_at,rating\nalice,c1,2026-01-01T10:00:00Z,good\n")
        #expect(try store.importReviews(again).alreadyPresent == 1)
    }

    @Test("any non-empty card id is kept; deck and fact only for a deck's card id")
    func anyCardID() throws {
        let store = try makeStore()
        try store.importReviews(
            try entries(
                """
                learner,card,reviewed_at,rating
                alice,old deck/retired card,2026-01-01T10:00:00Z,good
                alice,physics/figures/c/value,2026-01-01T10:00:00Z,good
                """))
        let old = try store.history(of: "old deck/retired card", for: learner("alice"))
        #expect(old.count == 1 && old[0].deck == nil && old[0].fact == nil)
        let physics = try store.history(of: "physics/figures/c/value", for: learner("alice"))
        #expect(physics[0].deck == "physics" && physics[0].fact == "figures/c")
    }
}
