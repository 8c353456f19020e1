/// Why a set of scheduler parameters was refused; one message per problem.
public struct InvalidSchedulerParameters: Error, Sendable, Hashable, CustomStringConvertible {
    public var problems: [String]
    public var description: String { problems.joined(separator: "\n") }
}

extension SchedulerParameters {
    /// py-fsrs's lower bounds for w0...w20.
    static let weightLowerBounds: [Double] = [
        0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
        0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1,
    ]
    /// py-fsrs's upper bounds for w0...w20.
    static let weightUpperBounds: [Double] = [
        100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5,
        5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8,
    ]

    /// Checks the parameters; the scheduler itself assumes they passed (it is called once per answer).
    public func validate() throws(InvalidSchedulerParameters) {
        var problems: [String] = []
        if weights.count != Self.weightLowerBounds.count {
            problems.append("expected \(Self.weightLowerBounds.count) FSRS weights, got \(weights.count)")
        } else {
            for (index, weight) in weights.enumerated() {
                let low = Self.weightLowerBounds[index]
                let high = Self.weightUpperBounds[index]
                if !(low...high).contains(weight) {
                    problems.append("FSRS weight w\(index) = \(weight) is outside \(low)...\(high)")
                }
            }
        }
        if !(0.70...0.99).contains(desiredRetention) {
            problems.append("desired retention \(desiredRetention) is outside 0.70...0.99")
        }
        for (name, steps) in [("learning", learningSteps), ("relearning", relearningSteps)] {
            if steps.contains(where: { !$0.isFinite || $0 <= 0 }) {
                problems.append("\(name) steps must be positive durations")
            }
        }
        if maximumInterval < 1 {
            problems.append("maximum interval must be at least 1 day")
        }
        if sm2.minimumEase < 1 || sm2.startingEase < sm2.minimumEase {
            problems.append("SM-2 eases must satisfy 1 <= minimum ease <= starting ease")
        }
        if sm2.hardMultiplier <= 0 || sm2.easyBonus < 1 || sm2.intervalModifier <= 0 {
            problems.append("SM-2 multipliers must be positive and the easy bonus at least 1")
        }
        if sm2.graduatingInterval < 1 || sm2.easyInterval < 1 || sm2.minimumLapseInterval < 1 {
            problems.append("SM-2 graduating, easy and minimum lapse intervals must be at least 1 day")
        }
        if !(0...1).contains(sm2.lapseMultiplier) {
            problems.append("SM-2 lapse multiplier must be within 0...1")
        }
        if !problems.isEmpty {
            throw InvalidSchedulerParameters(problems: problems)
        }
    }
}
