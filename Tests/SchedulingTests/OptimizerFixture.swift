import Foundation
import Scheduling

/// A log from `Fixtures/optimizer/`, written by `tools/fsrs-optimizer/generate.py`: reviews generated from known
/// weights (`truth`), with what fsrs-rs-python 0.9.3 and py-fsrs 6.3.2 fitted and measured on it.
struct OptimizerFixture: Decodable {
    struct Figures: Decodable {
        var logLoss: Double
        var rmseBins: Double
    }

    struct Reference: Decodable {
        var parameters: [Double]?
        var parametersWithoutCardIds: [Double]?
        /// Fits with card ids for training seeds 0...7.
        var parametersBySeed: [[Double]]?
        /// `FSRS(p).evaluate(items)` for p = default, truth, fitted, fitted_without_card_ids.
        var evaluate: [String: Figures]?
        var timeSeriesSplit: Figures?
    }

    struct PyFSRS: Decodable {
        var parameters: [Double]?
        var note: String?
        var evaluate: Figures?
    }

    var name: String
    var kind: String
    var timeZone: String
    var rolloverHour: Int
    var truth: [Double]
    var reviewCount: Int
    var itemCount: Int
    /// Each card's reviews: [milliseconds since 1970, rating, phase (0 new, 1 learning, 2 review, 3 relearning),
    /// duration in milliseconds].
    var cards: [[[Double]]]
    var fsrsRs: Reference
    var pyFsrs: PyFSRS?

    /// The log as the optimizer reads it.
    var histories: [CardHistory] {
        let phases: [CardPhase] = [.new, .learning, .review, .relearning]
        return cards.map { card in
            CardHistory(
                reviews: card.map { row in
                    HistoryReview(
                        moment: Date(timeIntervalSince1970: row[0] / 1000), rating: Rating(rawValue: Int(row[1]))!,
                        phase: phases[Int(row[2])], durationMs: Int(row[3]))
                })
        }
    }

    var trainingSet: TrainingSet {
        TrainingSet(histories: histories, days: StudyDayIndex(timeZone: TimeZone(identifier: timeZone)!, rolloverHour: rolloverHour))
    }

    static let names = [
        "simulated-utc", "simulated-retention-80", "simulated-tokyo", "anki-new-york", "anki-berlin", "few-reviews",
        "too-few-reviews",
    ]

    nonisolated(unsafe) private static var cache: [String: OptimizerFixture] = [:]
    private static let lock = NSLock()

    static func named(_ name: String) -> OptimizerFixture {
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache[name] { return cached }
        guard
            let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures/optimizer")
        else { fatalError("Fixtures/optimizer/\(name).json is missing from the test bundle") }
        do {
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            let fixture = try decoder.decode(OptimizerFixture.self, from: Data(contentsOf: url))
            cache[name] = fixture
            return fixture
        } catch {
            fatalError("cannot read \(name).json: \(error)")
        }
    }
}
