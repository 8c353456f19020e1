import Foundation
import Reports
import Scheduling
import Testing

@Suite struct LearnerStatsTests {
    typealias F = ReportFixtures

    /// A learner with a card in learning due in minutes, a mature card due tomorrow, one overdue since last week,
    /// one forgotten today (relearning), and a cram answer; deck `x` has six cards, two never seen.
    static func history() -> StudentHistory {
        var learning = CardState.new(createdAt: F.ago(days: 0, hours: 2), ease: 2.5)
        learning.phase = .learning
        learning.lastReview = F.ago(days: 0, hours: 2)
        learning.due = F.now.addingTimeInterval(600)
        var relearning = F.reviewed(stability: 1, at: F.ago(days: 0, hours: 1), due: F.now.addingTimeInterval(300))
        relearning.phase = .relearning
        let cards: [String: CardState] = [
            F.card("a"): learning,
            F.card("b"): F.reviewed(stability: 40, at: F.ago(days: 30), due: F.now.addingTimeInterval(86_400), interval: 31),
            F.card("c"): F.reviewed(stability: 5, at: F.ago(days: 12), due: F.ago(days: 7)),
            F.card("d"): relearning,
        ]
        let reviews = [
            F.answer("b", at: F.ago(days: 30), right: true),  // outside the 30 study days
            F.answer("c", at: F.ago(days: 12), right: true),
            F.answer("c", at: F.ago(days: 5), right: false),
            F.answer("d", at: F.ago(days: 0, hours: 1), right: false),
            F.answer("a", at: F.ago(days: 0, hours: 2), right: true, source: .cram),
        ]
        return StudentHistory(name: "ana", cards: cards, reviews: reviews)
    }

    static let deck = F.deck(facts: ["a", "b", "c", "d", "e", "f"])

    @Test func countsCardsDueDaysAndRetentionAsHandComputed() {
        let stats = LearnerStats.make(history: Self.history(), deck: Self.deck, options: F.options())
        #expect(stats.cards == .init(new: 2, learning: 1, review: 2, relearning: 1, seen: 4, mature: 1))
        // Due before today ends: a, c (overdue since last week) and d; tomorrow: b.
        #expect(stats.due == .init(today: 3, tomorrow: 1, next7Days: 4, overdue: 1))
        #expect(stats.reviewsPerDay.count == 30)
        #expect(stats.reviewsPerDay.last?.date == "2026-03-20")
        #expect(stats.reviewsPerDay.last?.reviews == 2)  // the lapse and the cram answer
        #expect(stats.reviewsPerDay.reduce(0) { $0 + $1.reviews } == 4)
        #expect(stats.retention.day.all == RetentionTally(passed: 0, total: 1))
        #expect(stats.retention.week.all == RetentionTally(passed: 0, total: 2))
        #expect(stats.retention.month.all == RetentionTally(passed: 1, total: 3))
        #expect(stats.totalReviews == 5)
    }

    @Test func everyNumberItSharesWithTheClassReportIsTheSame() throws {
        let history = Self.history()
        let stats = LearnerStats.make(history: history, deck: Self.deck, options: F.options())
        // The report on a class of this one learner over the same 30 study days.
        let since = try #require(stats.reviewsPerDay.first.flatMap { F.date($0.date + "T12:00:00Z") })
        let report = ClassReport.make(className: "c", deck: Self.deck, students: [history], options: F.options(since: since))
        let student = try #require(report.students.first)
        #expect(stats.cards.seen == student.cardsSeen)
        #expect(stats.cards.mature == student.cardsMature)
        #expect(stats.due.today == student.backlog.due)
        #expect(stats.due.overdue == student.backlog.overdue)
        #expect(stats.due.tomorrow == report.dueForecast[1].due)
        #expect(stats.reviewsPerDay.reduce(0) { $0 + $1.reviews } == student.reviews)
        #expect(stats.reviewsPerDay.map(\.date) == report.days.map(\.date))
        #expect(stats.reviewsPerDay.map(\.reviews) == report.days.map(\.reviews))
        #expect(stats.retention.month == student.trueRetention)
    }

    @Test func aLearnerWithNoHistoryHasEveryCardNew() {
        let stats = LearnerStats.make(history: StudentHistory(name: "new", cards: [:], reviews: []), deck: Self.deck, options: F.options())
        #expect(stats.cards == .init(new: 6))
        #expect(stats.due == .init())
        #expect(stats.reviewsPerDay.allSatisfy { $0.reviews == 0 })
        #expect(stats.totalReviews == 0)
    }
}
