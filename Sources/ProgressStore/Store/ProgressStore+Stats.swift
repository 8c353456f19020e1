import Foundation
import GRDB
import Scheduling

/// A learner's statistics as Anki shows them: cards by state, what is coming due, daily reviews and true
/// retention.
public struct LearnerStats: Sendable, Hashable, Codable {
    /// Cards by phase; `new` counts only cards the caller listed and the learner has never reviewed.
    public struct StateCounts: Sendable, Hashable, Codable {
        public var new: Int?
        public var learning = 0
        public var review = 0
        public var relearning = 0
        /// Cards the learner has reviewed at least once (cram aside).
        public var seen = 0
    }

    /// Cards coming due; each count includes the ones before it (today includes the overdue).
    public struct DueCounts: Sendable, Hashable, Codable {
        /// Due before the current study day ends, overdue included.
        public var today = 0
        /// Due during the next study day.
        public var tomorrow = 0
        /// Due before the seventh study day from today ends (today and tomorrow included).
        public var next7Days = 0
        /// Due before now.
        public var overdue = 0

        enum CodingKeys: String, CodingKey {
            case today, tomorrow, overdue
            case next7Days = "next_7_days"
        }
    }

    /// Reviews on one study day.
    public struct DayCount: Sendable, Hashable, Codable {
        /// The local calendar date the study day starts on, `YYYY-MM-DD`.
        public var date: String
        public var reviews: Int
    }

    /// Passed and failed answers to review cards (Anki's "true retention": learning steps and cram left out).
    public struct Retention: Sendable, Hashable, Codable {
        public var passed = 0
        public var failed = 0
        /// passed / (passed + failed); nil with no reviews.
        public var rate: Double? { passed + failed == 0 ? nil : Double(passed) / Double(passed + failed) }

        enum CodingKeys: String, CodingKey { case passed, failed, rate }

        public init(passed: Int = 0, failed: Int = 0) {
            self.passed = passed
            self.failed = failed
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            passed = try container.decode(Int.self, forKey: .passed)
            failed = try container.decode(Int.self, forKey: .failed)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(passed, forKey: .passed)
            try container.encode(failed, forKey: .failed)
            try container.encode(rate, forKey: .rate)
        }

        mutating func count(_ rating: Rating) {
            if rating == .again { failed += 1 } else { passed += 1 }
        }
    }

    /// Young cards had an interval under 21 days before the answer, mature ones 21 or more.
    public struct RetentionPeriod: Sendable, Hashable, Codable {
        public var young = Retention()
        public var mature = Retention()
        public var total: Retention { Retention(passed: young.passed + mature.passed, failed: young.failed + mature.failed) }

        enum CodingKeys: String, CodingKey { case young, mature, total }

        public init() {}

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            young = try container.decode(Retention.self, forKey: .young)
            mature = try container.decode(Retention.self, forKey: .mature)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(young, forKey: .young)
            try container.encode(mature, forKey: .mature)
            try container.encode(total, forKey: .total)
        }
    }

    /// True retention over the current study day, the last 7 and the last 30 (today included).
    public struct RetentionTable: Sendable, Hashable, Codable {
        public var day = RetentionPeriod()
        public var week = RetentionPeriod()
        public var month = RetentionPeriod()
    }

    public var learner: String
    public var cards = StateCounts()
    public var due = DueCounts()
    /// Reviews on each of the last 30 study days (cram aside), oldest first, today last.
    public var reviewsPerDay: [DayCount] = []
    public var retention = RetentionTable()
    /// Every review of the learner in the log, cram included.
    public var totalReviews = 0

    enum CodingKeys: String, CodingKey {
        case learner, cards, due, retention
        case reviewsPerDay = "reviews_per_day"
        case totalReviews = "total_reviews"
    }
}

extension ProgressStore {
    /// Interval in days from which a card counts as mature, as in Anki.
    public static let matureInterval = 21

    /// The learner's statistics at `now`; study days begin at their rollover hour in `timeZone`.
    /// `cards`, when given, are the cards of the decks studied, so that never-seen ones count as new.
    public func stats(
        for learner: LearnerName, now: Date, timeZone: TimeZone, cards: [String]? = nil
    ) throws(ProgressStoreError) -> LearnerStats {
        try read { db in
            var stats = LearnerStats(learner: learner.rawValue)
            let learnerId = try Self.learnerID(learner, in: db, create: false)
            let settings = try Self.settings(forLearnerID: learnerId, in: db)
            let rollover = settings.dayRolloverHour

            // Study days: 29 before today, today, and 6 after.
            let today = StudyDay(containing: now, timeZone: timeZone, rolloverHour: rollover)
            var past = [today]
            while past.count < 30 {
                past.insert(StudyDay(containing: past[0].start.addingTimeInterval(-1), timeZone: timeZone, rolloverHour: rollover), at: 0)
            }
            var coming = [today]
            while coming.count < 7 {
                coming.append(StudyDay(containing: coming[coming.count - 1].end, timeZone: timeZone, rolloverHour: rollover))
            }
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            stats.reviewsPerDay = past.map { day in
                let parts = calendar.dateComponents([.year, .month, .day], from: day.start)
                let date = String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
                return LearnerStats.DayCount(date: date, reviews: 0)
            }
            guard let learnerId else {
                stats.cards.new = cards.map { Set($0).count }
                return stats
            }

            let nowMicroseconds = Timestamp.microseconds(now)
            let todayEnd = Timestamp.microseconds(today.end)
            let tomorrowEnd = Timestamp.microseconds(coming[1].end)
            let weekEnd = Timestamp.microseconds(coming[6].end)
            var seenCards = Set<String>()
            let states = try Row.fetchCursor(db, sql: "SELECT card, phase, due FROM cardState WHERE learnerId = ?", arguments: [learnerId])
            while let row = try states.next() {
                if cards != nil { seenCards.insert(row[0]) }
                let phase: String = row[1]
                switch CardPhase(rawValue: phase) {
                case .learning: stats.cards.learning += 1
                case .review: stats.cards.review += 1
                case .relearning: stats.cards.relearning += 1
                case .new, nil: break
                }
                stats.cards.seen += 1
                let due: Int64 = row[2]
                if due < nowMicroseconds { stats.due.overdue += 1 }
                if due < todayEnd { stats.due.today += 1 }
                if due >= todayEnd && due < tomorrowEnd { stats.due.tomorrow += 1 }
                if due < weekEnd { stats.due.next7Days += 1 }
            }
            if let cards {
                stats.cards.new = Set(cards).subtracting(seenCards).count
            }

            stats.totalReviews = try Int.fetchOne(db, sql: "SELECT count(*) FROM review WHERE learnerId = ?", arguments: [learnerId]) ?? 0

            let starts = past.map { Timestamp.microseconds($0.start) }
            let weekStart = starts[23]
            let dayStart = starts[29]
            let reviews = try Row.fetchCursor(
                db,
                sql: Self.reviewsSinceSQL(
                    columns: "review.reviewedAt, review.rating, review.source, review.phaseBefore, review.intervalDaysBefore"),
                arguments: [learnerId, starts[0], starts[0], todayEnd])
            while let row = try reviews.next() {
                let at: Int64 = row[0]
                // The study day holding `at`: the last start at or before it.
                var low = 0
                var high = starts.count - 1
                while low < high {
                    let middle = (low + high + 1) / 2
                    if starts[middle] <= at { low = middle } else { high = middle - 1 }
                }
                stats.reviewsPerDay[low].reviews += 1

                let source: String = row[2]
                let phase: String = row[3]
                guard source != ReviewSource.cram.rawValue, phase == CardPhase.review.rawValue,
                    let rating = Rating(rawValue: row[1])
                else { continue }
                let mature = (row[4] as Int) >= Self.matureInterval
                func count(_ period: inout LearnerStats.RetentionPeriod) {
                    if mature { period.mature.count(rating) } else { period.young.count(rating) }
                }
                count(&stats.retention.month)
                if at >= weekStart { count(&stats.retention.week) }
                if at >= dayStart { count(&stats.retention.day) }
            }
            return stats
        }
    }
}
