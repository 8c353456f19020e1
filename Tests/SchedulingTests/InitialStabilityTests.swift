import Testing

@testable import Scheduling

@Suite("Pre-training the initial stabilities")
struct InitialStabilityTests {
    @Test("the search finds fsrs-rs's stability for its test data")
    func search() {
        let points = [
            (1.0, 0.86666667, 435.0), (2, 0.90721649, 97), (3, 0.73015873, 63), (4, 0.76315789, 38), (5, 0.67857143, 28),
        ].map { InitialStability.Point(elapsed: $0.0, recall: $0.1, count: $0.2) }
        let stability = InitialStability.search(points, rating: 1, averageRecall: 0.943_028_57)
        #expect(relativeError(stability, 0.7355089) < 1e-6)
    }

    @Test("missing ratings are filled in by fsrs-rs's ratios")
    func smoothAndFill() throws {
        let three = try #require(InitialStability.smoothAndFill([1: 0.4, 3: 2.3, 4: 10.9], counts: [1: 1, 2: 1, 3: 1, 4: 1]))
        for (value, expected) in zip(three, [0.4, 1.1227008, 2.3, 10.9]) {
            #expect(relativeError(value, expected) < 1e-6)
        }
        let one = try #require(InitialStability.smoothAndFill([2: 0.35], counts: [2: 1]))
        for (value, expected) in zip(one, [0.05738148, 0.35, 0.6242943, 2.2453482]) {
            #expect(relativeError(value, expected) < 1e-6)
        }
        #expect(InitialStability.smoothAndFill([:], counts: [:]) == nil)
    }

    @Test("a lower rating's stability is never above a higher one's: the rating with more data wins")
    func ordered() throws {
        let values = try #require(InitialStability.smoothAndFill([1: 3, 2: 2, 3: 4, 4: 9], counts: [1: 10, 2: 100, 3: 50, 4: 5]))
        #expect(values == [2, 2, 4, 9])
    }
}
