import Printing
import Testing

struct AikenRendererTests {
    @Test func matchesItsGoldenFile() throws {
        let export = AikenRenderer().render(SampleQuiz.make(versions: 2))
        try Snapshot.check(export.text, named: "sample.aiken.txt")
    }

    @Test func listsTheQuestionsItCannotHold() {
        let quiz = SampleQuiz.make(versions: 1)
        let export = AikenRenderer().render(quiz)
        let left = Set(export.skipped.map(\.kind))
        #expect(left == [.typed, .cloze, .matching, .ordering, .flashcard])
        let message = export.skippedMessage ?? ""
        for p in export.skipped {
            #expect(message.contains("\(p.number) (\(p.kind.rawValue))"))
        }
        #expect(!export.text.contains("Put these events"))
    }

    @Test func putsEachQuestionAndOptionOnOneLine() {
        var question = SampleBank.questions[0]
        question.prompt = "When did Stalin\nissue   the order?"
        let quiz = Quiz(
            title: "t", deck: "d", deckTitle: "d", seed: 1, date: nil, questions: [question],
            versions: [
                QuizVersion(
                    name: "A", items: [QuizItem(number: 1, question: question.id, options: question.options, key: .letter("A"), points: 1)])
            ])
        #expect(
            AikenRenderer().render(quiz).text == """
                When did Stalin issue the order?
                A. 23 August 1945
                B. 9 August 1945
                C. 1 September 1945
                D. 15 August 1945
                ANSWER: A

                """)
    }
}
