import Scheduling
import Testing

@Suite("SchedulerParameters")
struct SchedulerParametersTests {
    @Test("defaults are py-fsrs's, with fuzz on, and valid")
    func defaults() throws {
        let parameters = SchedulerParameters()
        #expect(parameters.weights.count == 21 && parameters.weights[20] == 0.1542)
        #expect(parameters.desiredRetention == 0.9 && parameters.maximumInterval == 36_500)
        #expect(parameters.learningSteps == [60, 600] && parameters.relearningSteps == [600])
        #expect(parameters.enableFuzzing)
        try parameters.validate()
    }

    @Test("out-of-range settings are each reported")
    func invalid() {
        var parameters = SchedulerParameters()
        parameters.weights[20] = 0.9
        parameters.desiredRetention = 0.5
        parameters.learningSteps = [0]
        parameters.maximumInterval = 0
        do {
            try parameters.validate()
            Issue.record("expected the parameters to be refused")
        } catch {
            #expect(error.problems.count == 4)
            #expect(error.problems[0].contains("w20"))
        }
        parameters = SchedulerParameters(weights: [1, 2, 3])
        #expect(throws: InvalidSchedulerParameters.self) { try parameters.validate() }
    }
}
