import Facts
import Foundation
import Scheduling
import SeededRandom
import StudySessionTestSupport
import Testing

@testable import StudySession

/// Line mode: the transcript a script sees, one answer per line.
@Suite struct LineFrontTests {
    let store = InMemoryStudyStore()
    let clock = ManualClock(sessionStart)

    private func run(_ lines: [String], options: (inout StudyOptions) -> Void = { _ in }) throws -> (String, StudySummary) {
        var studyOptions = StudyOptions(learner: "anna", title: "sample", timeZone: utc)
        options(&studyOptions)
        let session = StudySession(
            store: store, questions: SampleQuestions.standard, options: studyOptions, clock: clock.studyClock,
            generator: SeededGenerator(seed: 7))
        let steps = lines.flatMap { [ScriptedTerminal.Step.wait(2), .event(.line($0))] }
        let terminal = ScriptedTerminal(mode: .lines, steps: steps, clock: clock)
        let summary = try StudyRunner.run(session, on: terminal, palette: .plain)
        return (terminal.output, summary)
    }

    @Test func aWholeSessionAsATranscript() throws {
        let (output, summary) = try run(["1", "2", "s", "", "3"])
        let expected = """
            Recall: studying sample as anna: 4 new, 0 learning, 0 review.
            Answer with an option's number or by typing. A line with only u undoes, s buries, q quits, ? helps.

            [1/4] True or false · new card · sample/events/surrender/date
            True or false: 2 September 1945?
              1) True
              2) False
            (answer with a number from 1 to 2)
            Right: True
              When did Japan surrender: 2 September 1945.
              Good, answered in 2.0 s · back in 10 minutes

            [2/5] Multiple choice · new card · sample/events/order-9898/date
            When was order 9898 signed?
              1) 23 August 1945
              2) wrong 1
              3) wrong 2
              4) wrong 3
            (answer with a number from 1 to 4)
            Wrong. The answer: 23 August 1945 (you answered: wrong 1)
              When was order 9898 signed: 23 August 1945.
              Again, answered in 2.0 s · back in 1 minute

            [3/6] Multiple choice · new card · sample/people/beria/role
            Who ran the NKVD?
              1) Beria
              2) wrong 1
              3) wrong 2
              4) wrong 3
            (answer with a number from 1 to 4)
            Buried for the rest of this session.

            [3/5] Flashcard · new card · sample/cards/gupvi/back
            What was GUPVI?
            (press Enter to see the answer)
            Answer: The prisoner-of-war administration
            1 Again (1m) · 2 Hard (6m) · 3 Good (10m) · 4 Easy (8d)
            (grade yourself: 1–4)
            Good: back in 10 minutes

            [4/6] Multiple choice · learning · sample/events/order-9898/date
            When was order 9898 signed?
              1) 23 August 1945
              2) wrong 1
              3) wrong 2
              4) wrong 3
            (answer with a number from 1 to 4)

            Studied 3 cards in 10 s: 2 right (67%), 1 buried.
            A card you are learning comes back in 1 minute.
            Due: 3 cards still today.
            Streak: 1 study day in a row.

            """
        #expect(output == expected)
        #expect(summary.answered == 3)
        #expect(store.log.map(\.review.rating) == [.good, .again, .good])
    }

    @Test func typedAnswersAndRatingChanges() throws {
        let card = SampleQuestions.standard.items[2].card
        store.seed(
            card,
            CardState(
                phase: .review, step: nil, stability: 30, difficulty: 5, ease: 2.5, intervalDays: 30, due: sessionStart,
                lastReview: sessionStart.addingTimeInterval(-30 * 86_400), reps: 5, lapses: 0))
        let (output, _) = try run(["Berya", "=good", "q"], options: { $0.newLimit = 1 })
        #expect(output.contains("(type the answer)"))
        #expect(output.contains("Nearly right: Beria (you answered: Berya)"))
        #expect(output.contains("Hard, answered in 2.0 s · back in"))
        #expect(output.contains("Changed to Good · back in"))
        #expect(store.log.map(\.review.rating) == [.good])
    }

    @Test func undoAndHelpLines() throws {
        let (output, _) = try run(["1", "u", "?", "2"])
        #expect(output.contains("Undone: the last answer is forgotten, its question is asked again."))
        #expect(output.contains("A line with only u undoes the last answer"))
        #expect(store.log.count == 1)
        #expect(store.log[0].review.correct == false)
    }

    @Test func aLineThatIsNotAnOptionIsAskedAgain() throws {
        let (output, _) = try run(["7", "q"])
        #expect(output.contains("Answer with a number from 1 to 2 (or u, s, q, ?)."))
        #expect(store.log.isEmpty)
    }

    @Test func nothingDueEndsAtTheEndOfInputOrCramsOnC() throws {
        for item in SampleQuestions.standard.items {
            store.seed(
                item.card,
                CardState(
                    phase: .review, step: nil, stability: 30, difficulty: 5, ease: 2.5, intervalDays: 30,
                    due: sessionStart.addingTimeInterval(86_400 * 3), lastReview: sessionStart, reps: 5, lapses: 0))
        }
        let (quiet, _) = try run([])
        #expect(quiet.contains("Nothing is due now.\nThe next card is due in 3 days (Thu 5 Mar).\nDue: 4 cards later this week.\n"))
        #expect(quiet.contains("Studied 0 cards in 0 s."))
        let (cram, summary) = try run(["c", "Beria"])
        #expect(cram.contains("· cram · "))
        #expect(summary.cram)
        #expect(store.log.allSatisfy { $0.review.cram })
    }
}
