import Printing
import Testing

struct PaperGraderTests {
    let quiz = SampleQuiz.make(versions: 2)

    func number(of id: String, in version: String) -> Int {
        quiz.version(version)!.items.first { $0.question == id }!.number
    }

    @Test func eachVersionIsGradedAgainstItsOwnKey() throws {
        for version in quiz.versions {
            let answers = Dictionary(
                uniqueKeysWithValues: version.items.map { item in
                    (item.number, item.key.display)
                })
            let grade = try PaperGrader().grade(quiz, version: version.name, student: "Ada", answers: PaperAnswers(answers))
            #expect(grade.score == grade.total, "version \(version.name)")
            #expect(grade.total == quiz.totalPoints)
        }
    }

    @Test func aWrongLetterABlankAndAPartialMatchingScoreWhatTheyEarn() throws {
        let mc = number(of: "order-9898-date-mc", in: "A")
        let matching = number(of: "roles-matching", in: "A")
        let item = quiz.version("A")!.items.first { $0.number == mc }!
        guard case .letter(let right) = item.key,
            case .letters(let pairs) = quiz.version("A")!.items.first(where: { $0.number == matching })!.key
        else {
            Issue.record("unexpected keys")
            return
        }
        let wrong = ["A", "B", "C", "D"].first { $0 != right }!
        // Two pairs swapped, one right.
        let partial = [pairs[1], pairs[0], pairs[2]].joined()
        let grade = try PaperGrader().grade(quiz, version: "A", student: "Ada", answers: PaperAnswers([mc: wrong, matching: partial]))
        let results = Dictionary(uniqueKeysWithValues: grade.results.map { ($0.number, $0) })
        #expect(results[mc]?.verdict == .wrong)
        #expect(results[mc]?.earned == 0)
        #expect(results[matching]?.earned == 1)
        #expect(results[matching]?.points == 3)
        #expect(grade.results.filter { $0.verdict == .blank }.count == quiz.questions.count - 2)
    }

    @Test func anOrderingIsReadFromTheNumbersInItsBoxes() throws {
        let n = number(of: "war-ordering", in: "B")
        let item = quiz.version("B")!.items.first { $0.number == n }!
        guard case .letters(let order) = item.key else { return }
        // The place of each printed item, top to bottom.
        let places = ["A", "B", "C"].map { letter in String(order.firstIndex(of: letter)! + 1) }.joined(separator: " ")
        let grade = try PaperGrader().grade(quiz, version: "B", student: "Ada", answers: PaperAnswers([n: places]))
        #expect(grade.results.first { $0.number == n }?.verdict == .correct)
    }

    @Test func refusesAnUnknownVersionOrQuestionNumber() {
        #expect(throws: PaperGrader.GradeError.self) {
            try PaperGrader().grade(quiz, version: "Z", student: "Ada", answers: PaperAnswers())
        }
        #expect(throws: PaperGrader.GradeError.self) {
            try PaperGrader().grade(quiz, version: "A", student: "Ada", answers: PaperAnswers([99: "A"]))
        }
    }
}
