import Printing
import Testing

struct PaperAnswersTests {
    @Test func readsLettersQuotedTextAndTrueFalse() throws {
        let answers = try PaperAnswers.parse(#"1:B 2:"23 August 1945" 3:T"#)
        #expect(answers.byNumber == [1: "B", 2: "23 August 1945", 3: "T"])
    }

    @Test func readsAnswersTheShellHasAlreadyUnquoted() throws {
        let answers = try PaperAnswers.parse(arguments: ["1:B", "2:23 August 1945", "3:T", "4:1B 2A 3C"])
        #expect(answers.byNumber == [1: "B", 2: "23 August 1945", 3: "T", 4: "1B 2A 3C"])
    }

    @Test func anUnquotedAnswerRunsToTheNextNumber() throws {
        let answers = try PaperAnswers.parse("1: Josef Stalin 2:575,000 10:C")
        #expect(answers.byNumber == [1: "Josef Stalin", 2: "575,000", 10: "C"])
    }

    @Test func refusesWhatIsNotAnAnswerList() {
        #expect(throws: PaperAnswers.ReadError.self) { try PaperAnswers.parse("B C D") }
        #expect(throws: PaperAnswers.ReadError.self) { try PaperAnswers.parse(#"1:"unclosed"#) }
        #expect(throws: PaperAnswers.ReadError.self) { try PaperAnswers.parse("1:A 1:B") }
    }
}
