import Foundation
import Scheduling

/// True retention as Anki reports it: of the answers to cards that were already in review (not new, not
/// on learning or relearning steps), the share not rated Again. Cram answers are left out: they are
/// practice outside the schedule. Young cards had an interval under 21 days before the answer, mature
/// cards 21 days or more.
public struct TrueRetention: Sendable, Hashable, Codable {
    public var young: RetentionTally
    public var mature: RetentionTally

    public init(young: RetentionTally = RetentionTally(), mature: RetentionTally = RetentionTally()) {
        self.young = young
        self.mature = mature
    }

    /// Young and mature together.
    public var all: RetentionTally { young + mature }

    /// True when the answer is one true retention counts.
    public static func counts(_ review: ReportReview) -> Bool {
        review.source != .cram && review.phaseBefore == .review
    }

    /// Adds one answer if it counts.
    public mutating func add(_ review: ReportReview, matureIntervalDays: Int = 21) {
        guard Self.counts(review) else { return }
        add(passed: review.rating != .again, mature: review.intervalDaysBefore >= matureIntervalDays)
    }

    /// Adds one answer that counts: passed (not Again), to a mature card or a young one.
    public mutating func add(passed: Bool, mature isMature: Bool) {
        if isMature {
            mature.add(passed: passed)
        } else {
            young.add(passed: passed)
        }
    }

    /// True retention over the answers given in `start..<end`.
    public static func of(
        _ reviews: some Sequence<ReportReview>, from start: Date, to end: Date, matureIntervalDays: Int = 21
    ) -> TrueRetention {
        var result = TrueRetention()
        for review in reviews where start <= review.reviewedAt && review.reviewedAt < end {
            result.add(review, matureIntervalDays: matureIntervalDays)
        }
        return result
    }

    public static func + (lhs: TrueRetention, rhs: TrueRetention) -> TrueRetention {
        TrueRetention(young: lhs.young + rhs.young, mature: lhs.mature + rhs.mature)
    }

    private enum CodingKeys: String, CodingKey {
        case young, mature, all
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        young = try container.decode(RetentionTally.self, forKey: .young)
        mature = try container.decode(RetentionTally.self, forKey: .mature)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(young, forKey: .young)
        try container.encode(mature, forKey: .mature)
        try container.encode(all, forKey: .all)
    }
}
