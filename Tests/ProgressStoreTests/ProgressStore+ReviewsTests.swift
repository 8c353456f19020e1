import Foundation
import Scheduling
import Testing

@testable import ProgressStore

@Suite("ProgressStore reviews")
struct ProgressStoreReviewsTests {
    let alice = learner("alice")
    let card = "siberian-internment/events/order-9898/date"

    func draft(_ rating: Rating, source: ReviewSource = .study) -> ReviewDraft {
        ReviewDraft(
            learner: alice, card: card, rating: rating, source: source, questionForm: "typed", answer: "1945", correct: true,
            durationMs: 4200)
    }

    @Test("recording commits the review and the state the scheduler gives, with deck and fact filled in")
    func records() throws {
        let store = try makeStore()
        let moment = at("2026-01-01T09:00:00Z")
        let review = try store.record(draft(.good), at: moment)
        let expected = Scheduler().review(
            .new(createdAt: moment), rating: .good, at: moment, fuzzSeed: FuzzSeed.derive(cardID: card, reviewCount: 0))
        #expect(review.after == expected)
        #expect(review.phaseBefore == .new && review.intervalDaysBefore == 0)
        #expect(review.deck == "siberian-internment" && review.fact == "events/order-9898")
        #expect(review.id == ReviewID.derive(learner: "alice", card: card, reviewedAt: Timestamp.microseconds(moment)))
        #expect(review.answer == "1945" && review.correct == true && review.durationMs == 4200 && review.questionForm == "typed")
        #expect(try store.cardState(of: card, for: alice) == expected)
        #expect(try store.history(of: card, for: alice) == [review])
    }

    @Test("an answer keeps every character it had, a NUL and what follows it included, typed or imported")
    func answersKeepEveryCharacter() throws {
        let store = try makeStore()
        let typed = "Arch\u{0}imedes \u{1B}[31m ünïcödé"
        var answer = draft(.good)
        answer.answer = typed
        let review = try store.record(answer, at: at("2026-01-01T09:00:00Z"))
        #expect(review.answer == typed)
        #expect(try store.history(of: card, for: alice).first?.answer == typed)
        #expect(try store.latestReview(of: card, for: alice)?.answer == typed)
        let exported = try store.exportReviews()
        #expect(exported.first?.answer == typed)
        // Through a review log file and into another store, the same.
        let csv = ([ReviewLogWriter.csvHeader] + exported.map(ReviewLogWriter.csvRecord)).joined(separator: "\n")
        let other = try makeStore()
        try other.importReviews(try entries(csv))
        #expect(try other.exportReviews().first?.answer == typed)
    }

    @Test("each review continues from the stored state, seeded by the review count")
    func continues() throws {
        let store = try makeStore()
        let scheduler = Scheduler()
        var state: CardState?
        var moment = at("2026-01-01T09:00:00Z")
        for (count, rating) in [Rating.good, .good, .again, .good, .easy, .hard].enumerated() {
            let before = state ?? .new(createdAt: moment)
            state = scheduler.review(before, rating: rating, at: moment, fuzzSeed: FuzzSeed.derive(cardID: card, reviewCount: count))
            let review = try store.record(draft(rating), at: moment)
            #expect(review.after == state)
            #expect(review.phaseBefore == before.phase && review.intervalDaysBefore == before.intervalDays)
            moment = state!.due.addingTimeInterval(3600)
        }
        #expect(try store.history(of: card, for: alice).map(\.after).last == state)
    }

    @Test("the latest review is the last of the history")
    func latest() throws {
        let store = try makeStore()
        #expect(try store.latestReview(of: card, for: alice) == nil)
        try store.record(draft(.good), at: at("2026-01-01T09:00:00Z"))
        var later = draft(.hard)
        later.questionForm = "multiple-choice"
        try store.record(later, at: at("2026-01-02T09:00:00Z"))
        try store.record(draft(.easy), at: at("2025-12-31T09:00:00Z"))
        let latest = try #require(try store.latestReview(of: card, for: alice))
        #expect(latest == (try store.history(of: card, for: alice).last))
        #expect(latest.questionForm == "multiple-choice")
    }

    @Test("preview shows exactly what recording each rating would store")
    func previews() throws {
        let store = try makeStore()
        try store.record(draft(.good), at: at("2026-01-01T09:00:00Z"))
        try store.record(draft(.good), at: at("2026-01-01T09:15:00Z"))
        let moment = at("2026-01-05T09:00:00Z")
        let outcomes = try store.preview(of: card, for: alice, at: moment)
        #expect(outcomes.count == 4)
        let recorded = try store.record(draft(.hard), at: moment)
        #expect(outcomes[.hard] == recorded.after)
    }

    @Test("cram is logged but never changes the card's memory")
    func cram() throws {
        let store = try makeStore()
        let first = try store.record(draft(.good), at: at("2026-01-01T09:00:00Z"))
        let cram = try store.record(draft(.again, source: .cram), at: at("2026-01-01T09:05:00Z"))
        #expect(cram.after == first.after)
        #expect(try store.cardState(of: card, for: alice) == first.after)
        #expect(try store.history(of: card, for: alice).count == 2)
        // A cram review of a never-seen card makes no state at all.
        try store.record(ReviewDraft(learner: alice, card: "other", rating: .good, source: .cram), at: at("2026-01-01T09:00:00Z"))
        #expect(try store.cardState(of: "other", for: alice) == nil)
    }

    @Test("undo restores the state before exactly, down to a new card")
    func undo() throws {
        let store = try makeStore()
        let first = try store.record(draft(.good), at: at("2026-01-01T09:00:00Z"))
        let second = try store.record(draft(.again), at: at("2026-01-01T09:10:00Z"))
        #expect(try store.undo(reviewID: second.id) == first.after)
        #expect(try store.cardState(of: card, for: alice) == first.after)
        #expect(try store.history(of: card, for: alice) == [first])
        #expect(try store.undo(reviewID: first.id) == nil)
        #expect(try store.cardState(of: card, for: alice) == nil)
        #expect(try store.history(of: card, for: alice).isEmpty)
        #expect(throws: ProgressStoreError.unknownReview(id: first.id)) { try store.undo(reviewID: first.id) }
    }

    @Test("undoing a review older than an imported one replays the rest")
    func undoBeforeLater() throws {
        let store = try makeStore()
        let first = try store.record(draft(.good), at: at("2026-01-01T09:00:00Z"))
        try store.record(draft(.good), at: at("2026-01-01T09:10:00Z"))
        try store.record(draft(.easy), at: at("2026-01-03T09:00:00Z"))
        let middle = try store.history(of: card, for: alice)[1]
        try store.undo(reviewID: middle.id)
        // Same as a store that only ever saw the first and the last.
        let other = try makeStore()
        try other.record(draft(.good), at: at("2026-01-01T09:00:00Z"))
        try other.record(draft(.easy), at: at("2026-01-03T09:00:00Z"))
        #expect(try store.cardState(of: card, for: alice) == other.cardState(of: card, for: alice))
        #expect(try store.history(of: card, for: alice).map(\.after) == other.history(of: card, for: alice).map(\.after))
        #expect(first.id == (try store.history(of: card, for: alice).first?.id))
    }

    @Test("a second review of the same card at the same moment is refused")
    func duplicate() throws {
        let store = try makeStore()
        let moment = at("2026-01-01T09:00:00Z")
        let review = try store.record(draft(.good), at: moment)
        #expect(throws: ProgressStoreError.duplicateReview(id: review.id)) { try store.record(draft(.good), at: moment) }
        #expect(throws: ProgressStoreError.duplicateReview(id: review.id)) { try store.record(draft(.hard), at: moment) }
    }

    @Test("a review recorded before the latest stored one replays the card")
    func recordsOutOfOrder() throws {
        let store = try makeStore()
        try store.record(draft(.good), at: at("2026-01-02T09:00:00Z"))
        try store.record(draft(.again), at: at("2026-01-01T09:00:00Z"))
        let other = try makeStore()
        try other.record(draft(.again), at: at("2026-01-01T09:00:00Z"))
        try other.record(draft(.good), at: at("2026-01-02T09:00:00Z"))
        #expect(try store.cardState(of: card, for: alice) == other.cardState(of: card, for: alice))
        #expect(try store.history(of: card, for: alice) == other.history(of: card, for: alice))
    }
}
