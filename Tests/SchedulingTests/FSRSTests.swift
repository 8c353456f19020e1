import Testing

@testable import Scheduling

@Suite("FSRS formulas")
struct FSRSTests {
    let fsrs = FSRS(parameters: SchedulerParameters())

    @Test("memory state from SM-2 agrees with fsrs-rs (which computes in 32-bit floats)")
    func sm2Conversion() {
        let rows = GoldenFixture.shared.sm2Conversion
        #expect(rows.count == 40)
        for row in rows {
            let state = fsrs.memoryState(fromSM2Ease: row[0], intervalDays: row[1], sm2Retention: row[2])
            #expect(relativeError(state.stability, row[3]) < 1e-4, "\(row)")
            #expect(relativeError(state.difficulty, row[4]) < 1e-4, "\(row)")
        }
    }

    @Test("recall is 90% after exactly S days, and the interval at 90% retention is S rounded half to even")
    func curve() {
        #expect(abs(fsrs.retrievability(elapsedDays: 10, stability: 10) - 0.9) < 1e-12)
        #expect(fsrs.retrievability(elapsedDays: -3, stability: 10) == 1)
        #expect(fsrs.nextInterval(stability: 2.5) == 2)
        #expect(fsrs.nextInterval(stability: 3.5) == 4)
        #expect(fsrs.nextInterval(stability: 0.2) == 1)
        #expect(fsrs.nextInterval(stability: 1e9) == 36_500)
    }

    @Test("initial values and clamps")
    func initialValues() {
        #expect(fsrs.initialStability(.again) == 0.212)
        #expect(fsrs.initialStability(.easy) == 8.2956)
        // Easy's raw initial difficulty is below 1 and is clamped; the unclamped value feeds mean reversion.
        #expect(fsrs.initialDifficulty(.easy) == 1)
        #expect(fsrs.initialDifficulty(.easy, clamped: false) < 0)
        #expect(fsrs.nextDifficulty(9.99, rating: .again) <= 10)
        #expect(fsrs.shortTermStability(100, rating: .good) == 100)  // increase < 1 is clamped for a pass
        #expect(fsrs.shortTermStability(100, rating: .again) < 100)
        #expect(fsrs.nextStability(difficulty: 10, stability: 0.001, retrievability: 0, rating: .again) >= 0.001)
    }
}
