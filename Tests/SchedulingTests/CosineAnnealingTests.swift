import Testing

@testable import Scheduling

@Suite("The learning-rate schedule")
struct CosineAnnealingTests {
    @Test("falls along half a cosine and rises again past its period, as fsrs-rs's test expects")
    func schedule() {
        var schedule = CosineAnnealing(period: 5, initial: 0.04)
        let rates = (0..<11).map { _ in schedule.next() }
        let expected = [
            0.04, 0.03618033988749895, 0.026180339887498946, 0.013819660112501051, 0.0038196601125010526, 0.0,
            0.003819660112501051, 0.013819660112501048, 0.026180339887498943, 0.03618033988749895, 0.039999999999999994,
        ]
        for (rate, value) in zip(rates, expected) {
            #expect(abs(rate - value) < 1e-12)
        }
    }
}
