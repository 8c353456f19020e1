import SeededRandom

/// Advice on desired retention: the deck simulated at each retention in a range, with the one that keeps the
/// most knowledge per minute of study marked.
///
/// Every retention is simulated with the same seed, so the comparison between them is not blurred by luck.
public struct RetentionAdvice: Sendable, Hashable, Codable {
    public var outcomes: [WorkloadSimulator.Outcome]

    /// The retentions from `lowest` to `highest` in steps of `step` (both ends included).
    public static func retentions(from lowest: Double, to highest: Double, step: Double) -> [Double] {
        guard step > 0, lowest <= highest else { return [lowest] }
        let count = Int(((highest - lowest) / step + 1e-9).rounded(.down)) + 1
        var values = (0..<count).map { ((lowest + Double($0) * step) * 10_000).rounded() / 10_000 }
        if let last = values.last, highest - last > 1e-9 { values.append(highest) }
        return values
    }

    /// One retention's simulation, with the advice's seed (for callers that run them at once).
    public static func simulate(_ simulator: WorkloadSimulator, retention: Double, seed: UInt64) -> WorkloadSimulator.Outcome {
        var generator = SeededGenerator(seed: seed)
        return simulator.simulate(desiredRetention: retention, using: &generator)
    }

    public init(outcomes: [WorkloadSimulator.Outcome]) {
        self.outcomes = outcomes
    }

    /// Simulates every retention in turn.
    public init(_ simulator: WorkloadSimulator, retentions: [Double], seed: UInt64) {
        self.init(outcomes: retentions.map { Self.simulate(simulator, retention: $0, seed: seed) })
    }

    /// The outcome with the most knowledge per minute (the lower retention on a tie); nil when no retention
    /// costs any time.
    public var best: WorkloadSimulator.Outcome? {
        outcomes.filter { $0.totalMinutes > 0 }.max { a, b in
            a.knowledgePerMinute != b.knowledgePerMinute
                ? a.knowledgePerMinute < b.knowledgePerMinute : a.desiredRetention > b.desiredRetention
        }
    }
}
