import Foundation
import Scheduling
import SeededRandom
import Testing

@testable import StudySession

@Suite struct FormChooserTests {
    let chooser = FormChooser()
    let all: [QuestionForm] = [.multipleChoice, .trueFalse, .matching, .cloze, .typed]

    private func review(stability: Double) -> CardState {
        var state = CardState.new(createdAt: sessionStart)
        state.phase = .review
        state.step = nil
        state.stability = stability
        state.lastReview = sessionStart
        state.reps = 3
        return state
    }

    @Test func newAndLearningCardsAreAskedByRecognition() {
        var generator = SeededGenerator(seed: 1)
        var learning = CardState.new(createdAt: sessionStart)
        learning.phase = .learning
        for _ in 0..<50 {
            #expect(chooser.choose(from: all, state: nil, lastForm: nil, flashcards: false, using: &generator)?.isRecognition == true)
            #expect(chooser.choose(from: all, state: learning, lastForm: nil, flashcards: false, using: &generator)?.isRecognition == true)
            #expect(
                chooser.choose(from: all, state: review(stability: 2), lastForm: nil, flashcards: false, using: &generator)?.isRecognition
                    == true)
        }
    }

    @Test func strongCardsAreAskedByRecall() {
        var generator = SeededGenerator(seed: 2)
        for _ in 0..<50 {
            #expect(
                chooser.choose(from: all, state: review(stability: 30), lastForm: nil, flashcards: false, using: &generator)?.isRecall
                    == true)
        }
    }

    @Test func neverTheSameFormTwiceRunningWhenAnotherExists() {
        var generator = SeededGenerator(seed: 3)
        var seen: Set<QuestionForm> = []
        for _ in 0..<100 {
            let form = chooser.choose(from: all, state: review(stability: 30), lastForm: .typed, flashcards: false, using: &generator)
            #expect(form == .cloze)
            let weak = chooser.choose(from: all, state: nil, lastForm: .multipleChoice, flashcards: false, using: &generator)
            #expect(weak != .multipleChoice)
            seen.insert(weak!)
        }
        #expect(seen == [.trueFalse])
        // With only one form in the group, it is asked again rather than switching group.
        #expect(
            chooser.choose(from: [.multipleChoice, .typed], state: nil, lastForm: .multipleChoice, flashcards: false, using: &generator)
                == .multipleChoice)
    }

    @Test func aCardNeverSeenIsMetInMultipleChoiceOrTrueFalse() {
        var generator = SeededGenerator(seed: 6)
        var learning = CardState.new(createdAt: sessionStart)
        learning.phase = .learning
        learning.reps = 1
        var forms: Set<QuestionForm> = []
        var later: Set<QuestionForm> = []
        for _ in 0..<100 {
            forms.insert(chooser.choose(from: all, state: nil, lastForm: nil, flashcards: false, using: &generator)!)
            later.insert(chooser.choose(from: all, state: learning, lastForm: nil, flashcards: false, using: &generator)!)
        }
        #expect(forms == [.multipleChoice, .trueFalse])
        #expect(later == [.multipleChoice, .trueFalse, .matching])
        // A card with only a matching question is still asked.
        #expect(chooser.choose(from: [.matching, .typed], state: nil, lastForm: nil, flashcards: false, using: &generator) == .matching)
    }

    @Test func fallsBackToTheOtherGroupThenToFlashcards() {
        var generator = SeededGenerator(seed: 4)
        #expect(chooser.choose(from: [.typed], state: nil, lastForm: nil, flashcards: false, using: &generator) == .typed)
        #expect(
            chooser.choose(from: [.multipleChoice], state: review(stability: 50), lastForm: nil, flashcards: false, using: &generator)
                == .multipleChoice)
        #expect(chooser.choose(from: [.flashcard], state: nil, lastForm: nil, flashcards: false, using: &generator) == .flashcard)
        #expect(chooser.choose(from: [], state: nil, lastForm: nil, flashcards: false, using: &generator) == nil)
    }

    @Test func flashcardModePrefersTheCardsOwnFrontAndBackThenARecallForm() {
        var generator = SeededGenerator(seed: 5)
        #expect(chooser.choose(from: [.flashcard, .typed], state: nil, lastForm: nil, flashcards: true, using: &generator) == .flashcard)
        #expect(chooser.choose(from: [.multipleChoice, .typed], state: nil, lastForm: nil, flashcards: true, using: &generator) == .typed)
    }

    @Test func theSameSeedGivesTheSameChoices() {
        var a = SeededGenerator(seed: 9)
        var b = SeededGenerator(seed: 9)
        let first = (0..<20).map { _ in chooser.choose(from: all, state: nil, lastForm: nil, flashcards: false, using: &a) }
        let second = (0..<20).map { _ in chooser.choose(from: all, state: nil, lastForm: nil, flashcards: false, using: &b) }
        #expect(first == second)
    }
}
