import Foundation
import Scheduling

/// One learner's numbers as `recall stats` shows them: cards by state, what is coming due, daily reviews and
/// true retention over the last 30 study days.
///
/// They are the class report's numbers for a class of one — the same cards, the same study days, the same
/// rules for "seen", "due", "overdue" and true retention (docs/reports.md) — with a few counts the report has
/// no column for.
public struct LearnerStats: Sendable, Hashable, Codable {
    /// The decks' cards by phase; `new` are the cards of the decks the learner has never reviewed.
    public struct StateCounts: Sendable, Hashable, Codable {
        public var new = 0
        public var learning = 0
        public var review = 0
        public var relearning = 0
        /// Cards reviewed at least once (cram alone leaves a card new).
        public var seen = 0
        /// Of those, cards in review with an interval of 21 days or more.
        public var mature = 0

        public init(new: Int = 0, learning: Int = 0, review: Int = 0, relearning: Int = 0, seen: Int = 0, mature: Int = 0) {
            self.new = new
            self.learning = learning
            self.review = review
            self.relearning = relearning
            self.seen = seen
            self.mature = mature
        }
    }

    /// Cards coming due; each count includes the ones before it (today includes the overdue).
    public struct DueCounts: Sendable, Hashable, Codable {
        /// Due before the current study day ends, overdue included: the report's backlog.
        public var today = 0
        /// Due during the next study day.
        public var tomorrow = 0
        /// Due before the seventh study day from today ends (today and tomorrow included).
        public var next7Days = 0
        /// Already due before today's study day began.
        public var overdue = 0

        public init(today: Int = 0, tomorrow: Int = 0, next7Days: Int = 0, overdue: Int = 0) {
            self.today = today
            self.tomorrow = tomorrow
            self.next7Days = next7Days
            self.overdue = overdue
        }

        enum CodingKeys: String, CodingKey {
            case today, tomorrow, overdue
            case next7Days = "next_7_days"
        }
    }

    /// Answers on one study day, every source (cram included), as the report counts activity.
    public struct DayCount: Sendable, Hashable, Codable {
        /// The local calendar date the study day starts on, `YYYY-MM-DD`.
        public var date: String
        public var reviews: Int
    }

    /// True retention over the current study day, the last 7 and the last 30 (today included).
    public struct RetentionTable: Sendable, Hashable, Codable {
        public var day = TrueRetention()
        public var week = TrueRetention()
        public var month = TrueRetention()
    }

    public var learner: String
    public var cards = StateCounts()
    public var due = DueCounts()
    /// Answers on each of the last 30 study days, oldest first, today last.
    public var reviewsPerDay: [DayCount] = []
    public var retention = RetentionTable()
    /// Every answer to a card of the decks, at any time, cram included.
    public var totalReviews = 0

    /// Study days the statistics look back over, today included.
    public static let days = 30
    /// Study days "this week" covers, today included.
    public static let weekDays = 7

    enum CodingKeys: String, CodingKey {
        case learner, cards, due, retention
        case reviewsPerDay = "reviews_per_day"
        case totalReviews = "total_reviews"
    }
}

extension LearnerStats {
    /// The statistics of `history` over the cards of `deck` at `options.now`. `options.since` and
    /// `options.forecastDays` are set here: the last 30 study days, and a week ahead.
    public static func make(history: StudentHistory, deck: ReportDeck, options: ReportOptions) -> LearnerStats {
        var options = options
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = options.timeZone
        options.since = calendar.date(byAdding: .day, value: -(days - 1), to: options.now) ?? options.now
        options.forecastDays = weekDays
        let report = ClassReport.make(className: history.name, deck: deck, students: [history], options: options)
        let student = report.students[0]

        var stats = LearnerStats(learner: history.name)
        let cards = Set(deck.cards)
        for (card, state) in history.cards where cards.contains(card) && Mastery.isSeen(state) {
            switch state.phase {
            case .learning: stats.cards.learning += 1
            case .review: stats.cards.review += 1
            case .relearning: stats.cards.relearning += 1
            case .new: break
            }
        }
        stats.cards.seen = student.cardsSeen
        stats.cards.mature = student.cardsMature
        stats.cards.new = deck.cards.count - student.cardsSeen

        stats.due.today = student.backlog.due
        stats.due.overdue = student.backlog.overdue
        stats.due.tomorrow = report.dueForecast.count > 1 ? report.dueForecast[1].due : 0
        stats.due.next7Days = report.dueForecast.reduce(0) { $0 + $1.due }

        // The report's period can hold one day more than 30 when `since` falls before today's rollover.
        let period = report.days.suffix(days)
        stats.reviewsPerDay = period.map { DayCount(date: $0.date, reviews: $0.reviews) }
        stats.retention.day = period.last?.trueRetention ?? TrueRetention()
        stats.retention.week = period.suffix(weekDays).reduce(TrueRetention()) { $0 + $1.trueRetention }
        stats.retention.month = period.reduce(TrueRetention()) { $0 + $1.trueRetention }
        stats.totalReviews = history.reviews.reduce(0) { $0 + ($1.reviewedAt <= options.now ? 1 : 0) }
        return stats
    }
}
