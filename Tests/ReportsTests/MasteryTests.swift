import Foundation
import Reports
import Scheduling
import Testing

@Suite struct MasteryTests {
    @Test func isTheMeanRetrievabilityNowWithUnseenCardsCountingZero() {
        // Given a card reviewed exactly one stability ago (R = 0.9 by the curve's definition), one reviewed
        // just now (R = 1), one never met and one only crammed (still new):
        let states: [String: CardState] = [
            "a": ReportFixtures.reviewed(stability: 10, at: ReportFixtures.ago(days: 10)),
            "b": ReportFixtures.reviewed(stability: 5, at: ReportFixtures.now),
            "d": .new(createdAt: ReportFixtures.ago(days: 3)),
        ]
        // When
        let mastery = Mastery.of(cards: ["a", "b", "c", "d"], states: states, at: ReportFixtures.now)
        // Then (0.9 + 1 + 0 + 0) / 4
        #expect(abs(mastery - 0.475) < 1e-12)
    }

    @Test func elapsedTimeIsCountedInWholeDaysAsTheSchedulerDoes() {
        // 10 days and 5 hours is 10 whole days: still exactly 0.9.
        let states = ["a": ReportFixtures.reviewed(stability: 10, at: ReportFixtures.ago(days: 10, hours: 5))]
        #expect(abs(Mastery.of(cards: ["a"], states: states, at: ReportFixtures.now) - 0.9) < 1e-12)
    }

    @Test func anEmptyDeckHasNoMastery() {
        #expect(Mastery.of(cards: [String](), states: [:], at: ReportFixtures.now) == 0)
    }

    @Test func matureMeansInReviewWithAnIntervalOf21DaysOrMore() {
        let now = ReportFixtures.now
        #expect(Mastery.isMature(ReportFixtures.reviewed(stability: 30, at: now, interval: 21)))
        #expect(!Mastery.isMature(ReportFixtures.reviewed(stability: 30, at: now, interval: 20)))
        var relearning = ReportFixtures.reviewed(stability: 30, at: now, interval: 40)
        relearning.phase = .relearning
        #expect(!Mastery.isMature(relearning))
    }
}
