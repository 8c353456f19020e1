import Foundation
import Scheduling
import Testing

@testable import ProgressStore

@Suite("ProgressStore stats")
struct ProgressStoreStatsTests {
    let alice = learner("alice")
    let utc = TimeZone(identifier: "UTC")!

    @Test("counts by state, coming due, reviews per study day and true retention")
    func stats() throws {
        let store = try makeStore()
        try store.set(.fuzz, to: "off", for: .learner(alice))
        // c1: learnt on day 1, reviewed (passed) on day 4; c2: learnt today, in learning; c3: lapsed in review today.
        try store.record(ReviewDraft(learner: alice, card: "d/events/c1/date", rating: .easy), at: at("2026-03-01T10:00:00Z"))
        let c1 = try store.record(ReviewDraft(learner: alice, card: "d/events/c1/date", rating: .good), at: at("2026-03-04T10:00:00Z"))
        try store.record(ReviewDraft(learner: alice, card: "d/events/c3/date", rating: .easy), at: at("2026-03-02T10:00:00Z"))
        try store.record(ReviewDraft(learner: alice, card: "d/events/c3/date", rating: .again), at: at("2026-03-10T09:00:00Z"))
        try store.record(ReviewDraft(learner: alice, card: "d/events/c2/date", rating: .again), at: at("2026-03-10T09:30:00Z"))
        try store.record(
            ReviewDraft(learner: alice, card: "d/events/c2/date", rating: .good, source: .cram), at: at("2026-03-10T09:31:00Z"))

        let now = at("2026-03-10T12:00:00Z")
        let stats = try store.stats(
            for: alice, now: now, timeZone: utc, cards: ["d/events/c1/date", "d/events/c2/date", "d/events/c3/date", "d/events/c4/date"])
        #expect(stats.cards.new == 1)
        #expect(stats.cards.learning == 1 && stats.cards.relearning == 1 && stats.cards.review == 1 && stats.cards.seen == 3)
        #expect(stats.totalReviews == 6)
        #expect(stats.reviewsPerDay.count == 30)
        #expect(stats.reviewsPerDay.last?.date == "2026-03-10")
        #expect(stats.reviewsPerDay.last?.reviews == 2)  // cram aside
        #expect(stats.reviewsPerDay.first { $0.date == "2026-03-04" }?.reviews == 1)
        #expect(stats.retention.day.young == LearnerStats.Retention(passed: 0, failed: 1))
        #expect(stats.retention.week.young == LearnerStats.Retention(passed: 1, failed: 1))
        #expect(stats.retention.month.total.rate == 0.5)
        #expect(stats.retention.month.mature == LearnerStats.Retention())
        // c2 and c3 are due within minutes; c1's interval is days away.
        #expect(stats.due.today == 2 && stats.due.overdue == 2)
        let c1Due = c1.after.due
        let inWeek = c1Due < at("2026-03-17T04:00:00Z") ? 1 : 0
        #expect(stats.due.next7Days == 2 + inWeek)
    }

    @Test("a learner with no history has empty statistics and every listed card new")
    func empty() throws {
        let stats = try makeStore().stats(for: alice, now: at("2026-03-10T12:00:00Z"), timeZone: utc, cards: ["a", "b"])
        #expect(stats.cards.new == 2 && stats.cards.seen == 0 && stats.totalReviews == 0)
        #expect(stats.reviewsPerDay.allSatisfy { $0.reviews == 0 })
    }
}
