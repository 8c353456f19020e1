import Foundation
import SeededRandom
import Testing

@testable import Scheduling

@Suite("Simulating a deck's workload")
struct WorkloadSimulatorTests {
    static func simulator(
        newCards: Int = 500, days: Int = 120, cards: [WorkloadSimulator.Card] = [],
        limits: StudyLimits = StudyLimits(newPerDay: 10, reviewsPerDay: 9_999)
    )
        -> WorkloadSimulator
    {
        WorkloadSimulator(
            weights: SchedulerParameters.defaultWeights, behaviour: .typical, limits: limits, maximumInterval: 36_500,
            cards: cards, newCards: newCards, days: days)
    }

    @Test("the same seed gives the same outcome; another seed another")
    func seeded() {
        let simulator = Self.simulator()
        var a = SeededGenerator(seed: 7)
        var b = SeededGenerator(seed: 7)
        var c = SeededGenerator(seed: 8)
        let first = simulator.simulate(desiredRetention: 0.9, using: &a)
        #expect(first == simulator.simulate(desiredRetention: 0.9, using: &b))
        #expect(first != simulator.simulate(desiredRetention: 0.9, using: &c))
    }

    @Test("new cards come at the daily limit until the deck runs out")
    func newCardLimit() {
        var generator = SeededGenerator(seed: 1)
        let outcome = Self.simulator(newCards: 95, days: 30).simulate(desiredRetention: 0.9, using: &generator)
        #expect(outcome.newPerDay.prefix(9).allSatisfy { $0 == 10 })
        #expect(outcome.newPerDay[9] == 5)
        #expect(outcome.newPerDay.dropFirst(10).allSatisfy { $0 == 0 })
        #expect(outcome.reviewsPerDay[0] >= 10)
    }

    @Test("a higher desired retention costs more reviews and keeps more")
    func retentionTradeOff() {
        let advice = RetentionAdvice(Self.simulator(), retentions: [0.75, 0.95], seed: 3)
        let (low, high) = (advice.outcomes[0], advice.outcomes[1])
        #expect(high.totalReviews > low.totalReviews)
        #expect(high.totalMinutes > low.totalMinutes)
        #expect(high.knowledge > low.knowledge)
        #expect(low.knowledge <= 500)
    }

    @Test("a backlog beyond the review limit waits, most at risk first")
    func reviewLimit() {
        // 300 overdue cards, none new, no relearning steps: each day's answers are that day's review cards.
        var behaviour = StudyBehaviour.typical
        behaviour.relearningSteps = 0
        let overdue = (0..<300).map { i in
            WorkloadSimulator.Card(stability: 5 + Double(i % 50), difficulty: 5, lastReviewDay: -60, dueDay: -10)
        }
        var simulator = Self.simulator(newCards: 0, days: 10, cards: overdue, limits: StudyLimits(newPerDay: 0, reviewsPerDay: 100))
        simulator.behaviour = behaviour
        var generator = SeededGenerator(seed: 2)
        let outcome = simulator.simulate(desiredRetention: 0.9, using: &generator)
        #expect(outcome.reviewsPerDay[0] == 100 && outcome.reviewsPerDay[1] == 100 && outcome.reviewsPerDay[2] == 100)
        #expect(outcome.reviewsPerDay.allSatisfy { $0 <= 100 })
    }

    @Test("the advice marks the retention with the most knowledge per minute")
    func best() {
        let retentions = RetentionAdvice.retentions(from: 0.70, to: 0.97, step: 0.03)
        #expect(retentions == [0.70, 0.73, 0.76, 0.79, 0.82, 0.85, 0.88, 0.91, 0.94, 0.97])
        #expect(RetentionAdvice.retentions(from: 0.8, to: 0.95, step: 0.1) == [0.8, 0.9, 0.95])
        let advice = RetentionAdvice(Self.simulator(newCards: 300, days: 90), retentions: retentions, seed: 5)
        let best = advice.best!
        #expect(advice.outcomes.allSatisfy { $0.knowledgePerMinute <= best.knowledgePerMinute })
        #expect(retentions.contains(best.desiredRetention))
        #expect(RetentionAdvice(outcomes: []).best == nil)
    }

    @Test("the learner's behaviour comes from the log, blended with typical behaviour where it is thin")
    func behaviourFromLog() {
        // 40 new cards, every first answer Good taking 5 s, then a review a day later recalled Easy in 3 s.
        let histories = (0..<40).map { card in
            let start = Date(timeIntervalSince1970: 1_704_103_200 + Double(card) * 60)
            return CardHistory(reviews: [
                HistoryReview(moment: start, rating: .good, phase: .new, durationMs: 5_000),
                HistoryReview(moment: start.addingTimeInterval(86_400), rating: .easy, phase: .review, durationMs: 3_000),
            ])
        }
        let behaviour = StudyBehaviour(
            histories: histories, days: StudyDayIndex(timeZone: TimeZone(identifier: "UTC")!), learningSteps: 2,
            relearningSteps: 1)
        #expect(abs(behaviour.firstRating.reduce(0, +) - 1) < 1e-12)
        #expect(abs(behaviour.firstRating[2] - (40 + 4 * 0.495) / 44) < 1e-12)
        #expect(abs(behaviour.recallRating[2] - (40 + 4 * 0.145) / 44) < 1e-12)
        #expect(abs(behaviour.seconds[0][2] - (40 * 5 + 4 * 13.78) / 44) < 1e-9)
        #expect(abs(behaviour.seconds[1][3] - (40 * 3 + 4 * 8.94) / 44) < 1e-9)
        #expect(behaviour.seconds[2] == StudyBehaviour.typical.seconds[2])
    }
}
