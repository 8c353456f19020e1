@preconcurrency import Benchmark
import Foundation
import Scheduling
import SeededRandom

/// The FSRS optimizer and the retention simulator.
///
/// The fit reads the log in `RECALL_OPTIMIZER_LOG` (a file in the fixtures' format, as
/// `tools/fsrs-optimizer/bench.py` writes it, so that `scripts/compare-optimizers.sh` can time fsrs-rs-python
/// on the very same items); without it, `RECALL_OPTIMIZER_REVIEWS` reviews (100,000 by default) are generated.
/// The log is built once, before the timed runs: the time is `FSRSOptimizer.fit`, as fsrs-rs-python's is
/// `compute_parameters` on items already built.
nonisolated(unsafe) let optimizerBenchmarks = BenchmarkSuite(name: "Optimizer") { suite in
    suite.benchmark("fit FSRS-6 to \(OptimizerLog.description), both cores", settings: Iterations(3), WarmupIterations(1)) {
        let runner = WorkRunner { count, piece in DispatchQueue.concurrentPerform(iterations: count, execute: piece) }
        let estimate = FSRSOptimizer.fit(OptimizerLog.shared, runner: runner)
        precondition(estimate.method == .full)
    }
    suite.benchmark("fit FSRS-6 to \(OptimizerLog.description), one core", settings: Iterations(3), WarmupIterations(1)) {
        let estimate = FSRSOptimizer.fit(OptimizerLog.shared)
        precondition(estimate.method == .full)
    }
    suite.benchmark(
        "simulate a year of a 10,000-card deck at 28 desired retentions (default limits), both cores", settings: Iterations(3),
        WarmupIterations(1)
    ) {
        let retentions = RetentionAdvice.retentions(from: 0.70, to: 0.97, step: 0.01)
        let simulator = WorkloadSimulator(
            weights: SchedulerParameters.defaultWeights, behaviour: .typical,
            limits: StudyLimits(), maximumInterval: 36_500, cards: [], newCards: 10_000,
            days: 365)
        let knowledge = Knowledge(count: retentions.count)
        DispatchQueue.concurrentPerform(iterations: retentions.count) { index in
            knowledge.store(RetentionAdvice.simulate(simulator, retention: retentions[index], seed: 42).knowledge, at: index)
        }
        precondition(knowledge.values.allSatisfy { $0 > 0 })
    }
}

/// Each retention's knowledge, written from several threads under a lock.
private final class Knowledge: @unchecked Sendable {
    private(set) var values: [Double]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: 0, count: count) }

    func store(_ value: Double, at index: Int) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }
}

/// The log the fit benchmark trains on.
enum OptimizerLog {
    static var description: String {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["RECALL_OPTIMIZER_LOG"], !path.isEmpty {
            return "the log in \((path as NSString).lastPathComponent)"
        }
        return "\(syntheticReviews) generated reviews"
    }

    static var syntheticReviews: Int {
        Int(ProcessInfo.processInfo.environment["RECALL_OPTIMIZER_REVIEWS"] ?? "") ?? 100_000
    }

    nonisolated(unsafe) static let shared: TrainingSet = {
        if let path = ProcessInfo.processInfo.environment["RECALL_OPTIMIZER_LOG"], !path.isEmpty {
            return read(path)
        }
        return synthetic(reviews: syntheticReviews)
    }()

    /// A file in the fixtures' format: `time_zone`, `rollover_hour` and each card's [ms, rating, phase, ms].
    static func read(_ path: String) -> TrainingSet {
        struct File: Decodable {
            var timeZone: String
            var rolloverHour: Int
            var cards: [[[Double]]]
        }
        guard let data = FileManager.default.contents(atPath: path) else { fatalError("cannot read RECALL_OPTIMIZER_LOG=\(path)") }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        guard let file = try? decoder.decode(File.self, from: data), let zone = TimeZone(identifier: file.timeZone) else {
            fatalError("\(path) is not a log in the fixtures' format")
        }
        let histories = file.cards.map { card in
            CardHistory(
                reviews: card.map { review in
                    guard let rating = Rating(rawValue: Int(review[1])) else { fatalError("\(path) has a rating other than 1–4") }
                    return HistoryReview(moment: Date(timeIntervalSince1970: review[0] / 1000), rating: rating)
                })
        }
        return TrainingSet(histories: histories, days: StudyDayIndex(timeZone: zone, rolloverHour: file.rolloverHour))
    }

    /// Cards learnt with same-day steps and reviewed when FSRS says, with some lateness; forgotten as FSRS
    /// predicts, relearnt the same day: about twenty reviews a card.
    static func synthetic(reviews: Int) -> TrainingSet {
        var rng = SeededGenerator(seed: 14)
        var weights = SchedulerParameters.defaultWeights
        weights[8] = 1.6
        weights[20] = 0.2
        let fsrs = FSRS(weights: weights, desiredRetention: 0.9, maximumInterval: 36_500)
        var cards: [[(rating: Rating, elapsedDays: Int)]] = []
        var total = 0
        while total < reviews {
            var card: [(rating: Rating, elapsedDays: Int)] = []
            let first: Rating = [.again, .hard, .good, .good, .good, .easy][Int(rng.next() % 6)]
            card.append((first, 0))
            var stability = fsrs.initialStability(first)
            var difficulty = fsrs.initialDifficulty(first)
            if first.rawValue < 3 {
                card.append((.good, 0))
                stability = fsrs.shortTermStability(stability, rating: .good)
                difficulty = fsrs.nextDifficulty(difficulty, rating: .good)
            }
            while card.count < 20 + Int(rng.next() % 10) {
                let elapsed = max(1, Int(Double(fsrs.nextInterval(stability: stability)) * (0.8 + 0.6 * rng.nextUnit())))
                let recall = fsrs.retrievability(elapsedDays: elapsed, stability: stability)
                let rating: Rating =
                    rng.nextUnit() < recall ? (rng.nextUnit() < 0.1 ? .hard : rng.nextUnit() < 0.1 ? .easy : .good) : .again
                card.append((rating, elapsed))
                stability = fsrs.nextStability(difficulty: difficulty, stability: stability, retrievability: recall, rating: rating)
                difficulty = fsrs.nextDifficulty(difficulty, rating: rating)
                if rating == .again {
                    card.append((.good, 0))
                    stability = fsrs.shortTermStability(stability, rating: .good)
                    difficulty = fsrs.nextDifficulty(difficulty, rating: .good)
                }
            }
            total += card.count
            cards.append(card)
        }
        return TrainingSet(cards: cards)
    }
}
