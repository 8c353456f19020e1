import Foundation

/// The settings a `Scheduler` runs with; the defaults are py-fsrs's, with fuzz on as the product wants.
public struct SchedulerParameters: Sendable, Hashable, Codable {
    /// FSRS-6's 21 weights, w0...w20 (w20 is the forgetting curve's decay).
    public var weights: [Double]
    /// Recall probability FSRS aims for at the due date, 0.70...0.99.
    public var desiredRetention: Double
    /// Delays of the learning steps, in seconds.
    public var learningSteps: [TimeInterval]
    /// Delays of the relearning steps, in seconds.
    public var relearningSteps: [TimeInterval]
    /// Longest interval in days.
    public var maximumInterval: Int
    /// Spread review intervals a little so cards learnt together drift apart.
    public var enableFuzzing: Bool
    /// SM-2's own settings.
    public var sm2: SM2Settings

    public init(
        weights: [Double] = SchedulerParameters.defaultWeights,
        desiredRetention: Double = 0.9,
        learningSteps: [TimeInterval] = [60, 600],
        relearningSteps: [TimeInterval] = [600],
        maximumInterval: Int = 36_500,
        enableFuzzing: Bool = true,
        sm2: SM2Settings = .anki
    ) {
        self.weights = weights
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        self.enableFuzzing = enableFuzzing
        self.sm2 = sm2
    }

    /// py-fsrs 6.3.2's default FSRS-6 weights.
    public static let defaultWeights: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]
}
