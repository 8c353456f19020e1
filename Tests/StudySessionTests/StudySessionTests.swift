import Facts
import Foundation
import Scheduling
import SeededRandom
import StudySessionTestSupport
import Testing

@testable import StudySession

@Suite struct StudySessionTests {
    let store = InMemoryStudyStore()
    let clock = ManualClock(sessionStart)
    let questions = SampleQuestions.standard

    private func session(_ options: (inout StudyOptions) -> Void = { _ in }) -> StudySession {
        var studyOptions = StudyOptions(learner: "anna", title: "sample", timeZone: utc)
        options(&studyOptions)
        return StudySession(
            store: store, questions: questions, options: studyOptions, clock: clock.studyClock, generator: SeededGenerator(seed: 7))
    }

    private func asked(_ session: StudySession) throws -> AskedQuestion {
        guard case .asking(let asked) = session.phase else {
            Issue.record("expected a question, got \(session.phase)")
            throw CancellationError()
        }
        return asked
    }

    private func feedback(_ session: StudySession) throws -> Feedback {
        guard case .feedback(let feedback) = session.phase else {
            Issue.record("expected feedback, got \(session.phase)")
            throw CancellationError()
        }
        return feedback
    }

    /// A state in review with the given stability, last reviewed a day ago and due now.
    private func reviewState(stability: Double, due: Date = sessionStart) -> CardState {
        CardState(
            phase: .review, step: nil, stability: stability, difficulty: 5, ease: 2.5, intervalDays: Int(stability),
            due: due, lastReview: sessionStart.addingTimeInterval(-86_400 * stability), reps: 4, lapses: 0)
    }

    /// The right response to a sample question.
    private func right(_ question: StudyQuestion) -> Response {
        switch question.input {
        case .choice: .choice(0)
        case .typed: .typed(question.answer)
        case .reveal: .selfGraded(.good)
        default: .ordering([])
        }
    }

    @Test func startsWithNewCardsAskedByRecognition() throws {
        let session = session()
        try session.start()
        let first = try asked(session)
        #expect(first.question.card == questions.items[0].card)
        #expect(first.question.form.isRecognition)
        #expect(first.state == nil)
        #expect(session.counts == StudyCounts(new: 4, learning: 0, review: 0, done: 0))
    }

    @Test func anAnswerIsCommittedBeforeItsFeedbackIsShown() throws {
        let session = session()
        try session.start()
        let question = try asked(session).question
        clock.advance(by: 3)
        try session.answer(.choice(0))
        let feedback = try feedback(session)
        // The store holds the review the feedback speaks of.
        #expect(store.log.count == 1)
        #expect(store.log[0] == feedback.recorded)
        #expect(store.log[0].review.card == question.card)
        #expect(store.log[0].review.duration == 3)
        #expect(store.log[0].review.correct == true)
        #expect(store.log[0].review.answer == question.answer)
        #expect(feedback.verdict?.outcome == .correct)
        // Right on a recognition form is Good: a new card then waits 10 minutes on its learning step.
        #expect(feedback.rating == .good)
        #expect(feedback.recorded.after.phase == .learning)
        #expect(feedback.recorded.after.due == sessionStart.addingTimeInterval(3 + 600))
        #expect(session.comesBack(feedback) == "back in 10 minutes")
        #expect(session.counts == StudyCounts(new: 3, learning: 1, review: 0, done: 1))
    }

    @Test func aWrongAnswerIsAgainAndTheCardComesBackWhenDue() throws {
        let session = session()
        try session.start()
        let missed = try asked(session).question.card
        try session.answer(.choice(1))
        #expect(try feedback(session).rating == .again)
        #expect(try feedback(session).verdict?.outcome == .wrong)
        // The other three cards come first …
        var seen: [CardID] = []
        try session.proceed()
        for _ in 0..<3 {
            let question = try asked(session).question
            seen.append(question.card)
            try session.answer(right(question))
            if case .feedback = session.phase { try session.proceed() }
        }
        #expect(!seen.contains(missed))
        // … then, with nothing else left, the missed card is shown: due a minute after it was missed, it is
        // within the 20-minute learn-ahead limit.
        let again = try asked(session)
        #expect(again.question.card == missed)
        #expect(again.state?.phase == .learning)
    }

    @Test func undoRestoresTheStateAndTheLogExactlyAndAsksTheCardAgain() throws {
        // Given a card studied before
        let card = questions.items[1].card
        let before = reviewState(stability: 2)
        store.seed(card, before)
        let session = session { $0.newLimit = 0 }
        try session.start()
        let question = try asked(session).question
        #expect(question.card == card)
        // When it is answered and the answer undone
        try session.answer(.choice(3))
        #expect(store.states[card] != before)
        try session.undo()
        // Then the store is as it was, and the card is on screen again
        #expect(store.log.isEmpty)
        #expect(store.states[card] == before)
        #expect(try asked(session).question.card == card)
        #expect(try asked(session).question.prompt == question.prompt)
        #expect(try asked(session).question.form == question.form)
        #expect(try asked(session).state == before)
        #expect(session.counts.done == 0)
    }

    @Test func undoFromTheNextQuestionGoesBackOneCard() throws {
        let session = session()
        try session.start()
        let first = try asked(session).question.card
        try session.answer(.choice(0))
        try session.proceed()
        let second = try asked(session).question.card
        try session.undo()
        #expect(try asked(session).question.card == first)
        #expect(store.log.isEmpty)
        #expect(store.states.isEmpty)
        // The card that was on screen comes next.
        try session.answer(.choice(0))
        try session.proceed()
        #expect(try asked(session).question.card == second)
    }

    @Test func undoWithNothingAnsweredSaysSo() throws {
        let session = session()
        try session.start()
        try session.undo()
        #expect(session.notice == "Nothing to undo.")
        #expect(try asked(session).question.card == questions.items[0].card)
    }

    @Test func changingTheRatingReplacesTheReview() throws {
        let session = session()
        try session.start()
        let card = try asked(session).question.card
        try session.answer(.choice(0))
        try session.rate(.easy)
        let feedback = try feedback(session)
        #expect(feedback.rating == .easy)
        #expect(feedback.gradedRating == .good)
        #expect(store.log.count == 1)
        #expect(store.log[0].review.rating == .easy)
        let expected = store.scheduler.review(
            .new(createdAt: sessionStart), rating: .easy, at: sessionStart,
            fuzzSeed: FuzzSeed.derive(cardID: card.description, reviewCount: 0))
        #expect(store.states[card] == expected)
        // Easy graduates a new card at once: it no longer waits in today's learning queue.
        #expect(session.counts.learning == 0)
    }

    @Test func buryingKeepsTheCardAwayUntilTheNextStudyDay() throws {
        let session = session()
        try session.start()
        let card = try asked(session).question.card
        try session.bury()
        #expect(store.buried[card] == StudyDay(containing: sessionStart, timeZone: utc).end)
        #expect(session.notice == "Buried for the rest of this session.")
        #expect(try asked(session).question.card != card)
        #expect(store.log.isEmpty)
        // A new session the same day leaves it out.
        let later = self.session()
        try later.start()
        #expect(try asked(later).question.card != card)
        #expect(later.counts.new == 3)
    }

    @Test func cramLogsAnswersWithoutTouchingTheSchedule() throws {
        // Given cards studied and not due for days
        for item in questions.items {
            store.seed(item.card, reviewState(stability: 20, due: sessionStart.addingTimeInterval(5 * 86_400)))
        }
        let states = store.states
        let session = session { $0.cram = true }
        try session.start()
        #expect(session.isCramming)
        // When every card is answered, one wrongly
        try session.answer(.choice(1))
        #expect(try feedback(session).isCram)
        #expect(session.comesBack(try feedback(session)).hasPrefix("cram, schedule unchanged"))
        try session.proceed()
        while case .asking(let asked) = session.phase {
            try session.answer(right(asked.question))
            if case .feedback = session.phase { try session.proceed() }
        }
        // Then every answer is logged as cram, the wrong one twice (it came back until right), and no state moved
        #expect(store.log.count == 5)
        #expect(store.log.allSatisfy { $0.review.cram })
        #expect(store.states == states)
        guard case .finished(let summary) = session.phase else { throw CancellationError() }
        #expect(summary.cram)
        #expect(summary.answered == 5)
        #expect(summary.right == 4)
    }

    @Test func nothingDueSaysWhenTheNextCardIsDue() throws {
        let due = sessionStart.addingTimeInterval(3 * 86_400)
        for item in questions.items {
            store.seed(item.card, reviewState(stability: 20, due: due))
        }
        let session = session()
        try session.start()
        guard case .nothingDue(let nothing) = session.phase else {
            Issue.record("expected nothing due, got \(session.phase)")
            return
        }
        #expect(nothing.outlook.nextDue == due)
        #expect(nothing.outlook.dueThisWeek == 4)
        // Cram is offered and works from there.
        try session.startCram()
        #expect(try asked(session).isCram)
    }

    @Test func theLimitEndsTheSessionAfterThatManyAnswers() throws {
        let session = session { $0.limit = 2 }
        try session.start()
        #expect(session.counts.left == 2)
        for _ in 0..<2 {
            try session.answer(right(try asked(session).question))
            if case .feedback = session.phase { try session.proceed() }
        }
        guard case .finished(let summary) = session.phase else {
            Issue.record("expected the end, got \(session.phase)")
            return
        }
        #expect(summary.answered == 2)
    }

    @Test func newLimitReplacesTheDailyNewCardLimit() throws {
        store.limits.newPerDay = 1
        let wide = session { $0.newLimit = 3 }
        try wide.start()
        #expect(wide.counts.new == 3)
        let daily = session()
        try daily.start()
        #expect(daily.counts.new == 1)
    }

    @Test func strongCardsAreTypedAndAFastRightAnswerIsEasy() throws {
        let card = questions.items[2].card  // "Who ran the NKVD?" — "Beria"
        store.seed(card, reviewState(stability: 30))
        let session = session { $0.newLimit = 0 }
        try session.start()
        let question = try asked(session).question
        #expect(question.form == .typed)
        clock.advance(by: 4)
        try session.answer(.typed("beria"))
        #expect(try feedback(session).rating == .easy)
        #expect(try feedback(session).pace == .fast)
    }

    @Test func aNearMissIsHard() throws {
        let card = questions.items[2].card
        store.seed(card, reviewState(stability: 30))
        let session = session { $0.newLimit = 0 }
        try session.start()
        try session.answer(.typed("Berya"))
        #expect(try feedback(session).verdict?.outcome == .nearMiss)
        #expect(try feedback(session).rating == .hard)
        #expect(store.log[0].review.correct == true)
    }

    @Test func aFlashcardShowsEachButtonsIntervalAndGoesStraightOn() throws {
        let card = questions.items[3].card
        let session = session { $0.flashcards = true }
        try session.start()
        // The first three cards have no flashcard but a typed form: shown as front and back.
        let first = try asked(session)
        #expect(first.question.card == questions.items[0].card)
        guard case .reveal(let back) = first.question.input else {
            Issue.record("expected a flashcard")
            return
        }
        #expect(back == questions.items[0].answer)
        for _ in 0..<3 {
            try session.answer(.selfGraded(.good))
        }
        let flashcard = try asked(session)
        #expect(flashcard.question.card == card)
        #expect(!flashcard.revealed)
        session.reveal()
        let revealed = try asked(session)
        #expect(revealed.revealed)
        let seed = FuzzSeed.derive(cardID: card.description, reviewCount: 0)
        #expect(revealed.previews == store.scheduler.preview(.new(createdAt: sessionStart), at: sessionStart, fuzzSeed: seed))
        #expect(revealed.previews[.again]?.due == sessionStart.addingTimeInterval(60))
        try session.answer(.selfGraded(.hard))
        #expect(store.log.last?.review.rating == .hard)
        #expect(store.log.last?.review.correct == nil)
        #expect(session.notice == "Hard: back in 6 minutes")
    }

    @Test func aFailedWriteLeavesTheQuestionOnScreen() throws {
        struct DiskFull: Error {}
        let session = session()
        try session.start()
        let card = try asked(session).question.card
        store.failNextWrite = DiskFull()
        #expect(throws: DiskFull.self) { try session.answer(.choice(0)) }
        #expect(try asked(session).question.card == card)
        #expect(store.log.isEmpty)
        #expect(session.counts.done == 0)
    }

    @Test func theSummaryCountsAnswersTimeAndTheStreak() throws {
        let session = session()
        try session.start()
        clock.advance(by: 5)
        try session.answer(.choice(0))
        try session.proceed()
        clock.advance(by: 5)
        try session.answer(.choice(1))
        try session.finish()
        guard case .finished(let summary) = session.phase else { throw CancellationError() }
        #expect(summary.answered == 2)
        #expect(summary.right == 1)
        #expect(summary.rightPercent == 50)
        #expect(summary.duration == 10)
        #expect(summary.outlook.streak == 1)
        #expect(summary.learningDue == sessionStart.addingTimeInterval(10 + 60))
        #expect(summary.outlook.nextDue == sessionStart.addingTimeInterval(10 + 60))
    }

    @Test func theSameSeedAsksTheSameWay() throws {
        func forms() throws -> [QuestionForm] {
            let store = InMemoryStudyStore()
            let session = StudySession(
                store: store, questions: questions, options: StudyOptions(learner: "a", title: "t", timeZone: utc),
                clock: ManualClock(sessionStart).studyClock, generator: SeededGenerator(seed: 42))
            try session.start()
            var forms: [QuestionForm] = []
            while case .asking(let asked) = session.phase {
                forms.append(asked.question.form)
                try session.answer(right(asked.question))
                if case .feedback = session.phase { try session.proceed() }
            }
            return forms
        }
        let first = try forms()
        // Not vacuous: the session asks every new card, in more than one form, and a second run asks the same.
        #expect(first.count >= questions.items.count)
        #expect(Set(first).count > 1)
        #expect(try forms() == first)
    }
}
