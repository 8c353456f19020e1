import Foundation
import Testing

@testable import Scheduling

@Suite("StudyQueue")
struct StudyQueueTests {
    static let utc = TimeZone(identifier: "UTC")!
    static let now = pythonDate("2026-06-10T15:00:00+00:00")  // study day 06-10 04:00Z ..< 06-11 04:00Z
    static let minute: TimeInterval = 60
    static let day: TimeInterval = 86_400

    static func card(
        _ id: String, group: String, _ phase: CardPhase, due: TimeInterval, lastReview: TimeInterval? = nil,
        stability: Double? = nil
    ) -> DueCard {
        var state = CardState.new(createdAt: now.addingTimeInterval(due))
        state.phase = phase
        state.step = phase.isStepping ? 0 : (phase == .new ? 0 : nil)
        state.lastReview = lastReview.map { now.addingTimeInterval($0) }
        state.stability = stability
        state.difficulty = stability == nil ? nil : 5
        return DueCard(cardID: id, siblingGroup: group, state: state)
    }

    static let deck: [DueCard] = [
        card("N1", group: "H", .new, due: -2 * day),
        card("R4", group: "G", .review, due: 14 * 3600, lastReview: -5 * day, stability: 5),  // due after the day ends
        card("L2", group: "B", .relearning, due: -1 * minute, lastReview: -1 * day, stability: 1),
        card("R2", group: "E", .review, due: -100 * day, lastReview: -200 * day, stability: 300),
        card("L1", group: "A", .learning, due: -5 * minute, lastReview: -6 * minute, stability: 2),
        card("R1", group: "D", .review, due: -3 * day, lastReview: -10 * day, stability: 2),
        card("N3", group: "H", .new, due: -2 * day),  // sibling of N1
        card("R3", group: "F", .review, due: 11 * 3600, lastReview: -9 * day, stability: 10),  // later today
        card("R5", group: "A", .review, due: -1 * day, lastReview: -30 * day, stability: 20),  // sibling of L1
        card("L3", group: "C", .learning, due: 20 * minute, lastReview: -1 * minute, stability: 2),
        card("N2", group: "I", .new, due: -3 * day),
    ]

    func ids(_ cards: [DueCard]) -> [String] { cards.map(\.cardID) }

    @Test("learning due now, then reviews by retrievability, then new; siblings held back")
    func order() {
        let queue = StudyQueue.build(from: Self.deck, now: Self.now, timeZone: Self.utc)
        #expect(queue.day.start == pythonDate("2026-06-10T04:00:00+00:00"))
        #expect(ids(queue.learning) == ["L1", "L2"])
        // R1: 10 days on S 2 → R ≈ 0.69; R2: 200 days on S 300 → R ≈ 0.93; R3: 9 days on S 10 → R ≈ 0.91
        #expect(ids(queue.reviews) == ["R1", "R3", "R2"])
        #expect(ids(queue.new) == ["N2", "N1"])
        #expect(ids(queue.cards) == ["L1", "L2", "R1", "R3", "R2", "N2", "N1"])
        #expect(queue.nextLearningDue == Self.now.addingTimeInterval(20 * Self.minute))
    }

    @Test("limits count what was already done today")
    func limits() {
        let progress = StudyDayProgress(newIntroduced: 19, reviewsDone: 199)
        let queue = StudyQueue.build(from: Self.deck, progress: progress, now: Self.now, timeZone: Self.utc)
        #expect(ids(queue.reviews) == ["R1"])
        #expect(ids(queue.new) == ["N2"])
        let full = StudyQueue.build(
            from: Self.deck, progress: StudyDayProgress(newIntroduced: 25, reviewsDone: 250), now: Self.now,
            timeZone: Self.utc)
        #expect(full.reviews.isEmpty && full.new.isEmpty && ids(full.learning) == ["L1", "L2"])
        let custom = StudyQueue.build(
            from: Self.deck, now: Self.now, timeZone: Self.utc, limits: StudyLimits(newPerDay: 0, reviewsPerDay: 2))
        #expect(ids(custom.reviews) == ["R1", "R3"] && custom.new.isEmpty)
    }

    @Test("a group reviewed today shows nothing more, except the very card still being learnt")
    func siblingsReviewedToday() {
        let progress = StudyDayProgress(reviewedSiblingGroups: ["A", "B", "D", "I"])
        let queue = StudyQueue.build(from: Self.deck, progress: progress, now: Self.now, timeZone: Self.utc)
        // L1 was itself reviewed today (group A); L2 of group B was last reviewed yesterday, so a sibling was today.
        #expect(ids(queue.learning) == ["L1"])
        #expect(ids(queue.reviews) == ["R3", "R2"])
        #expect(ids(queue.new) == ["N1"])
    }

    @Test("two learning siblings due at once: only the earlier")
    func learningSiblings() {
        let deck = [
            Self.card("X2", group: "G", .learning, due: -1 * Self.minute, lastReview: -2 * Self.day, stability: 1),
            Self.card("X1", group: "G", .learning, due: -9 * Self.minute, lastReview: -2 * Self.day, stability: 1),
            Self.card("X3", group: "G", .new, due: -Self.day),
        ]
        let queue = StudyQueue.build(from: deck, now: Self.now, timeZone: Self.utc)
        #expect(ids(queue.cards) == ["X1"])
    }
}
