import Facts
import Foundation
import Scheduling
import SeededRandom
import StudySessionTestSupport
import Testing
import TextFormats

@testable import StudySession

/// Whole sessions driven key by key through a scripted terminal, read back from its emulated screen.
@Suite struct InteractiveFrontTests {
    let store = InMemoryStudyStore()
    let clock = ManualClock(sessionStart)

    private func run(
        _ steps: [ScriptedTerminal.Step], size: TerminalSize = TerminalSize(columns: 80, rows: 24),
        options: (inout StudyOptions) -> Void = { _ in }
    ) throws -> (ScriptedTerminal, StudySummary) {
        var studyOptions = StudyOptions(learner: "anna", title: "sample", timeZone: utc)
        options(&studyOptions)
        let session = StudySession(
            store: store, questions: SampleQuestions.standard, options: studyOptions, clock: clock.studyClock,
            generator: SeededGenerator(seed: 7))
        let terminal = ScriptedTerminal(mode: .interactive, size: size, steps: steps, clock: clock)
        let summary = try StudyRunner.run(session, on: terminal, palette: .plain)
        return (terminal, summary)
    }

    private func key(_ key: Key) -> ScriptedTerminal.Step { .event(.key(key)) }

    private func strongState() -> CardState {
        CardState(
            phase: .review, step: nil, stability: 30, difficulty: 5, ease: 2.5, intervalDays: 30, due: sessionStart,
            lastReview: sessionStart.addingTimeInterval(-30 * 86_400), reps: 5, lapses: 0)
    }

    @Test func choosingUndoingBuryingHelpResizeAndQuit() throws {
        let (terminal, summary) = try run([
            .wait(3), key(.character("1")),  // answer the first question: right
            key(.character("u")),  // undo it
            .wait(2), key(.character("1")),  // answer it again
            key(.enter),  // next question
            key(.character("s")),  // bury it
            key(.character("?")),  // help
            key(.character("x")),  // back
            .event(.resize(TerminalSize(columns: 50, rows: 30))),
            key(.character("q")),
        ])
        let screens = terminal.screensAtInput
        // The first question, with the header, its options and the keys.
        #expect(screens[0].contains("Recall · sample · anna"))
        #expect(screens[0].contains("0/4   new 4 · learning 0 · review 0"))
        #expect(screens[0].contains("When did Japan surrender?") || screens[0].contains("True or false"))
        #expect(screens[0].contains(" 1 "))
        #expect(screens[0].contains("q quit"))
        // The feedback: right, the explanation, the rating and when the card comes back.
        #expect(screens[1].contains("✓ Right: "))
        #expect(screens[1].contains("When did Japan surrender: 2 September 1945."))
        #expect(screens[1].contains("Good, answered in 3.0 s · back in 10 minutes"))
        // One answer done; the card comes back on its learning step, so it counts among those left.
        #expect(screens[1].contains("1/5   new 3 · learning 1 · review 0"))
        // Undo: the same question again, the count back to 0.
        #expect(screens[2].contains("Undone"))
        #expect(screens[2].contains("0/4"))
        #expect(screens[3].contains("✓ Right: "))
        // The next card, then buried.
        #expect(screens[4].contains("When was order 9898 signed?"))
        #expect(screens[5].contains("Buried for the rest of this session."))
        #expect(screens[6].contains("Keys"))
        #expect(screens[6].contains("bury this card for the rest of the session"))
        #expect(!screens[7].contains("Keys"))
        // After the resize the screen is drawn again at 50 columns.
        #expect(screens[8].split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 50 })
        #expect(screens[8].contains("Who ran the NKVD?"))
        // Quitting leaves the full screen and prints the summary.
        #expect(!terminal.screen.alternate)
        #expect(terminal.screen.text.contains("Studied 1 card in 5 s: 1 right (100%), 1 buried."))
        #expect(summary.answered == 1)
        #expect(store.log.count == 1)
        #expect(terminal.remainingSteps == 0)
    }

    @Test func typingAnAnswerWithCursorKeysAndUnicode() throws {
        store.seed(SampleQuestions.standard.items[2].card, strongState())
        let (terminal, _) = try run(
            [.wait(2)] + ScriptedTerminal.keys("Brия") + [
                key(.left), key(.left), key(.backspace),  // "Bия" with the cursor after B
                key(.character("e")), key(.character("r")),  // "Berия"
                key(.end), key(.backspace), key(.backspace), key(.character("i")), key(.character("a")),
                key(.escape), key(.character("u")),  // nothing to undo: the text stays
                key(.enter),
            ] + [key(.escape), key(.character("q"))],
            options: { $0.newLimit = 0 })
        let screens = terminal.screensAtInput
        #expect(screens[0].contains("Type the answer"))
        #expect(screens[0].contains("\n>\n"))
        #expect(screens[4].contains("> Brия"))
        #expect(screens[7].contains("> Bия"))
        #expect(screens[15].contains("Command: u undo"))
        #expect(screens[16].contains("Nothing to undo."))
        #expect(screens[16].contains("> Beria"))
        #expect(screens[17].contains("✓ Right: Beria"))
        #expect(screens[17].contains("Easy, answered in 2.0 s (fast)"))
        #expect(store.log.first?.review.answer == "Beria")
    }

    @Test func theCursorSitsAfterTheTypedTextCountingWideCharacters() throws {
        store.seed(SampleQuestions.standard.items[2].card, strongState())
        let terminal = ScriptedTerminal(mode: .interactive, steps: ScriptedTerminal.keys("東京"))
        let session = StudySession(
            store: store, questions: SampleQuestions.standard,
            options: StudyOptions(learner: "anna", title: "sample", newLimit: 0, timeZone: utc),
            clock: clock.studyClock, generator: SeededGenerator(seed: 7))
        try StudyRunner.run(session, on: terminal, palette: .plain)
        // Two wide characters after "> ": the cursor is at column 2 + 4.
        let row = terminal.screensAtInput[2].split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("> 東京") }
        #expect(row != nil)
    }

    @Test func lettersAndArrowsChooseToo() throws {
        let (terminal, _) = try run([key(.character("a")), key(.enter), key(.down), key(.down), key(.enter), key(.control("c"))])
        let screens = terminal.screensAtInput
        #expect(screens[1].contains("✓ Right"))
        #expect(screens[3].contains(" › 1  23 August 1945"))
        #expect(screens[4].contains(" › 2  wrong 1"))
        #expect(screens[5].contains("✗ Wrong. The answer: 23 August 1945"))
        #expect(screens[5].contains("you answered wrong 1"))
        #expect(screens[5].contains("Again"))
        #expect(store.log.map(\.review.rating) == [.good, .again])
    }

    @Test func theRatingCanBeChangedAfterTheFeedback() throws {
        let (terminal, _) = try run([key(.character("1")), key(.character("4")), key(.control("d"))])
        #expect(terminal.screensAtInput[2].contains("Easy (changed from Good)"))
        #expect(store.log.map(\.review.rating) == [.easy])
    }

    @Test func flashcardsShowTheBackAndTheButtonsIntervals() throws {
        let (terminal, _) = try run([key(.character(" ")), key(.character("2")), key(.character("q"))], options: { $0.flashcards = true })
        let screens = terminal.screensAtInput
        #expect(screens[0].contains("Flashcard"))
        #expect(screens[0].contains("Space or Enter show the answer"))
        #expect(screens[1].contains("2 September 1945"))
        #expect(screens[1].contains("1 Again"))
        #expect(screens[1].contains("1m"))  // Again: the one-minute step
        #expect(screens[1].contains("10m"))  // Good: the ten-minute step
        #expect(screens[2].contains("Hard: back in 6 minutes"))
        #expect(store.log.map(\.review.rating) == [.hard])
    }

    @Test func nothingDueOffersCram() throws {
        for item in SampleQuestions.standard.items {
            var state = strongState()
            state.due = sessionStart.addingTimeInterval(2 * 86_400)
            store.seed(item.card, state)
        }
        let (terminal, summary) = try run([key(.character("c")), key(.character("q"))])
        #expect(terminal.screensAtInput[0].contains("Nothing is due now."))
        #expect(terminal.screensAtInput[0].contains("The next card is due in 2 days (Wed 4 Mar).\nDue: 4 cards later this week."))
        #expect(terminal.screensAtInput[1].contains("cram (schedule unchanged)"))
        #expect(summary.cram)
    }

    @Test func endOfInputEndsTheSessionAndRestoresTheScreen() throws {
        let (terminal, summary) = try run([])
        #expect(summary.answered == 0)
        #expect(!terminal.screen.alternate)
        #expect(terminal.screen.cursorVisible)
        #expect(terminal.output.hasPrefix(ScreenControl.enter))
    }

    @Test func aStoreErrorStillRestoresTheScreen() throws {
        struct Locked: Error {}
        store.failNextWrite = Locked()
        let session = StudySession(
            store: store, questions: SampleQuestions.standard, options: StudyOptions(learner: "anna", title: "sample", timeZone: utc),
            clock: clock.studyClock, generator: SeededGenerator(seed: 7))
        let terminal = ScriptedTerminal(mode: .interactive, steps: [key(.character("1"))])
        #expect(throws: Locked.self) { try StudyRunner.run(session, on: terminal, palette: .plain) }
        #expect(!terminal.screen.alternate)
    }
}
