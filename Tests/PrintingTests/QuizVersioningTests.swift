import Printing
import Scheduling
import SeededRandom
import Testing

struct QuizVersioningTests {
    @Test func versionsAgreeInContentAndDifferInOrder() {
        let quiz = SampleQuiz.make(versions: 3)
        #expect(quiz.versions.map(\.name) == ["A", "B", "C"])
        let orders = quiz.versions.map { $0.items.map(\.question) }
        for order in orders {
            #expect(Set(order) == Set(quiz.questions.map(\.id)))
            #expect(order.count == quiz.questions.count)
        }
        #expect(Set(orders).count == 3, "every version has its own question order")
        // Options: the same set in every version, in another order somewhere.
        var someOptionOrderDiffers = false
        for question in quiz.questions where question.kind == .multipleChoice {
            let options = quiz.versions.map { v in v.items.first { $0.question == question.id }!.options }
            #expect(options.allSatisfy { Set($0) == Set(options[0]) })
            if Set(options.map { $0.joined(separator: "|") }).count > 1 { someOptionOrderDiffers = true }
        }
        #expect(someOptionOrderDiffers)
    }

    @Test func eachKeyPointsAtTheRightAnswerInItsOwnVersion() {
        let quiz = SampleQuiz.make(versions: 4)
        for version in quiz.versions {
            for p in quiz.printed(version) {
                switch (p.question.answer, p.item.key) {
                case (.choice(let right), .letter(let letter)):
                    let index = p.labels.firstIndex(of: letter)
                    #expect(index.map { p.item.options[$0] } == right, "version \(version.name) question \(p.number)")
                case (.truth(let value), .letter(let letter)):
                    #expect(letter == (value ? "T" : "F"))
                case (.text(let accepted), .text(let key)):
                    #expect(accepted == key)
                case (.pairs(let pairs), .letters(let letters)):
                    for (pair, letter) in zip(pairs, letters) {
                        #expect(p.item.options[p.labels.firstIndex(of: letter)!] == pair.right)
                    }
                case (.sequence(let items), .letters(let letters)):
                    #expect(letters.map { p.item.options[p.labels.firstIndex(of: $0)!] } == items)
                default:
                    Issue.record("question \(p.question.id) has a key of the wrong shape")
                }
            }
        }
    }

    @Test func keyLettersAreBalancedWithinEachVersion() {
        let questions = (0..<20).map { i in
            QuizQuestion(
                id: "q\(i)", card: "d/events/e\(i)/date", fact: "events/e\(i)", kind: .multipleChoice, prompt: "Question \(i)?",
                options: ["right \(i)", "wrong \(i) a", "wrong \(i) b", "wrong \(i) c"], answer: .choice("right \(i)"))
        }
        var generator = SeededGenerator(seed: 11)
        for version in QuizVersioning.versions(of: questions, count: 3, using: &generator) {
            var counts: [String: Int] = [:]
            for item in version.items {
                if case .letter(let letter) = item.key { counts[letter, default: 0] += 1 }
            }
            #expect(counts == ["A": 5, "B": 5, "C": 5, "D": 5], "version \(version.name): \(counts)")
        }
    }

    @Test func matchingColumnsAndOrderingItemsAreShuffled() {
        let quiz = SampleQuiz.make(versions: 1)
        for p in quiz.printed(quiz.versions[0]) {
            if case .pairs(let pairs) = p.question.answer { #expect(p.item.options != pairs.map(\.right)) }
            if case .sequence(let items) = p.question.answer { #expect(p.item.options != items) }
        }
    }

    @Test func theSameSeedMakesTheSameQuizWithTheSameID() {
        let a = SampleQuiz.make(seed: 5)
        let b = SampleQuiz.make(seed: 5)
        #expect(a == b)
        #expect(a.id == b.id)
        #expect(SampleQuiz.make(seed: 6).id != a.id)
    }
}
