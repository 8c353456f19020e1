import Printing
import Testing

/// Quizzes from the decks the repository ships, through every rule and every format.
struct ShippedDeckQuizTests {
    @Test(arguments: ["siberian-internment", "physics"])
    func aQuizFromAShippedDeckKeepsEveryRule(deck: String) throws {
        let quiz = try ShippedDeck.quiz(deck, count: 20, versions: 3)
        #expect(quiz.questions.count == 20)
        let facts = quiz.questions.flatMap(\.facts)
        #expect(Set(facts).count == facts.count, "no fact is asked twice")
        #expect(Set(quiz.questions.map(\.section)).count >= 4, "the quiz spans the deck's sections")
        #expect(Set(quiz.questions.map(\.kind)).count >= 5, "the quiz mixes kinds")
        for version in quiz.versions {
            #expect(Set(version.items.map(\.question)) == Set(quiz.questions.map(\.id)))
        }
    }

    @Test func everyFormatRendersAShippedDeck() throws {
        let quiz = try ShippedDeck.quiz("siberian-internment")
        for question in quiz.questions where question.kind == .multipleChoice {
            #expect(GIFTRenderer().render(quiz).contains(GIFTRenderer.escape(question.prompt)))
        }
        #expect(MarkdownRenderer().render(quiz).contains("Answer key"))
        #expect(HTMLRenderer().render(quiz).contains("</html>"))
        #expect(LaTeXRenderer().render(quiz).contains("\\end{document}"))
        #expect(MoodleXMLRenderer().render(quiz).contains("</quiz>"))
        #expect(try JSONRenderer().render(quiz).contains(quiz.id.rawValue))
    }

    @Test func aGradedPaperUsesTheStudySessionsChecking() throws {
        let quiz = try ShippedDeck.quiz("siberian-internment", count: 30, versions: 1)
        let version = quiz.versions[0]
        // Given every answer written as the key gives it
        var answers: [Int: String] = [:]
        for p in quiz.printed(version) {
            switch p.item.key {
            case .letter(let letter): answers[p.number] = letter
            case .text(let accepted): answers[p.number] = accepted[0]
            case .letters(let letters): answers[p.number] = letters.joined(separator: " ")
            }
        }
        let grade = try PaperGrader().grade(quiz, version: "A", student: "Ada", answers: PaperAnswers(answers))
        #expect(grade.score == grade.total)
        #expect(grade.results.allSatisfy { $0.verdict == .correct })
    }
}
