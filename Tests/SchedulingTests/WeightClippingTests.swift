import Foundation
import Testing

@testable import Scheduling

@Suite("Clipping trained weights")
struct WeightClippingTests {
    @Test("weights go back within py-fsrs's bounds; w19 keeps 0.01 when same-day reviews are trained")
    func bounds() {
        var weights = [Double](repeating: -1_000, count: 21)
        WeightClipping.clip(&weights, relearningSteps: 1, shortTerm: true)
        var expected = SchedulerParameters.weightLowerBounds
        expected[19] = 0.01
        #expect(weights == expected)
        weights = [Double](repeating: 1_000, count: 21)
        WeightClipping.clip(&weights, relearningSteps: 1, shortTerm: false)
        #expect(weights == SchedulerParameters.weightUpperBounds)
    }

    @Test("several relearning steps bound w17 and w18; the defaults already satisfy two")
    func relearningSteps() {
        var weights = SchedulerParameters.defaultWeights
        WeightClipping.clip(&weights, relearningSteps: 2, shortTerm: true)
        #expect(weights == SchedulerParameters.defaultWeights)
        weights[17] = 2
        weights[18] = 2
        WeightClipping.clip(&weights, relearningSteps: 4, shortTerm: true)
        let ceiling = min(max(-(log(1.4835) + log(pow(2, 0.2629) - 1) + 1.6483 * 0.3) / 4, 0.01).squareRoot(), 2)
        #expect(abs(weights[17] - ceiling) < 1e-12 && abs(weights[18] - ceiling) < 1e-12)
    }
}
