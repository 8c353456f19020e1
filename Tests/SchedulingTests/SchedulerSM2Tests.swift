import Foundation
import Testing

@testable import Scheduling

/// SM-2 worked by hand with Anki's defaults (fuzz off unless said): starting ease 2.5, minimum 1.3,
/// Again −0.2, Hard −0.15, Easy +0.15, hard ×1.2, easy bonus 1.3, interval modifier 1.0, learning steps
/// 1 m and 10 m, relearning 10 m, graduating 1 d, easy 4 d, lapse new interval 0 (so 1 day at least).
/// Anki rounds review intervals half away from zero.
@Suite("Scheduler with SM-2")
struct SchedulerSM2Tests {
    static let start = pythonDate("2026-03-01T09:30:00+00:00")
    static let minute: TimeInterval = 60
    static let day: TimeInterval = 86_400
    let sm2 = Scheduler(algorithm: .sm2, parameters: SchedulerParameters(enableFuzzing: false))

    func after(days: Double, _ date: Date) -> Date { date.addingTimeInterval(days * Self.day) }

    @Test("a card from new through lapse, relearning, a late and an early review")
    func workedExample() {
        var state = CardState.new(createdAt: Self.start)

        // Good on a new card: step 0 → step 1, due in 10 minutes.
        state = sm2.review(state, rating: .good, at: Self.start, fuzzSeed: 0)
        #expect(state.phase == .learning && state.step == 1)
        #expect(state.due == Self.start.addingTimeInterval(10 * Self.minute))

        // Good on the last step graduates with the graduating interval: 1 day, ease 2.5.
        var moment = state.due
        state = sm2.review(state, rating: .good, at: moment, fuzzSeed: 0)
        #expect(state.phase == .review && state.step == nil && state.intervalDays == 1 && state.ease == 2.5)
        #expect(state.due == after(days: 1, moment))

        // Good on time (interval 1, 0 days late):
        //   hard = round(1 × 1.2) = 1, at least 1 + 1 → 2
        //   good = round((1 + 0/2) × 2.5) = round(2.5) = 3 (half away from zero), at least hard + 1 = 3 → 3
        //   easy = round(1 × 2.5 × 1.3) = round(3.25) = 3, at least good + 1 = 4 → 4
        moment = state.due
        #expect(sm2.sm2PassingIntervals(state, at: moment, maximum: 36_500, fuzzUnit: nil) == (2, 3, 4))
        state = sm2.review(state, rating: .good, at: moment, fuzzSeed: 0)
        #expect(state.intervalDays == 3 && state.ease == 2.5)

        // Good on time again (interval 3):
        //   hard = round(3.6) = 4, at least 4 → 4; good = round(3 × 2.5) = round(7.5) = 8; easy = round(9.75) = 10
        moment = state.due
        #expect(sm2.sm2PassingIntervals(state, at: moment, maximum: 36_500, fuzzUnit: nil) == (4, 8, 10))
        state = sm2.review(state, rating: .good, at: moment, fuzzSeed: 0)
        #expect(state.intervalDays == 8)

        // Again on time: a lapse. Ease 2.5 − 0.2 = 2.3; new interval = 8 × 0 = 0 → at least 1 day, kept for
        // after relearning; the card relearns on the 10-minute step.
        moment = state.due
        state = sm2.review(state, rating: .again, at: moment, fuzzSeed: 0)
        #expect(state.phase == .relearning && state.step == 0 && state.lapses == 1)
        #expect(abs(state.ease - 2.3) < 1e-12 && state.intervalDays == 1)
        #expect(state.due == moment.addingTimeInterval(10 * Self.minute))

        // Good on the only relearning step: back to review with the 1-day lapse interval, ease unchanged.
        moment = state.due
        state = sm2.review(state, rating: .good, at: moment, fuzzSeed: 0)
        #expect(state.phase == .review && state.intervalDays == 1 && abs(state.ease - 2.3) < 1e-12)
        #expect(state.due == after(days: 1, moment))

        // Hard on time: hard = round(1.2) = 1, at least 2 → 2; ease 2.3 − 0.15 = 2.15.
        moment = state.due
        state = sm2.review(state, rating: .hard, at: moment, fuzzSeed: 0)
        #expect(state.intervalDays == 2 && abs(state.ease - 2.15) < 1e-12)

        // Easy 3 days late (interval 2, 5 days elapsed), ease 2.15:
        //   hard = round(2.4) = 2, at least 3 → 3
        //   good = round((2 + 3/2) × 2.15) = round(7.525) = 8, at least 4 → 8
        //   easy = round((2 + 3) × 2.15 × 1.3) = round(13.975) = 14, at least 9 → 14; ease 2.15 + 0.15 = 2.3
        moment = after(days: 5, state.lastReview!)
        #expect(sm2.sm2PassingIntervals(state, at: moment, maximum: 36_500, fuzzUnit: nil) == (3, 8, 14))
        state = sm2.review(state, rating: .easy, at: moment, fuzzSeed: 0)
        #expect(state.intervalDays == 14 && abs(state.ease - 2.3) < 1e-12)

        // Good 7 days early (interval 14, 7 elapsed), Anki's early-review formulas, no fuzz:
        //   hard = round(max(7 × 1.2, 14 × 0.6)) = round(8.4) = 8
        //   good = round(max(7 × 2.3, 14)) = round(16.1) = 16
        //   easy = round(16.1 × (1.3 − 0.3/2)) = round(18.515) = 19
        moment = after(days: 7, state.lastReview!)
        #expect(sm2.sm2PassingIntervals(state, at: moment, maximum: 36_500, fuzzUnit: nil) == (8, 16, 19))
        state = sm2.review(state, rating: .good, at: moment, fuzzSeed: 0)
        #expect(state.intervalDays == 16 && state.due == after(days: 16, moment))
        #expect(state.reps == 9 && state.lapses == 1)
        #expect(state.stability == nil && state.difficulty == nil)
    }

    @Test("learning steps: Again restarts, Hard on the first step waits (1 m + 10 m) / 2, Easy graduates at 4 days")
    func learningSteps() {
        let new = CardState.new(createdAt: Self.start)
        let hard = sm2.review(new, rating: .hard, at: Self.start, fuzzSeed: 0)
        #expect(hard.phase == .learning && hard.step == 0 && hard.due == Self.start.addingTimeInterval(330))

        let again = sm2.review(new, rating: .again, at: Self.start, fuzzSeed: 0)
        #expect(again.step == 0 && again.due == Self.start.addingTimeInterval(60))

        let easy = sm2.review(new, rating: .easy, at: Self.start, fuzzSeed: 0)
        #expect(easy.phase == .review && easy.intervalDays == 4 && easy.ease == 2.5)

        // Hard on the last step repeats it (10 minutes).
        let second = sm2.review(new, rating: .good, at: Self.start, fuzzSeed: 0)
        let hardOnLast = sm2.review(second, rating: .hard, at: second.due, fuzzSeed: 0)
        #expect(hardOnLast.step == 1 && hardOnLast.due == second.due.addingTimeInterval(600))
    }

    @Test("ease never falls below 1.3; Easy from relearning adds a day")
    func easeFloorAndRelearningEasy() {
        var state = CardState(
            phase: .review, step: nil, stability: nil, difficulty: nil, ease: 1.4, intervalDays: 10,
            due: after(days: 10, Self.start), lastReview: Self.start, reps: 5, lapses: 0)
        state = sm2.review(state, rating: .again, at: state.due, fuzzSeed: 0)
        #expect(state.ease == 1.3 && state.phase == .relearning)
        let easy = sm2.review(state, rating: .easy, at: state.due, fuzzSeed: 0)
        #expect(easy.phase == .review && easy.intervalDays == 2 && easy.ease == 1.3)

        let hard = sm2.review(easy, rating: .hard, at: easy.due, fuzzSeed: 0)
        #expect(hard.ease == 1.3)
    }

    @Test("no relearning steps: a lapse goes straight back to review at the lapse interval")
    func lapseWithoutRelearningSteps() {
        let scheduler = Scheduler(
            algorithm: .sm2, parameters: SchedulerParameters(relearningSteps: [], enableFuzzing: false))
        let state = CardState(
            phase: .review, step: nil, stability: nil, difficulty: nil, ease: 2.5, intervalDays: 30,
            due: after(days: 30, Self.start), lastReview: Self.start, reps: 5, lapses: 2)
        let lapsed = scheduler.review(state, rating: .again, at: state.due, fuzzSeed: 0)
        #expect(lapsed.phase == .review && lapsed.intervalDays == 1 && lapsed.lapses == 3)
        #expect(lapsed.due == after(days: 1, state.due))
    }

    @Test("with fuzz, intervals come from Anki's range, the same for the same seed")
    func fuzz() {
        let fuzzed = Scheduler(algorithm: .sm2)
        let state = CardState(
            phase: .review, step: nil, stability: nil, difficulty: nil, ease: 2.5, intervalDays: 10,
            due: after(days: 10, Self.start), lastReview: Self.start, reps: 5, lapses: 0)
        var seen: Set<Int> = []
        for count in 0..<200 {
            let seed = FuzzSeed.derive(cardID: "sm2", reviewCount: count)
            let good = fuzzed.review(state, rating: .good, at: state.due, fuzzSeed: seed)
            #expect(good == fuzzed.review(state, rating: .good, at: state.due, fuzzSeed: seed))
            // 25 days ± (1 + 0.675 + 1.3 + 0.25) = ±3.225 → 22...28
            #expect((22...28).contains(good.intervalDays))
            seen.insert(good.intervalDays)
        }
        #expect(seen == Set(22...28))
    }
}
