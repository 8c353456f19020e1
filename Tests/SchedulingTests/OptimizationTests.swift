import Testing

@testable import Scheduling

/// Anki's keep-or-not rule: fitted weights replace the ones in use only when they predict the log better.
@Suite struct OptimizationTests {
    static func estimate(_ method: FSRSOptimizer.Method) -> FSRSOptimizer.Estimate {
        .init(weights: SchedulerParameters.defaultWeights, method: method, items: 500, trainingItems: 480, firstReviews: 100)
    }

    static func wholeLog(before: Double, after: Double) -> Optimization.Comparison {
        .init(
            before: ModelEvaluation(logLoss: before, rmseBins: 0.05, items: 480),
            after: ModelEvaluation(logLoss: after, rmseBins: 0.05, items: 480))
    }

    @Test func aFitIsKeptOnlyWhenItPredictsTheWholeLogBetter() {
        let current = SchedulerParameters.defaultWeights
        func keeps(_ method: FSRSOptimizer.Method, _ log: Optimization.Comparison?) -> Bool {
            Optimization.keepsFitted(current: current, estimate: Self.estimate(method), wholeLog: log, relearningSteps: 1)
        }
        #expect(keeps(.full, Self.wholeLog(before: 0.3100, after: 0.3000)))
        #expect(keeps(.initialStabilities, Self.wholeLog(before: 0.3100, after: 0.3099)))
        // Worse, or no better: the weights in use stay.
        #expect(!keeps(.full, Self.wholeLog(before: 0.3000, after: 0.3100)))
        #expect(!keeps(.full, Self.wholeLog(before: 0.3000, after: 0.3000)))
        // Too little data for a fit, or nothing to compare on.
        #expect(!keeps(.defaults, Self.wholeLog(before: 0.3100, after: 0.3000)))
        #expect(!keeps(.full, nil))
    }
}
