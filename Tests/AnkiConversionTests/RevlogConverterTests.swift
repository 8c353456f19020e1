import AnkiPackage
import Facts
import Foundation
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

    func moment(_ text: String) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: text))
    }

    @Test func aCardInReviewCarriesTheDueDateAnkiGaveIt() throws {
        // Created at 13:00 in UTC+1; study days begin at 04:00 there, 03:00 UTC.
        var collection = AnkiCollection(
            created: try moment("2026-01-01T12:00:00Z"), creationOffsetMinutes: -60, rolloverHour: 4,
            cards: [
                AnkiCard(id: 10, noteID: 1, deckID: 1, ordinal: 0, type: .review, queue: .review, due: 30, interval: 12),
                // In a filtered deck: the home deck's due date counts.
                AnkiCard(
                    id: 11, noteID: 2, deckID: 5, ordinal: 0, type: .review, queue: .review, due: -100_000, interval: 20, originalDue: 40,
                    originalDeckID: 1),
                AnkiCard(id: 12, noteID: 3, deckID: 1, ordinal: 0, type: .learning, queue: .learning, due: 1_767_300_000),
                AnkiCard(id: 13, noteID: 4, deckID: 1, ordinal: 0, type: .review, queue: .review, due: 30, interval: 12),
            ])
        let day = 86_400_000 as Int64
        let start = Int64(1_767_229_200_000)  // 2026-01-01T01:00:00Z
        collection.revlog = [
            entry(start, ease: 3, kind: 0), entry(start + 18 * day, ease: 3, kind: 1),
            entry(start, ease: 3, kind: 0, card: 11), entry(start + 20 * day, ease: 3, kind: 1, card: 11),
            entry(start, ease: 3, kind: 0, card: 12),
            // Only crammed: no answer the schedule could follow.
            entry(start, ease: 3, kind: 3, factor: 0, card: 13),
        ]
        let map = Dictionary(
            uniqueKeysWithValues: (10...13).map { id in
                (Int64(id), CardID(deck: "d", fact: FactID(.cards, "anki-\(id)"), slot: "back"))
            })
        let result = RevlogConverter(collection: collection, cardMap: map, learner: Self.anna).convert()
        #expect(result.schedules.map(\.card) == [map[10]!.description, map[11]!.description])
        #expect(
            result.schedules.map(\.due) == [
                try moment("2026-01-31T03:00:00Z"), try moment("2026-02-10T03:00:00Z"),
            ])
        #expect(result.schedules.map(\.intervalDays) == [12, 20])
        #expect(
            result.schedules.map(\.after) == [
                Date(timeIntervalSince1970: Double(start + 18 * day) / 1000), Date(timeIntervalSince1970: Double(start + 20 * day) / 1000),
            ])
    }

    /// The year of reviews Anki's own scheduler made (FSRS on, with a reset, a set due date, cramming and a
    /// deleted note), replayed by Recall's scheduler: the memory state is Anki's, and each card in review is
    /// due when Anki had it due.
    @Test func aYearOfAnkisReviewsReplaysToAnkisMemoryAndSchedule() throws {
        let package = try AnkiPackageReader(decoder: nil).read(path: AnkiFixtures.path("year-legacy.apkg"))
        let imported = try AnkiImport(package: package, packageName: "year-legacy.apkg", deckID: "year", path: "year.yaml")
        let converted = RevlogConverter(collection: package.collection, cardMap: imported.cardMap, learner: Self.anna).convert()
        let store = try ProgressStore.inMemory()
        try store.importReviews(converted.entries)
        let kept = try store.keep(converted.schedules, for: Self.anna)
        let expected = AnkiFixtures.expectedCards("year")
        #expect(expected.count == package.collection.cards.count)
        var compared = 0
        var inReview = 0
        var worstStability = 0.0
        var worstDifficulty = 0.0
        for card in expected {
            let id = try #require(card["id"] as? Int64)
            let name = try #require(imported.cardMap[id]).description
            guard let stability = card["stability"] as? Double, let difficulty = card["difficulty"] as? Double else { continue }
            let state = try #require(try store.cardState(of: name, for: Self.anna))
            let s = try #require(state.stability)
            let d = try #require(state.difficulty)
            worstStability = max(worstStability, abs(s - stability) / stability)
            worstDifficulty = max(worstDifficulty, abs(d - difficulty))
            compared += 1
            if card["type"] as? Int == 2, let due = card["due"] as? Int64 {
                inReview += 1
                #expect(state.due == package.collection.start(ofDay: due), "\(name)")
                #expect(state.intervalDays == card["ivl"] as? Int, "\(name)")
            }
        }
        #expect(compared >= 30)
        #expect(kept == inReview)
        // docs/anki.md gives the figures: Recall counts elapsed time in whole 24-hour periods, Anki in study days.
        #expect(worstStability < 0.08, "stability differs by up to \(worstStability * 100) %")
        #expect(worstDifficulty < 0.01, "difficulty differs by up to \(worstDifficulty)")
        #expect(try store.checkup(repair: false).isSound)
    }
}
