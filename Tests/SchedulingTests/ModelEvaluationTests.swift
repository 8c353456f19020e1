import Foundation
import Testing

@testable import Scheduling

@Suite("Log loss and RMSE (bins)")
struct ModelEvaluationTests {
    @Test(
        "agree with fsrs-rs-python's evaluate to 1e-3 for the defaults, the truth, fsrs-rs's fit and py-fsrs's",
        arguments: OptimizerFixture.names)
    func agreesWithFSRSRS(name: String) throws {
        let fixture = OptimizerFixture.named(name)
        let set = fixture.trainingSet
        let evaluations = try #require(fixture.fsrsRs.evaluate)
        var sets: [(String, [Double])] = [("default", SchedulerParameters.defaultWeights), ("truth", fixture.truth)]
        if let fitted = fixture.fsrsRs.parameters { sets.append(("fitted", fitted)) }
        if let fitted = fixture.fsrsRs.parametersWithoutCardIds { sets.append(("fitted_without_card_ids", fitted)) }
        for (label, weights) in sets {
            let reference = try #require(evaluations[label])
            let ours = try #require(ModelEvaluation.evaluate(weights, on: set))
            #expect(abs(ours.logLoss - reference.logLoss) < 1e-3, "\(name) \(label): \(ours.logLoss) vs \(reference.logLoss)")
            #expect(abs(ours.rmseBins - reference.rmseBins) < 1e-3, "\(name) \(label): \(ours.rmseBins) vs \(reference.rmseBins)")
        }
        // py-fsrs's fit, measured by fsrs-rs-python's evaluate.
        if let fitted = fixture.pyFsrs?.parameters, let reference = fixture.pyFsrs?.evaluate {
            let ours = try #require(ModelEvaluation.evaluate(fitted, on: set))
            #expect(abs(ours.logLoss - reference.logLoss) < 1e-3, "\(name) py-fsrs: \(ours.logLoss) vs \(reference.logLoss)")
            #expect(abs(ours.rmseBins - reference.rmseBins) < 1e-3, "\(name) py-fsrs: \(ours.rmseBins) vs \(reference.rmseBins)")
        }
    }

    @Test("a perfect prediction of a bin leaves no RMSE; log loss is the mean cross-entropy")
    func figures() {
        var tally = ModelEvaluation.Tally()
        let facts = TrainingSet.ItemFacts(firstRating: 3, firstLongTermElapsed: 1, longTermCount: 1, lapses: 0, elapsed: 1, recalled: true)
        var failed = facts
        failed.recalled = false
        tally.add(predicted: 0.75, recalled: true, weight: 1, bin: .init(facts))
        tally.add(predicted: 0.75, recalled: true, weight: 1, bin: .init(facts))
        tally.add(predicted: 0.75, recalled: true, weight: 1, bin: .init(facts))
        tally.add(predicted: 0.75, recalled: false, weight: 1, bin: .init(failed))
        let evaluation = tally.evaluation!
        #expect(abs(evaluation.rmseBins) < 1e-12)
        #expect(abs(evaluation.logLoss - -(3 * log(0.75) + log(0.25)) / 4) < 1e-12)
        #expect(ModelEvaluation.Tally().evaluation == nil)
    }
}
