import Foundation

/// The learning rate falling from its start to 0 along half a cosine over `period` steps, computed step by step
/// in PyTorch's recursive form (as fsrs-rs's `CosineAnnealingLR` does); past the period it rises again.
struct CosineAnnealing: Sendable {
    let period: Double
    let initial: Double
    private var count = -1.0
    private var current: Double

    init(period: Double, initial: Double) {
        self.period = period
        self.initial = initial
        self.current = initial
    }

    /// The rate for the next step.
    mutating func next() -> Double {
        count += 1
        if count == 0 {
            current = initial
        } else if (count - 1 - period).truncatingRemainder(dividingBy: 2 * period) == 0 {
            current = initial * (1 - cos(Double.pi / period)) / 2
        } else {
            current = (1 + cos(Double.pi * count / period)) / (1 + cos(Double.pi * (count - 1) / period)) * current
        }
        return current
    }
}
