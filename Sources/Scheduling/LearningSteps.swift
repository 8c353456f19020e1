import Foundation

/// A list of (re)learning step delays in whole microseconds, with the two ways of picking the Hard delay.
struct LearningSteps: Sendable, Hashable {
    let delays: [Int64]

    init(_ seconds: [TimeInterval]) {
        delays = seconds.map(Microseconds.duration)
    }

    var count: Int { delays.count }
    var isEmpty: Bool { delays.isEmpty }

    subscript(index: Int) -> Int64 { delays[index] }

    /// py-fsrs's Hard delay at `step`: on the first step the mean of the first two steps (or 1.5 × the only
    /// step), otherwise the current step again. Rounded to the microsecond half to even, like `timedelta`.
    func pyFSRSHardDelay(step: Int) -> Int64 {
        if step == 0 && count == 1 {
            return Microseconds.divideRoundingHalfEven(delays[0] * 3, by: 2)
        }
        if step == 0 && count >= 2 {
            return Microseconds.divideRoundingHalfEven(delays[0] + delays[1], by: 2)
        }
        return delays[step]
    }

    /// Anki's Hard delay at `step` (clamped into the list): the first step's is the mean of the first two
    /// steps, or 1.5 × the only step but at most a day more; delays over a day round to whole days.
    /// Anki counts in whole seconds.
    func ankiHardDelay(step: Int) -> Int64 {
        let index = clampedIndex(step)
        let current = delays[index] / Microseconds.perSecond
        guard index == 0 else { return current * Microseconds.perSecond }
        let day: Int64 = 86_400
        let seconds: Int64
        if count >= 2 {
            seconds = (current + delays[1] / Microseconds.perSecond) / 2
        } else {
            seconds = min(current * 3 / 2, current + day)
        }
        let rounded = seconds > day ? Int64((Double(seconds) / Double(day)).rounded()) * day : seconds
        return rounded * Microseconds.perSecond
    }

    /// `step` kept within the list, as Anki does for a card whose steps were shortened.
    func clampedIndex(_ step: Int) -> Int {
        min(max(step, 0), count - 1)
    }
}
