import Foundation
import ProgressStore
import PropertyBased
import Scheduling
import Testing

/// Students study on several machines; the teacher imports every machine's export, in any order, any
/// number of times. The merged file must hold exactly what one machine that saw every review would hold:
/// the same card states and the same review log, review for review.
@Suite struct ProgressMergeTests {
    /// One review as it happened.
    struct Happening {
        var machine: Int
        var learner: LearnerName
        var card: String
        var at: Date
        var rating: Rating
        var source: ReviewSource
        var answer: String?
        var correct: Bool?
        var durationMs: Int?
    }

    static let answers = ["Moscow", "1945", "a, b", "say \"hi\"", "two\nlines", "Ωμέγα", "  padded  ", "東京", "=SUM(A1)"]
    static let start = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00Z

    /// A random history over 1–3 learners, 1–6 cards and 1–4 machines, from one seed.
    static func history(seed: UInt64) -> (machines: Int, reviews: [Happening]) {
        var rng = SplitMix64(seed: seed)
        func below(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
        let machines = 1 + below(4)
        let learners = (0..<(1 + below(3))).map { LearnerName(["ann", "Bob Ray", "Zoë"][$0])! }
        let cards = (0..<(1 + below(6))).map { "deck/terms/f\($0)/\(["term", "definition"][$0 % 2])" }
        var taken = Set<String>()
        var reviews: [Happening] = []
        for _ in 0..<(1 + below(40)) {
            let learner = learners[below(learners.count)]
            let card = cards[below(cards.count)]
            // Minutes to weeks apart, to the microsecond, with same-day reviews common.
            let at = start.addingTimeInterval(Double(below(60 * 86_400)) + Double(below(1_000_000)) / 1_000_000)
            guard taken.insert("\(learner)|\(card)|\(at.timeIntervalSinceReferenceDate)").inserted else { continue }
            let source: ReviewSource = [.study, .study, .study, .paper, .cram, .import][below(6)]
            reviews.append(
                Happening(
                    machine: below(machines), learner: learner, card: card, at: at, rating: Rating(rawValue: 1 + below(4))!,
                    source: source, answer: below(3) == 0 ? nil : answers[below(answers.count)],
                    correct: below(3) == 0 ? nil : below(2) == 0, durationMs: below(2) == 0 ? nil : below(60_000)))
        }
        return (machines, reviews.sorted { $0.at < $1.at })
    }

    static func record(_ review: Happening, in store: ProgressStore) throws {
        _ = try store.record(
            ReviewDraft(
                learner: review.learner, card: review.card, rating: review.rating, source: review.source,
                answer: review.answer, correct: review.correct, durationMs: review.durationMs),
            at: review.at)
    }

    /// A machine's export as a file: JSON Lines or CSV.
    static func export(_ store: ProgressStore, csv: Bool) throws -> (bytes: [UInt8], format: ReviewLogFormat) {
        let entries = try store.exportReviews()
        let text =
            csv
            ? ([ReviewLogWriter.csvHeader] + entries.map(ReviewLogWriter.csvRecord)).joined(separator: "\r\n") + "\r\n"
            : entries.map(ReviewLogWriter.jsonLine).joined(separator: "\n") + "\n"
        return (Array(text.utf8), csv ? .csv : .jsonl)
    }

    /// Everything the file holds for each learner: card states, and the log with each review's states.
    struct Snapshot: Equatable {
        var cards: [String: [String: CardState]] = [:]
        var log: [String: [Review]] = [:]
        var entries: [ReviewLogEntry] = []
    }

    static func snapshot(_ store: ProgressStore, learners: [LearnerName], cards: [String]) throws -> Snapshot {
        var snapshot = Snapshot()
        for learner in learners {
            snapshot.cards[learner.rawValue] = try store.learnerProgress(learner, decks: nil).cards
            var log: [Review] = []
            for card in cards {
                log += try store.history(of: card, for: learner).map { review in
                    var review = review
                    review.learnerId = 0  // row ids differ between files; names are what matter
                    return review
                }
            }
            snapshot.log[learner.rawValue] = log
        }
        snapshot.entries = try store.exportReviews()
        return snapshot
    }

    @Test func mergedExportsEqualOneMachineThatSawEverything() async {
        await propertyCheck(count: 100, input: Gen.int(in: 0...Int(UInt32.max))) { seed in
            var rng = SplitMix64(seed: UInt64(seed) &* 31 &+ 1)
            let (machineCount, history) = Self.history(seed: UInt64(seed))
            do {
                // Given one machine that saw every review, and several that each saw some:
                let single = try ProgressStore.inMemory()
                let machines = try (0..<machineCount).map { _ in try ProgressStore.inMemory() }
                for review in history {
                    try Self.record(review, in: single)
                    try Self.record(review, in: machines[review.machine])
                }
                // When every machine's export is imported, in a random order, each one to three times:
                var imports: [(bytes: [UInt8], format: ReviewLogFormat)] = []
                for machine in machines {
                    let file = try Self.export(machine, csv: rng.next() % 3 == 0)
                    for _ in 0..<(1 + Int(rng.next() % 3)) { imports.append(file) }
                }
                imports.shuffle(using: &rng)
                let merged = try ProgressStore.inMemory()
                for (index, file) in imports.enumerated() {
                    let entries = try ReviewLogReader.read(file.bytes, file: "machine-\(index)", format: file.format)
                    try merged.importReviews(entries)
                }
                // Then it holds exactly what the single machine holds.
                let learners = Array(Set(history.map(\.learner))).sorted()
                let cards = Array(Set(history.map(\.card))).sorted()
                let expected = try Self.snapshot(single, learners: learners, cards: cards)
                let actual = try Self.snapshot(merged, learners: learners, cards: cards)
                #expect(actual.cards == expected.cards, "card states differ for seed \(seed)")
                #expect(actual.log == expected.log, "review logs differ for seed \(seed)")
                #expect(actual.entries == expected.entries, "exports differ for seed \(seed)")
                #expect(actual.entries.count == history.count)
            } catch {
                Issue.record("seed \(seed): \(error)")
            }
        }
    }

    @Test func separateProgressFilesMergeTheSameWay() throws {
        // The same property once through real files on disk, as a teacher's machine would see them.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recall-merge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (machineCount, history) = Self.history(seed: 2026)
        let single = try ProgressStore(path: folder.appendingPathComponent("single.sqlite").path)
        let machines = try (0..<machineCount).map { try ProgressStore(path: folder.appendingPathComponent("machine-\($0).sqlite").path) }
        for review in history {
            try Self.record(review, in: single)
            try Self.record(review, in: machines[review.machine])
        }
        let merged = try ProgressStore(path: folder.appendingPathComponent("teacher.sqlite").path)
        for machine in machines.reversed() + machines {
            let file = try Self.export(machine, csv: false)
            try merged.importReviews(try ReviewLogReader.read(file.bytes, file: "export.jsonl", format: .jsonl))
        }
        let learners = Array(Set(history.map(\.learner))).sorted()
        let cards = Array(Set(history.map(\.card))).sorted()
        #expect(try Self.snapshot(merged, learners: learners, cards: cards) == Self.snapshot(single, learners: learners, cards: cards))
    }
}
