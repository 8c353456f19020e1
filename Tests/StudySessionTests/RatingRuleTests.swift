import Facts
import Foundation
import Scheduling
import Testing

@testable import StudySession

@Suite struct RatingRuleTests {
    let rule = RatingRule()

    private func question(_ form: QuestionForm, prompt: String, answer: String, input: StudyQuestion.Input) -> StudyQuestion {
        StudyQuestion(
            card: SampleQuestions.card(.events, "e", "date"), form: form, prompt: prompt, input: input, answer: answer,
            explanation: ""
        ) { _ in Verdict(.correct, canonical: answer, given: nil) }
    }

    /// 8 words to read, 14 characters to type: 2 + 8 × 0.25 + 1 + 14 × 0.3 = 9.2 s.
    var typed: StudyQuestion {
        question(.typed, prompt: "When was order 9898 signed by the GKO?", answer: "23 August 1945", input: .typed)
    }

    /// 5 words of prompt and 4 of options: 2 + 9 × 0.25 + 1 = 5.25 s.
    var choice: StudyQuestion {
        question(
            .multipleChoice, prompt: "When was order 9898 signed?", answer: "1945",
            input: .choice(options: ["1945", "1946", "1944", "1947"]))
    }

    @Test func expectedTimeCountsReadingAndAnswering() {
        #expect(abs(rule.expectedTime(for: typed) - 9.2) < 1e-9)
        #expect(abs(rule.expectedTime(for: choice) - 5.25) < 1e-9)
    }

    @Test func wrongIsAgainWhateverTheTime() {
        let wrong = Verdict(.wrong, canonical: "x", given: "y")
        #expect(rule.rating(for: wrong, duration: 1, question: typed) == .again)
        #expect(rule.rating(for: wrong, duration: 100, question: choice) == .again)
    }

    @Test func aNearMissIsHard() {
        let near = Verdict(.nearMiss, canonical: "Beria", given: "Berya")
        #expect(rule.rating(for: near, duration: 1, question: typed) == .hard)
    }

    @Test func rightIsGoodRightAndSlowIsHard() {
        let right = Verdict(.correct, canonical: "x", given: "x")
        #expect(rule.rating(for: right, duration: 12, question: typed) == .good)
        #expect(rule.rating(for: right, duration: 23, question: typed) == .good)  // 2.5 × 9.2 = 23 is the edge
        #expect(rule.rating(for: right, duration: 23.1, question: typed) == .hard)
        #expect(rule.rating(for: right, duration: 14, question: choice) == .hard)
    }

    @Test func rightAndFastIsEasyOnlyOnARecallForm() {
        let right = Verdict(.correct, canonical: "x", given: "x")
        #expect(rule.rating(for: right, duration: 9.2, question: typed) == .easy)
        #expect(rule.rating(for: right, duration: 2, question: choice) == .good)
        var cloze = typed
        cloze.form = .cloze
        #expect(rule.rating(for: right, duration: 5, question: cloze) == .easy)
    }
}
