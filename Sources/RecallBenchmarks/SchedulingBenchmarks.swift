@preconcurrency import Benchmark
import Foundation
import Scheduling
import SeededRandom

/// The scheduler alone, replaying review histories (FSRS-6, fuzz off, as py-fsrs is compared).
///
/// Reads the histories in `RECALL_HISTORIES` (JSON lines or CSV `card,reviewed_at,rating`, as
/// `tools/fsrs-golden/replay_bench.py` reads them) so that `scripts/compare-schedulers.sh` can time the
/// same file in Swift, py-fsrs and fsrs-rs-python; without it, 10,000 cards × 100 reviews are generated.
nonisolated(unsafe) let schedulingBenchmarks = BenchmarkSuite(name: "Scheduling") { suite in
    let histories = ReplayHistories.load()
    let total = histories.reduce(0) { $0 + $1.count }
    let scheduler = Scheduler(parameters: SchedulerParameters(enableFuzzing: false))
    suite.benchmark("replay \(total) reviews of \(histories.count) cards", settings: Iterations(3), WarmupIterations(1)) {
        var checksum = 0.0
        for reviews in histories {
            guard let first = reviews.first else { continue }
            var state = CardState.new(createdAt: first.at)
            for review in reviews {
                state = scheduler.review(state, rating: review.rating, at: review.at, fuzzSeed: 0)
            }
            checksum += state.stability ?? 0
        }
        precondition(checksum > 0)
    }
}

/// Review histories grouped by card, each in time order.
enum ReplayHistories {
    struct Review {
        var at: Date
        var rating: Rating
    }

    static func load() -> [[Review]] {
        if let path = ProcessInfo.processInfo.environment["RECALL_HISTORIES"], !path.isEmpty {
            return read(path)
        }
        return synthetic(cards: 10_000, perCard: 100)
    }

    /// The same shape of history as `replay_bench.py --sample`: same-day steps, on-time, late and early reviews.
    static func synthetic(cards: Int, perCard: Int) -> [[Review]] {
        var rng = SeededGenerator(seed: 1)
        return (0..<cards).map { _ in
            var moment = Date(timeIntervalSince1970: 1_704_067_200 + Double(Int.random(in: 0..<525_600, using: &rng) * 60))
            var interval = 60.0
            return (0..<perCard).map { _ in
                let roll = Double.random(in: 0..<1, using: &rng)
                let rating: Rating = roll < 0.15 ? .again : roll < 0.30 ? .hard : roll < 0.90 ? .good : .easy
                let review = Review(at: moment, rating: rating)
                interval = rating == .again ? 600 : min(interval * Double.random(in: 1.5...3.5, using: &rng), 365 * 86_400)
                moment += interval * Double.random(in: 0.5...1.5, using: &rng)
                return review
            }
        }
    }

    static func read(_ path: String) -> [[Review]] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            fatalError("cannot read RECALL_HISTORIES=\(path)")
        }
        let iso = ISO8601DateFormatter()
        iso.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let isoPlain = ISO8601DateFormatter()
        func date(_ s: String) -> Date {
            var t = s.trimmingCharacters(in: .whitespaces)
            if !(t.hasSuffix("Z") || t.dropFirst(19).contains("+") || t.dropFirst(19).contains("-")) { t += "Z" }
            guard let d = iso.date(from: t) ?? isoPlain.date(from: t) else { fatalError("bad time \(s)") }
            return d
        }
        var byCard: [String: [Review]] = [:]
        var order: [String] = []
        let lines = text.split(separator: "\n")
        let isJSON = lines.first?.hasPrefix("{") == true
        for line in lines.dropFirst(isJSON ? 0 : 1) where !line.isEmpty {
            let card: String
            let at: String
            let rating: Int
            if isJSON {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
                card = "\(object["card"] ?? "")"
                at = object["reviewed_at"] as? String ?? ""
                rating = object["rating"] as? Int ?? 3
            } else {
                let fields = line.split(separator: ",").map(String.init)
                (card, at, rating) = (fields[0], fields[1], Int(fields[2]) ?? 3)
            }
            if byCard[card] == nil { order.append(card) }
            byCard[card, default: []].append(Review(at: date(at), rating: Rating(rawValue: rating) ?? .good))
        }
        return order.compactMap { byCard[$0]?.sorted { $0.at < $1.at } }
    }
}
