import AnkiPackage
import Facts
import ProgressStore
import Scheduling
import Testing

@testable import AnkiConversion

/// Each kind of Anki review-log entry, treated as Anki treats it.
@Suite struct RevlogConverterTests {
    static let card = CardID(deck: "d", fact: FactID(.cards, "anki-1"), slot: "back")
    static let anna = LearnerName("anna")!

    func convert(_ revlog: [AnkiRevlogEntry], schedulerVersion: Int = 2, cards: [Int64] = [10]) -> RevlogConverter.Result {
        let collection = AnkiCollection(
            created: .init(timeIntervalSince1970: 0), schedulerVersion: schedulerVersion,
            cards: cards.map { AnkiCard(id: $0, noteID: 1, deckID: 1, ordinal: 0) }, revlog: revlog)
        return RevlogConverter(collection: collection, cardMap: [10: Self.card], learner: Self.anna).convert()
    }

    func entry(_ ms: Int64, ease: Int, kind: Int, factor: Int = 2500, card: Int64 = 10) -> AnkiRevlogEntry {
        AnkiRevlogEntry(id: ms, cardID: card, ease: ease, factor: factor, time: 5000, rawKind: kind)
    }

    @Test func answersBecomeReviewsInTimeOrder() {
        let result = convert([entry(3_000, ease: 4, kind: 1), entry(1_000, ease: 1, kind: 0), entry(2_000, ease: 2, kind: 2)])
        #expect(result.entries.map(\.rating) == [.again, .hard, .easy])
        #expect(result.entries.map(\.reviewedAtMicroseconds) == [1_000_000, 2_000_000, 3_000_000])
        #expect(result.entries.allSatisfy { $0.source == .anki && $0.card == Self.card.description && $0.durationMs == 5000 })
        #expect(result.counts.reviews == 3)
    }

    @Test func theOldSchedulersThreeLearningButtons() {
        // v1: learning and relearning answered 1 Again, 2 Good, 3 Easy; reviews had four buttons.
        let result = convert([entry(1, ease: 2, kind: 0), entry(2, ease: 3, kind: 2), entry(3, ease: 2, kind: 1)], schedulerVersion: 1)
        #expect(result.entries.map(\.rating) == [.good, .easy, .hard])
    }

    @Test func crammingInAFilteredDeckChangesNothing() {
        let result = convert([entry(1, ease: 3, kind: 0), entry(2, ease: 1, kind: 3, factor: 0), entry(3, ease: 3, kind: 3, factor: 2500)])
        #expect(result.entries.map(\.source) == [.anki, .cram, .anki])
        #expect(result.counts.crammed == 1)
    }

    @Test func forgetEndsTheHistoryThatCounts() {
        let result = convert([
            entry(1, ease: 3, kind: 0), entry(2, ease: 3, kind: 1), entry(3, ease: 0, kind: 4, factor: 0), entry(4, ease: 3, kind: 0),
        ])
        #expect(result.entries.map(\.source) == [.cram, .cram, .anki])
        #expect(result.counts.beforeReset == 2)
        #expect(result.counts.scheduleChanges == 1)
    }

    @Test func scheduleChangesAreNotAnswers() {
        let result = convert([entry(1, ease: 3, kind: 0), entry(2, ease: 0, kind: 4, factor: 2500), entry(3, ease: 0, kind: 5)])
        #expect(result.entries.count == 1)
        #expect(result.counts.scheduleChanges == 2)
    }

    @Test func deletedCardsAndCardsLeftOutAreCounted() {
        let result = convert(
            [entry(1, ease: 3, kind: 0, card: 10), entry(2, ease: 3, kind: 0, card: 99), entry(3, ease: 3, kind: 0, card: 11)],
            cards: [10, 11])
        #expect(result.entries.count == 1)
        #expect(result.counts.deletedCards == 1)
        #expect(result.counts.cardsLeftOut == 1)
    }

    @Test func unknownKindsAndButtons() {
        let result = convert([entry(1, ease: 7, kind: 1), entry(2, ease: 3, kind: 9)])
        #expect(result.entries.isEmpty)
        #expect(result.counts.unknown == 2)
    }
}
