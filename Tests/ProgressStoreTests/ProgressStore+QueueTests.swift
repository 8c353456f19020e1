import Facts
import Foundation
import Scheduling
import SeededRandom
import Testing

@testable import ProgressStore

@Suite("ProgressStore study queue")
struct ProgressStoreQueueTests {
    let alice = learner("alice")
    let utc = TimeZone(identifier: "UTC")!

    /// Cards `deck/events/e-N/slot` for N in `facts` and each slot, in deck order.
    func candidates(_ facts: Range<Int>, slots: [String] = ["date"]) -> [StudyCandidate] {
        facts.flatMap { fact in
            slots.map { StudyCandidate(CardID("deck/events/e-\(fact)/\($0)")!) }
        }
    }

    @Test("a learner new to the file gets the first new cards of the decks, up to the limit")
    func newLearner() throws {
        let store = try makeStore()
        let queue = try store.studyQueue(for: alice, cards: candidates(0..<30), now: at("2026-03-01T10:00:00Z"), timeZone: utc)
        #expect(queue.new.map(\.cardID) == candidates(0..<20).map(\.cardID))
        #expect(queue.learning.isEmpty && queue.reviews.isEmpty)
        #expect(queue.day.start == at("2026-03-01T04:00:00Z"))
    }

    @Test("learning cards due now, then reviews due today by lowest retrievability, then new cards; limits count today's work")
    func order() throws {
        let store = try makeStore()
        try store.set(.newPerDay, to: "3", for: .learner(alice))
        try store.set(.reviewsPerDay, to: "2", for: .learner(alice))
        try store.set(.fuzz, to: "off", for: .learner(alice))
        let cards = candidates(0..<10)
        // Cards 0–3 graduated long ago with different intervals; all come due by March 1st.
        for (index, rating) in [(0, Rating.easy), (1, .good), (2, .easy), (3, .good)] {
            try store.record(
                ReviewDraft(learner: alice, card: cards[index].cardID, rating: rating), at: at("2026-01-0\(index + 1)T10:00:00Z"))
            try store.record(
                ReviewDraft(learner: alice, card: cards[index].cardID, rating: rating), at: at("2026-01-0\(index + 1)T10:30:00Z"))
        }
        // Card 4 seen this morning, in learning, due again in 10 minutes.
        try store.record(ReviewDraft(learner: alice, card: cards[4].cardID, rating: .again), at: at("2026-03-01T09:55:00Z"))
        let now = at("2026-03-01T10:06:00Z")
        let queue = try store.studyQueue(for: alice, cards: cards, now: now, timeZone: utc)
        #expect(queue.learning.map(\.cardID) == [cards[4].cardID])
        let states = try cards[0..<4].map { try store.cardState(of: $0.cardID, for: alice)! }
        let expectedReviews = (0..<4).filter { states[$0].due < queue.day.end }
            .sorted { states[$0].retrievability(at: now) < states[$1].retrievability(at: now) }
            .prefix(2).map { cards[$0].cardID }
        #expect(queue.reviews.map(\.cardID) == Array(expectedReviews))
        // One new card was introduced today (card 4), so two more fit.
        #expect(queue.new.map(\.cardID) == [cards[5].cardID, cards[6].cardID])
    }

    @Test("siblings of a card reviewed today wait; cards missing from the decks are not scheduled")
    func siblingsAndRemovedCards() throws {
        let store = try makeStore()
        let cards = candidates(0..<3, slots: ["date", "place"])
        try store.record(ReviewDraft(learner: alice, card: cards[0].cardID, rating: .easy), at: at("2026-03-01T08:00:00Z"))
        try store.record(ReviewDraft(learner: alice, card: "deck/events/gone/date", rating: .again), at: at("2026-03-01T08:00:00Z"))
        let queue = try store.studyQueue(for: alice, cards: cards, now: at("2026-03-01T10:00:00Z"), timeZone: utc)
        let all = queue.cards.map(\.cardID)
        #expect(!all.contains(cards[1].cardID))  // e-0/place, sibling of a card reviewed today
        #expect(!all.contains("deck/events/gone/date"))
        #expect(queue.new.map(\.cardID) == [cards[2].cardID, cards[4].cardID])  // one slot per fact
    }

    @Test("the study day rolls over at the learner's hour in their time zone")
    func rollover() throws {
        let store = try makeStore()
        try store.set(.dayRollover, to: "0", for: .learner(alice))
        let tokyo = TimeZone(identifier: "Asia/Tokyo")!
        let queue = try store.studyQueue(for: alice, cards: candidates(0..<1), now: at("2026-03-01T10:00:00Z"), timeZone: tokyo)
        #expect(queue.day.start == at("2026-02-28T15:00:00Z"))
    }

    @Test("fifty thousand cards make the right queue (its speed is measured by recall-bench)")
    func large() throws {
        let store = try makeStore()
        let cards = candidates(0..<50_000)
        var log: [ReviewLogEntry] = []
        var generator = SeededGenerator(seed: 3)
        // 40,000 cards graduated (Good twice) at random times over 200 days; most are due by now.
        for card in cards.prefix(40_000) {
            let first = at("2025-06-01T00:00:00Z").addingTimeInterval(Double(generator.next() % (200 * 86_400)))
            log.append(ReviewLogEntry(learner: alice, card: card.cardID, reviewedAt: first, rating: .good))
            log.append(ReviewLogEntry(learner: alice, card: card.cardID, reviewedAt: first + 600, rating: .good))
        }
        try store.importReviews(log)
        let queue = try store.studyQueue(for: alice, cards: cards, now: at("2026-03-01T10:00:00Z"), timeZone: utc)
        #expect(queue.reviews.count == 200 && queue.new.count == 20)
        #expect(queue.new.first?.cardID == cards[40_000].cardID)
    }
}
