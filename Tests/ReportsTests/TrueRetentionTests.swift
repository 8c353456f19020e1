import Foundation
import Reports
import Scheduling
import Testing

@Suite struct TrueRetentionTests {
    let t = ReportFixtures.ago(days: 1)

    func review(_ phase: CardPhase, interval: Int, _ rating: Rating, source: ReportReview.Source = .study, at: Date? = nil) -> ReportReview
    {
        ReportReview(
            card: "x/terms/a/term", reviewedAt: at ?? t, rating: rating, source: source, phaseBefore: phase, intervalDaysBefore: interval)
    }

    @Test func countsOnlyAnswersToCardsInReviewAndSplitsYoungFromMatureAt21Days() {
        // Given answers of every kind, worked out by hand:
        let reviews = [
            review(.review, interval: 5, .good),  // young, passed
            review(.review, interval: 30, .again),  // mature, failed
            review(.review, interval: 21, .hard),  // mature (21 is mature), passed: Hard is a pass
            review(.learning, interval: 0, .again),  // not in review: not counted
            review(.new, interval: 0, .good),  // new: not counted
            review(.review, interval: 3, .again, source: .cram),  // cram: not counted
            review(.review, interval: 10, .again, source: .paper),  // young, failed
            review(.relearning, interval: 10, .good),  // relearning: not counted
            review(.review, interval: 40, .easy, at: ReportFixtures.ago(days: 40)),  // before the range
        ]
        // When
        let retention = TrueRetention.of(reviews, from: ReportFixtures.ago(days: 7), to: ReportFixtures.now)
        // Then
        #expect(retention.young == RetentionTally(passed: 1, total: 2))
        #expect(retention.mature == RetentionTally(passed: 1, total: 2))
        #expect(retention.all.rate == 0.5)
    }

    @Test func isNilWhenNothingCounts() {
        let retention = TrueRetention.of([review(.new, interval: 0, .good)], from: .distantPast, to: .distantFuture)
        #expect(retention.all.total == 0)
        #expect(retention.all.rate == nil)
    }

    @Test func theRangeIncludesItsStartAndExcludesItsEnd() {
        let start = ReportFixtures.ago(days: 2)
        let end = ReportFixtures.ago(days: 1)
        let reviews = [review(.review, interval: 5, .good, at: start), review(.review, interval: 5, .again, at: end)]
        #expect(TrueRetention.of(reviews, from: start, to: end).all == RetentionTally(passed: 1, total: 1))
    }

    @Test func aLongerMatureThresholdMovesCardsToYoung() {
        let reviews = [review(.review, interval: 25, .good)]
        #expect(TrueRetention.of(reviews, from: .distantPast, to: .distantFuture, matureIntervalDays: 30).young.total == 1)
    }
}
