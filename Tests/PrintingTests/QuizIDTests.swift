import Printing
import Testing

struct QuizIDTests {
    @Test func readsAnIdAsAPersonTypesIt() {
        let id = QuizID(deriving: Array("some quiz".utf8))
        #expect(id.rawValue.count == 8)
        #expect(QuizID(id.rawValue.lowercased()) == id)
        let dashed = String(id.rawValue.prefix(4)) + "-" + String(id.rawValue.suffix(4))
        #expect(QuizID(dashed) == id)
        #expect(QuizID("0O0O1IL1")?.rawValue == "00001111")
    }

    @Test func refusesWhatIsNotAnId() {
        #expect(QuizID("") == nil)
        #expect(QuizID("ABC") == nil)
        #expect(QuizID("ABCDEFGU") == nil)  // U is not in Crockford's alphabet
    }

    @Test func aQuizKeepsItsIdThroughItsManifest() throws {
        let quiz = SampleQuiz.make()
        let back = try Quiz.fromManifest(try quiz.manifestJSON())
        #expect(back == quiz)
    }
}
