import Foundation
import Testing

@testable import Scheduling

@Suite("Scheduler with FSRS")
struct SchedulerFSRSTests {
    static let start = pythonDate("2026-01-01T00:00:00+00:00")
    static let minute: TimeInterval = 60
    static let day: TimeInterval = 86_400
    let noFuzz = Scheduler(parameters: SchedulerParameters(enableFuzzing: false))

    @Test("replays every py-fsrs 6.3.2 golden sequence: stability, difficulty within 1e-4, dates exactly")
    func goldenSequences() {
        let fixture = GoldenFixture.shared
        #expect(fixture.fsrsVersion == "6.3.2")
        #expect(fixture.sequences.count >= 1000)
        let phases: [Int: CardPhase] = [1: .learning, 2: .review, 3: .relearning]
        var mismatches: [String] = []
        var reviews = 0
        var worstStability = 0.0
        var worstDifficulty = 0.0
        var worstRetrievability = 0.0

        for (number, sequence) in fixture.sequences.enumerated() {
            let scheduler = fixture.schedulers[sequence.scheduler].scheduler
            var state = CardState.new(createdAt: pythonDate(sequence.created))
            for (index, step) in sequence.steps.enumerated() {
                let moment = pythonDate(step.reviewDatetime)
                let retrievability = scheduler.retrievability(of: state, at: moment)
                state = scheduler.review(state, rating: Rating(rawValue: step.rating)!, at: moment, fuzzSeed: 0)
                reviews += 1

                let stabilityError = relativeError(state.stability ?? .nan, step.stability)
                let difficultyError = relativeError(state.difficulty ?? .nan, step.difficulty)
                let retrievabilityError = abs(retrievability - step.retrievabilityBefore)
                worstStability = max(worstStability, stabilityError)
                worstDifficulty = max(worstDifficulty, difficultyError)
                worstRetrievability = max(worstRetrievability, retrievabilityError)
                let agrees =
                    state.phase == phases[step.state] && state.step == step.step
                    && stabilityError <= 1e-4 && difficultyError <= 1e-4 && retrievabilityError <= 1e-9
                    && microseconds(state.due) == pythonMicroseconds(step.due)
                    && state.lastReview.map(microseconds) == pythonMicroseconds(step.lastReview)
                if !agrees {
                    mismatches.append(
                        "sequence \(number) review \(index): got \(state.phase) step \(String(describing: state.step)) "
                            + "S \(state.stability ?? .nan) D \(state.difficulty ?? .nan) R \(retrievability) "
                            + "due \(microseconds(state.due)); "
                            + "py-fsrs \(step.state) step \(String(describing: step.step)) "
                            + "S \(step.stability) D \(step.difficulty) R \(step.retrievabilityBefore) "
                            + "due \(pythonMicroseconds(step.due)) (\(step.due))")
                    break
                }
            }
        }

        #expect(reviews >= 10_000)
        #expect(mismatches.isEmpty, "\(mismatches.count) sequences differ; first: \(mismatches.prefix(3))")
        #expect(worstStability <= 1e-4)
        #expect(worstDifficulty <= 1e-4)
        #expect(worstRetrievability <= 1e-9)
    }

    @Test("the toolchain notes' worked example, to the last digit")
    func toolchainExample() {
        // Given a new card at 2026-01-01T00:00Z, each review at its due time, fuzz off
        var state = CardState.new(createdAt: Self.start)
        func answer(_ rating: Rating) { state = noFuzz.review(state, rating: rating, at: state.due, fuzzSeed: 0) }

        answer(.good)
        #expect(state.stability == 2.3065)
        #expect(state.difficulty == 2.118103970459016)
        #expect(state.phase == .learning && state.step == 1)
        #expect(state.due == Self.start.addingTimeInterval(10 * Self.minute))

        let beforeGraduation = state.due
        answer(.good)
        #expect(state.stability == 2.3065)
        #expect(state.difficulty == 2.111214235785395)
        #expect(state.phase == .review && state.step == nil && state.intervalDays == 2)
        #expect(state.due == beforeGraduation.addingTimeInterval(2 * Self.day))

        let lapse = state.due
        answer(.again)
        #expect(state.stability == 0.6077016626638644)
        #expect(state.difficulty == 7.392238132342694)
        #expect(state.phase == .relearning && state.step == 0 && state.lapses == 1)
        #expect(state.due == lapse.addingTimeInterval(10 * Self.minute))

        let hard = state.due
        answer(.hard)
        #expect(state.stability == 0.6077016626638644)
        #expect(state.difficulty == 8.254074519842886)
        #expect(state.phase == .relearning && state.step == 0)
        #expect(state.due == hard.addingTimeInterval(15 * Self.minute))

        let easy = state.due
        answer(.easy)
        #expect(state.stability == 1.1350513376989504)
        #expect(state.difficulty == 7.655895953798593)
        #expect(state.phase == .review && state.intervalDays == 1)
        #expect(state.due == easy.addingTimeInterval(Self.day))
        #expect(state.reps == 5 && state.lapses == 1)
    }

    @Test("py-fsrs's own golden intervals: Good every time from a new card")
    func pyFSRSIntervalSequence() {
        // py-fsrs's test_review_card: ratings G G G G G G A A G G G G G, reviewed when due, fuzz off.
        let ratings: [Rating] = [
            .good, .good, .good, .good, .good, .good, .again, .again, .good, .good, .good, .good, .good,
        ]
        var state = CardState.new(createdAt: Self.start)
        var intervals: [Int] = []
        for rating in ratings {
            let moment = state.due
            state = noFuzz.review(state, rating: rating, at: moment, fuzzSeed: 0)
            intervals.append(Int((state.due.timeIntervalSince(moment) / Self.day).rounded(.down)))
        }
        #expect(intervals == [0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21])
    }

    @Test("fuzz is a pure function of the seed and stays within py-fsrs's range")
    func fuzzIsDeterministic() {
        let fuzzed = Scheduler()
        var state = CardState.new(createdAt: Self.start)
        for _ in 0..<4 {
            state = noFuzz.review(state, rating: .good, at: state.due, fuzzSeed: 0)
        }
        #expect(state.phase == .review && state.intervalDays == 46)
        let moment = state.due
        let plain = noFuzz.review(state, rating: .good, at: moment, fuzzSeed: 0)

        var seen: Set<Int> = []
        for reviewCount in 0..<300 {
            let seed = FuzzSeed.derive(cardID: "card-42", reviewCount: reviewCount)
            let first = fuzzed.review(state, rating: .good, at: moment, fuzzSeed: seed)
            let again = fuzzed.review(state, rating: .good, at: moment, fuzzSeed: seed)
            #expect(first == again)
            #expect(first.stability == plain.stability && first.difficulty == plain.difficulty)
            // delta(163) = 1 + 0.15·4.5 + 0.1·13 + 0.05·143 = 10.125 → 153...173, and py-fsrs can reach 174.
            #expect((153...174).contains(first.intervalDays))
            #expect(microseconds(first.due) == microseconds(moment) + Int64(first.intervalDays) * 86_400_000_000)
            seen.insert(first.intervalDays)
        }
        #expect(plain.intervalDays == 163)
        #expect(seen.count > 10)
    }

    @Test("fuzz never touches learning steps or intervals under 2.5 days")
    func fuzzSparesShortIntervals() {
        let fuzzed = Scheduler()
        let new = CardState.new(createdAt: Self.start)
        for seed: UInt64 in [0, 1, 99, .max] {
            let step = fuzzed.review(new, rating: .good, at: Self.start, fuzzSeed: seed)
            #expect(step.due == Self.start.addingTimeInterval(600))
            // Easy from new: S = w3 = 8.2956 → 8 days; delta(8) = 1 + 0.15·4.5 + 0.1·1 = 1.775 → 6...10 (+1).
            let easy = fuzzed.review(new, rating: .easy, at: Self.start, fuzzSeed: seed)
            #expect((6...11).contains(easy.intervalDays))
        }
        let learning = noFuzz.review(new, rating: .good, at: Self.start, fuzzSeed: 0)
        let graduated = fuzzed.review(learning, rating: .good, at: learning.due, fuzzSeed: 12345)
        #expect(graduated.intervalDays == 2)
    }

    @Test("preview gives exactly what each button would")
    func previewMatchesReview() {
        let scheduler = Scheduler()
        var state = CardState.new(createdAt: Self.start)
        for rating: Rating in [.good, .good, .good, .again] {
            let seed = FuzzSeed.derive(cardID: "c", reviewCount: state.reps)
            let outcomes = scheduler.preview(state, at: state.due, fuzzSeed: seed)
            #expect(outcomes.count == 4)
            for (button, outcome) in outcomes {
                #expect(outcome == scheduler.review(state, rating: button, at: state.due, fuzzSeed: seed))
            }
            state = outcomes[rating]!
        }
        #expect(state.phase == .relearning)
    }

    @Test("a card SM-2 was scheduling gets a memory state estimated from its ease and interval")
    func switchingFromSM2() {
        // Given a review card last scheduled by SM-2: 10-day interval, ease 2.5, no FSRS memory
        let lastReview = Self.start
        let state = CardState(
            phase: .review, step: nil, stability: nil, difficulty: nil, ease: 2.5, intervalDays: 10,
            due: lastReview.addingTimeInterval(10 * Self.day), lastReview: lastReview, reps: 6, lapses: 0)
        let fsrs = FSRS(parameters: SchedulerParameters())
        let estimate = fsrs.memoryState(fromSM2Ease: 2.5, intervalDays: 10)
        #expect(abs(estimate.stability - 10) < 1e-9)

        // When FSRS reviews it Good on time
        let next = noFuzz.review(state, rating: .good, at: state.due, fuzzSeed: 0)

        // Then it continues from the estimate, as if that had been its memory state
        let expectedStability = fsrs.nextStability(
            difficulty: estimate.difficulty, stability: estimate.stability,
            retrievability: fsrs.retrievability(elapsedDays: 10, stability: estimate.stability), rating: .good)
        #expect(next.stability == expectedStability)
        #expect(next.difficulty == fsrs.nextDifficulty(estimate.difficulty, rating: .good))
        #expect(next.phase == .review && next.intervalDays == fsrs.nextInterval(stability: expectedStability))
    }

    @Test("a lapse with no relearning steps stays in review; Again in learning restarts the steps")
    func stepEdges() {
        let noRelearning = Scheduler(parameters: SchedulerParameters(relearningSteps: [], enableFuzzing: false))
        var state = CardState.new(createdAt: Self.start)
        state = noRelearning.review(state, rating: .easy, at: Self.start, fuzzSeed: 0)
        #expect(state.phase == .review && state.intervalDays == 8)
        let lapsed = noRelearning.review(state, rating: .again, at: state.due, fuzzSeed: 0)
        #expect(lapsed.phase == .review && lapsed.lapses == 1 && lapsed.step == nil)
        let fsrs = FSRS(parameters: noRelearning.parameters)
        #expect(lapsed.intervalDays == fsrs.nextInterval(stability: lapsed.stability!))

        let learning = noFuzz.review(CardState.new(createdAt: Self.start), rating: .good, at: Self.start, fuzzSeed: 0)
        let restarted = noFuzz.review(learning, rating: .again, at: learning.due, fuzzSeed: 0)
        #expect(restarted.phase == .learning && restarted.step == 0)
        #expect(restarted.due == learning.due.addingTimeInterval(60))
        let hardOnFirst = noFuzz.review(restarted, rating: .hard, at: restarted.due, fuzzSeed: 0)
        #expect(hardOnFirst.step == 0 && hardOnFirst.due == restarted.due.addingTimeInterval(330))
    }
}
