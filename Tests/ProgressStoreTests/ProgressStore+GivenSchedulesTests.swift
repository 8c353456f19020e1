import Foundation
import Scheduling
import Testing

@testable import ProgressStore

@Suite("ProgressStore schedules given by another scheduler")
struct ProgressStoreGivenSchedulesTests {
    let anna = learner("anna")
    let card = "deck/cards/anki-1/front"

    /// Three answers a few days apart: the card is in review after the last, at 2026-03-05T09:00:00Z.
    func storeWithACardInReview() throws -> ProgressStore {
        let store = try makeStore()
        try store.importReviews(
            entries(
                """
                learner,card,reviewed_at,rating
                anna,\(card),2026-03-01T09:00:00Z,3
                anna,\(card),2026-03-01T09:10:00Z,3
                anna,\(card),2026-03-05T09:00:00Z,3
                anna,deck/cards/anki-2/front,2026-03-05T09:00:00Z,1
                """))
        return store
    }

    @Test func aCardInReviewTakesTheGivenDueDateAndStaysInStepWithItsLog() throws {
        let store = try storeWithACardInReview()
        let replayed = try #require(try store.cardState(of: card, for: anna))
        #expect(replayed.phase == .review)
        let due = at("2026-03-23T04:00:00Z")
        let kept = try store.keep(
            [
                GivenSchedule(card: card, after: at("2026-03-05T09:00:00Z"), due: due, intervalDays: 18),
                // Not in review after Recall's replay: Recall's learning step stays.
                GivenSchedule(card: "deck/cards/anki-2/front", after: at("2026-03-05T09:00:00Z"), due: due, intervalDays: 18),
                // No such card.
                GivenSchedule(card: "deck/cards/anki-3/front", after: at("2026-03-05T09:00:00Z"), due: due, intervalDays: 18),
            ], for: anna)
        #expect(kept == 1)
        let state = try #require(try store.cardState(of: card, for: anna))
        #expect(state.due == due)
        #expect(state.intervalDays == 18)
        // The memory state is still the replay's.
        #expect(state.stability == replayed.stability)
        #expect(state.difficulty == replayed.difficulty)
        #expect(try store.cardState(of: "deck/cards/anki-2/front", for: anna)?.phase == .learning)
        #expect(try store.history(of: card, for: anna).last?.after.due == due)
        #expect(try store.checkup(repair: false).isSound)
    }

    @Test func aScheduleForAnOlderAnswerIsNotTakenAndAnUndoReturnsToTheGivenOne() throws {
        let store = try storeWithACardInReview()
        let due = at("2026-03-23T04:00:00Z")
        #expect(try store.keep([GivenSchedule(card: card, after: at("2026-03-01T09:10:00Z"), due: due, intervalDays: 18)], for: anna) == 0)
        #expect(try store.cardState(of: card, for: anna)?.due != due)

        #expect(try store.keep([GivenSchedule(card: card, after: at("2026-03-05T09:00:00Z"), due: due, intervalDays: 18)], for: anna) == 1)
        let studied = try store.record(
            ReviewDraft(learner: anna, card: card, rating: .good, source: .study), at: at("2026-03-24T10:00:00Z"))
        // Studied here since: the schedule given for the earlier answer no longer applies.
        #expect(try store.keep([GivenSchedule(card: card, after: at("2026-03-05T09:00:00Z"), due: due, intervalDays: 18)], for: anna) == 0)
        #expect(try store.cardState(of: card, for: anna)?.due != due)
        _ = try store.undo(reviewID: studied.id)
        #expect(try store.cardState(of: card, for: anna)?.due == due)
        #expect(try store.checkup(repair: false).isSound)
    }

    @Test func aLearnerWithNoProgressIsLeftAlone() throws {
        let store = try makeStore()
        let kept = try store.keep(
            [GivenSchedule(card: card, after: at("2026-03-05T09:00:00Z"), due: at("2026-03-23T04:00:00Z"), intervalDays: 18)],
            for: learner("nobody"))
        #expect(kept == 0)
        #expect(try store.learners().isEmpty)
    }
}
