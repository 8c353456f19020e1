import Facts
import Foundation
import ProgressStore
import Scheduling
import SeededRandom
import StudySessionTestSupport
import Testing

@testable import StudySession
@testable import StudyStorage

/// The session's storage over a real (in-memory) progress store.
@Suite struct ProgressStoreAdapterTests {
    let store: ProgressStore
    let adapter: ProgressStoreAdapter
    let learner = LearnerName("anna")!
    let cards = SampleQuestions.standard.cards

    init() throws {
        store = try ProgressStore.inMemory()
        adapter = ProgressStoreAdapter(store: store, learner: learner)
    }

    private func review(_ card: CardID, _ rating: Rating, at moment: Date = sessionStart, cram: Bool = false) -> StudyReview {
        StudyReview(
            card: card, form: .typed, rating: rating, reviewedAt: moment, duration: 4.25, answer: "Beria", correct: rating != .again,
            cram: cram)
    }

    @Test func recordCommitsTheReviewAndTheNewState() throws {
        let card = cards[2].id
        let recorded = try adapter.record(review(card, .good))
        #expect(recorded.before == nil)
        #expect(recorded.after.phase == .learning)
        #expect(try store.cardState(of: card.description, for: learner) == recorded.after)
        let history = try store.history(of: card.description, for: learner)
        #expect(history.count == 1)
        #expect(history[0].id == recorded.id)
        #expect(history[0].questionForm == "typed")
        #expect(history[0].answer == "Beria")
        #expect(history[0].correct == true)
        #expect(history[0].durationMs == 4250)
        #expect(history[0].source == .study)
        #expect(try adapter.lastForm(of: card) == .typed)
    }

    @Test func theLastFormIsReadAheadOrOnDemand() throws {
        let card = cards[0].id
        var cloze = review(card, .good)
        cloze.form = .cloze
        _ = try adapter.record(cloze)
        #expect(try adapter.lastForm(of: card) == .cloze)
        // Another session reads it from the log, ahead of time or when asked.
        let ahead = ProgressStoreAdapter(store: store, learner: learner)
        ahead.prepare([card, cards[1].id])
        ahead.waitUntilPrepared()
        #expect(try ahead.lastForm(of: card) == .cloze)
        #expect(try ahead.lastForm(of: cards[1].id) == nil)
        let later = ProgressStoreAdapter(store: store, learner: learner)
        #expect(try later.lastForm(of: card) == .cloze)
        // An undone review's form is forgotten.
        let typed = try later.record(review(card, .good, at: sessionStart.addingTimeInterval(700)))
        #expect(try later.lastForm(of: card) == .typed)
        try later.undo(typed)
        #expect(try later.lastForm(of: card) == .cloze)
    }

    @Test func undoPutsTheStateBackExactly() throws {
        let card = cards[0].id
        let first = try adapter.record(review(card, .good))
        let second = try adapter.record(review(card, .again, at: sessionStart.addingTimeInterval(700)))
        #expect(second.before == first.after)
        try adapter.undo(second)
        #expect(try store.cardState(of: card.description, for: learner) == first.after)
        #expect(try store.history(of: card.description, for: learner).map(\.id) == [first.id])
        try adapter.undo(first)
        #expect(try store.cardState(of: card.description, for: learner) == nil)
    }

    @Test func aChangedRatingLeavesOneReviewAndTheStateItGives() throws {
        // Given an answer rated Again
        let card = cards[0].id
        let recorded = try adapter.record(review(card, .again))
        // When the learner changes it to Easy
        let replaced = try adapter.replace(recorded, with: review(card, .easy))
        // Then the log holds only the Easy review, and the card is where an Easy answer puts it
        #expect(try store.history(of: card.description, for: learner).map(\.rating) == [.easy])
        #expect(replaced.before == nil)
        let fresh = try ProgressStore.inMemory()
        let direct = try ProgressStoreAdapter(store: fresh, learner: learner).record(review(card, .easy))
        #expect(try store.cardState(of: card.description, for: learner) == direct.after)
    }

    @Test func cramIsLoggedButChangesNothing() throws {
        let card = cards[1].id
        let studied = try adapter.record(review(card, .good))
        let cram = try adapter.record(review(card, .again, at: sessionStart.addingTimeInterval(60), cram: true))
        #expect(cram.after == studied.after)
        #expect(try store.cardState(of: card.description, for: learner) == studied.after)
        #expect(try store.history(of: card.description, for: learner).map(\.source) == [.study, .cram])
    }

    @Test func thePlanIsTodaysQueueWithTheLearnersScheduler() throws {
        try store.set(.newPerDay, to: "2", for: .learner(learner))
        try store.set(.desiredRetention, to: "0.85", for: .learner(learner))
        let plan = try adapter.plan(for: cards, now: sessionStart, timeZone: utc, newLimit: nil)
        #expect(plan.queue.new.map(\.cardID) == cards.prefix(2).map(\.id.description))
        #expect(plan.scheduler.parameters.desiredRetention == 0.85)
        // --new 1 trims, --new 3 goes past the day's limit.
        #expect(try adapter.plan(for: cards, now: sessionStart, timeZone: utc, newLimit: 1).queue.new.count == 1)
        #expect(
            try adapter.plan(for: cards, now: sessionStart, timeZone: utc, newLimit: 3).queue.new.map(\.cardID)
                == cards.prefix(3).map(\.id.description))
    }

    @Test func newCardsPastTheLimitSkipStudiedCardsAndTheirSiblings() throws {
        // Given two cards of one fact, one of them studied today
        let sibling = CardID(deck: "sample", fact: FactID(.events, "surrender"), slot: "who")
        let all = cards + [StudyCard(id: sibling)]
        try store.set(.newPerDay, to: "0", for: .learner(learner))
        _ = try adapter.record(review(cards[0].id, .easy))
        // When more new cards are asked for than the day allows
        let plan = try adapter.plan(for: all, now: sessionStart.addingTimeInterval(60), timeZone: utc, newLimit: 10)
        // Then neither the studied card nor its sibling is among them
        #expect(plan.queue.new.map(\.cardID) == cards.dropFirst().map(\.id.description))
    }

    @Test func aBuriedCardIsLeftOutOfLaterPlans() throws {
        try adapter.bury(cards[0].id, until: sessionStart.addingTimeInterval(3600))
        let plan = try adapter.plan(for: cards, now: sessionStart, timeZone: utc, newLimit: nil)
        #expect(!plan.queue.cards.contains { $0.cardID == cards[0].id.description })
        let later = try adapter.plan(for: cards, now: sessionStart.addingTimeInterval(7200), timeZone: utc, newLimit: nil)
        #expect(later.queue.cards.contains { $0.cardID == cards[0].id.description })
    }

    @Test func aBuriedCardStaysOutOfTheNextSessionUntilItsTimeIsUp() throws {
        // Given a card buried in one session
        try adapter.bury(cards[0].id, until: sessionStart.addingTimeInterval(3600))
        // When the learner starts another session on the same progress file
        let next = ProgressStoreAdapter(store: store, learner: learner)
        // Then it is still left out, until its time is up
        let plan = try next.plan(for: cards, now: sessionStart.addingTimeInterval(60), timeZone: utc, newLimit: nil)
        #expect(!plan.queue.cards.contains { $0.cardID == cards[0].id.description })
        let later = try next.plan(for: cards, now: sessionStart.addingTimeInterval(7200), timeZone: utc, newLimit: nil)
        #expect(later.queue.cards.contains { $0.cardID == cards[0].id.description })
    }

    @Test func theOutlookCountsDueCardsAndTheStreak() throws {
        let yesterday = sessionStart.addingTimeInterval(-86_400)
        _ = try adapter.record(review(cards[0].id, .easy, at: yesterday))
        _ = try adapter.record(review(cards[1].id, .good))
        let outlook = try adapter.outlook(for: cards, now: sessionStart.addingTimeInterval(1), timeZone: utc)
        #expect(outlook.streak == 2)
        #expect(!outlook.streakAtLeast)
        #expect(outlook.dueToday == 1)  // the learning card, back in 10 minutes
        #expect(outlook.dueThisWeek >= 1)
    }

    @Test func theNextDueDateIsFoundWhenNothingIsDueThisWeek() throws {
        let card = cards[2].id
        // Easy on a new card, then Easy again at its due date a few times: an interval beyond a week.
        var moment = sessionStart
        for _ in 0..<3 {
            let recorded = try adapter.record(review(card, .easy, at: moment))
            moment = recorded.after.due
        }
        let outlook = try adapter.outlook(for: cards, now: sessionStart.addingTimeInterval(60), timeZone: utc)
        if outlook.dueThisWeek == 0 {
            #expect(outlook.nextDue == moment)
        } else {
            #expect(outlook.nextDue == nil)
        }
    }

    @Test func aWholeSessionOnTheSiberianDeckKeepsEveryAnswer() throws {
        // Given the shipped deck and an empty progress file
        let deck = try DeckQuestionsTests.siberian()
        let clock = ManualClock(sessionStart)
        let session = StudySession(
            store: adapter, questions: DeckQuestions(decks: [deck], referenceYear: 2026),
            options: StudyOptions(learner: "anna", title: deck.id, timeZone: utc), clock: clock.studyClock,
            generator: SeededGenerator(seed: 1))
        // When a learner answers every question the way a script would, a few seconds apart
        let terminal = ScriptedTerminal(mode: .lines, clock: clock)
        var answered = 0
        terminal.respond = { terminal in
            answered += 1
            return answered > 40 ? [] : [.wait(3), .event(.line(LineAnswerer.answer(after: terminal.output)))]
        }
        let summary = try StudyRunner.run(session, on: terminal, palette: .plain)
        // Then every answer whose feedback was printed is in the log, and the two counts agree
        let output = terminal.output.split(separator: "\n")
        let feedback = output.filter { ($0.hasPrefix("  ") && $0.contains(", answered in ")) || $0.hasPrefix("Good: ") }
        let reviews = try store.exportReviews(learner: learner)
        #expect(summary.answered > 20)
        #expect(reviews.count == summary.answered)
        #expect(feedback.count == reviews.count)
        let deckCards = Set(DeckQuestions(decks: [deck], referenceYear: 2026).cards.map(\.id.description))
        #expect(reviews.allSatisfy { deckCards.contains($0.card) })
        #expect(Set(reviews.compactMap(\.questionForm)).count >= 3)
    }
}
