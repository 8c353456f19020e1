import Facts
import Questions
import Scheduling
import SeededRandom
import Testing

@testable import Printing

/// How the LMS formats take written answers and numbers.
@Suite struct LMSExportTests {
    @Test func numbersAreWrittenOutWithEveryDigit() {
        #expect(LMSExport.number(575_000) == "575000")
        #expect(LMSExport.number(-273.15) == "-273.15")
        #expect(LMSExport.number(6.02214076e23) == "602214076000000000000000")
        #expect(LMSExport.number(1.602176634e-19) == "0.0000000000000000001602176634")
    }

    func written(_ answer: String, check: AnswerSpec.Reading, date: String? = nil) -> LMSExport.Written {
        let q = Question(
            id: "d/cards/c/back/typed/front-back", card: CardID(deck: "d", fact: FactID(.cards, "c"), slot: "back"),
            fact: FactID(.cards, "c"), kind: .typed, focus: .frontBack, prompt: "What?", answer: .accepted([answer]),
            check: AnswerSpec(type: check, date: date), explanation: "", difficulty: 0.5)
        return LMSExport.written(QuizQuestion(q))
    }

    @Test func anAnswerNoOneCouldTypeWordForWordIsMarkedByHand() {
        #expect(
            written("The net force on a body equals its mass times its acceleration (F = ma).", check: .text)
                == .essay(answer: "The net force on a body equals its mass times its acceleration (F = ma)."))
        #expect(written("China (its northeast)", check: .text) == .short(["China (its northeast)", "China"]))
        #expect(written("Marie Skłodowska-Curie", check: .name) == .short(["Marie Skłodowska-Curie"]))
        #expect(
            written("23 August 1945", check: .date, date: "1945-08-23")
                == .short(["23 August 1945", "1945-08-23", "August 23, 1945", "23 Aug 1945"]))
    }

    @Test func essaysCarryTheAnswerInGIFTAndMoodleXML() {
        let q = Question(
            id: "d/cards/law/back/flashcard/front-back", card: CardID(deck: "d", fact: FactID(.cards, "law"), slot: "back"),
            fact: FactID(.cards, "law"), kind: .flashcard, focus: .frontBack, prompt: "What does Newton’s third law state?",
            answer: .accepted(["To every action there is an equal and opposite reaction."]), check: AnswerSpec(type: .text),
            explanation: "", difficulty: 0.5)
        var rng = SeededGenerator(seed: 1)
        let quiz = QuizAssembly(title: "T", deck: "d", deckTitle: "D", selection: QuizSelection(count: 1), seed: 1)
            .assemble(from: [QuizQuestion(q)], using: &rng)
        #expect(quiz.handMarkedInLMS == [1])
        let gift = GIFTRenderer().render(quiz)
        #expect(
            gift.contains(
                "[plain]What does Newton’s third law state?{####Answer\\: To every action there is an equal and opposite reaction.}"))
        let xml = MoodleXMLRenderer().render(quiz)
        #expect(xml.contains("<question type=\"essay\">"))
        #expect(
            xml.contains(
                "<graderinfo format=\"html\"><text><![CDATA[<p>Answer: To every action there is an equal and opposite reaction.</p>]]></text></graderinfo>"
            ))
    }
}
