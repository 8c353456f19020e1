import Foundation
import Scheduling
import Testing

@testable import ProgressStore

/// The progress file's side of sync: the outbox of reviews the server lacks, the pull cursor, and replays.
@Suite struct ProgressStoreSyncTests {
    let anna = learner("anna")
    let card = "physics/people/newton/role"

    @Test func beginningToSyncQueuesTheWholeHistoryAndEveryNewReview() throws {
        let store = try makeStore()
        try store.record(ReviewDraft(learner: anna, card: card, rating: .good), at: at("2026-03-01T10:00:00Z"))
        try store.record(ReviewDraft(learner: learner("ben"), card: card, rating: .good), at: at("2026-03-01T10:00:00Z"))
        #expect(try store.syncCursor(for: anna) == nil)

        let cursor = try store.beginSync(for: anna, server: "http://school:8080")
        #expect(cursor == SyncCursor(server: "http://school:8080", pulledThrough: 0, pending: 1))
        try store.record(ReviewDraft(learner: anna, card: card, rating: .hard), at: at("2026-03-02T10:00:00Z"))
        try store.record(ReviewDraft(learner: learner("ben"), card: card, rating: .hard), at: at("2026-03-02T10:00:00Z"))
        let pending = try store.pendingReviews(for: anna, limit: 10)
        #expect(pending.map(\.rating) == [.good, .hard])
        #expect(pending.allSatisfy { $0.learner == anna })
        // Beginning again with the same server changes nothing.
        #expect(try store.beginSync(for: anna, server: "http://school:8080").pending == 2)
    }

    @Test func importedReviewsOfALearnerWhoSyncsAwaitSyncAndOthersDoNot() throws {
        let store = try makeStore()
        try store.beginSync(for: anna, server: "http://school")
        let ben = learner("ben")
        var log: [ReviewLogEntry] = []
        for index in 0..<(ReviewWriter.batchSize * 3) {
            let who = index % 3 == 0 ? ben : anna
            log.append(
                ReviewLogEntry(
                    id: nil, learner: who, card: "physics/events/e-\(index % 40)/date",
                    reviewedAt: at("2026-03-01T10:00:00Z") + Double(index) * 3_600, rating: .good, source: .import))
        }
        // In one chunk, so that the reviews go many to a statement.
        try store.importReviews(log, source: "home.csv", chunkTime: 10)
        let pending = try store.pendingReviews(for: anna, limit: 1_000)
        #expect(pending.count == log.filter { $0.learner == anna }.count)
        #expect(Set(pending.map(\.storedID)) == Set(log.filter { $0.learner == anna }.map(\.storedID)))
        #expect(try store.syncCursor(for: ben) == nil)
    }

    @Test func sentReviewsLeaveTheOutboxAndAnUndoneOneLeavesItToo() throws {
        let store = try makeStore()
        try store.beginSync(for: anna, server: "http://school")
        let first = try store.record(ReviewDraft(learner: anna, card: card, rating: .good), at: at("2026-03-01T10:00:00Z"))
        let second = try store.record(
            ReviewDraft(learner: anna, card: "physics/people/curie/role", rating: .again), at: at("2026-03-01T10:01:00Z"))
        try store.markSent([first.id], for: anna)
        #expect(try store.pendingReviews(for: anna, limit: 10).map(\.storedID) == [second.id])
        try store.undo(reviewID: second.id)
        #expect(try store.pendingReviews(for: anna, limit: 10).isEmpty)
    }

    @Test func pulledReviewsAreImportedOnceAndMoveTheCursor() throws {
        let store = try makeStore()
        try store.beginSync(for: anna, server: "http://school")
        let local = try store.record(ReviewDraft(learner: anna, card: card, rating: .good), at: at("2026-03-02T10:00:00Z"))
        // A review made earlier on another device arrives: the card is replayed from it.
        let pulled = ReviewLogEntry(
            id: "from-the-laptop", learner: anna, card: card, reviewedAt: at("2026-03-01T09:00:00Z"), rating: .again, source: .study)
        let summary = try store.recordPulled([pulled], for: anna, through: 7)
        #expect(summary.added == 1 && summary.replayedCards == 1)
        #expect(try store.syncCursor(for: anna)?.pulledThrough == 7)
        // What came from the server is not sent back; what was made here still waits.
        #expect(try store.pendingReviews(for: anna, limit: 10).map(\.storedID) == [local.id])
        // Pulling the same page again (a sync cut before its cursor moved) adds nothing.
        let again = try store.recordPulled([pulled], for: anna, through: 7)
        #expect(again.added == 0 && again.alreadyPresent == 1)
        #expect(try store.history(of: card, for: anna).count == 2)
        // The cursor never moves back.
        try store.recordPulled([], for: anna, through: 3)
        #expect(try store.syncCursor(for: anna)?.pulledThrough == 7)
    }

    @Test func replayingAfterASettingsChangeGivesWhatAFreshImportGives() throws {
        let store = try makeStore()
        var moment = at("2026-03-01T10:00:00Z")
        for rating in [Rating.good, .good, .again, .good, .easy] {
            try store.record(ReviewDraft(learner: anna, card: card, rating: rating), at: moment)
            moment = moment.addingTimeInterval(3 * 86_400)
        }
        try store.set(.desiredRetention, to: "0.8", for: .learner(anna))
        #expect(try store.replayCards(of: anna) == 1)

        let fresh = try makeStore()
        try fresh.set(.desiredRetention, to: "0.8", for: .learner(anna))
        try fresh.importReviews(try store.exportReviews(learner: anna))
        #expect(try store.storedCardState(of: card, for: anna) == fresh.storedCardState(of: card, for: anna))
    }

    @Test func movingToAnotherServerStartsOver() throws {
        let store = try makeStore()
        try store.record(ReviewDraft(learner: anna, card: card, rating: .good), at: at("2026-03-01T10:00:00Z"))
        try store.beginSync(for: anna, server: "http://old")
        try store.markSent(try store.pendingReviews(for: anna, limit: 10).map(\.storedID), for: anna)
        try store.recordPulled([], for: anna, through: 40)
        let moved = try store.beginSync(for: anna, server: "http://new")
        #expect(moved == SyncCursor(server: "http://new", pulledThrough: 0, pending: 1))
        try store.endSync(for: anna)
        #expect(try store.syncCursor(for: anna) == nil)
    }
}
