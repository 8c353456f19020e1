import Foundation
import ProgressStore
import Testing

/// `recall grade` end to end: a class's printed quiz, its answer file, everyone's progress.
@Suite(.serialized)
struct GradeCommandTests {
    struct Manifest: Decodable {
        struct Key: Decodable {
            var letter: String?
            var text: [String]?
            var letters: [String]?
        }
        struct Item: Decodable {
            var number: Int
            var question: String
            var key: Key
            var points: Int
        }
        struct Version: Decodable {
            var name: String
            var items: [Item]
            var total: Int { items.reduce(0) { $0 + $1.points } }
        }
        struct Copy: Decodable {
            var version: String
            var student: String?
        }
        struct Question: Decodable {
            var id: String
            var card: String
        }
        var id: String
        var questions: [Question]
        var versions: [Version]
        var copies: [Copy]

        func version(of student: String) -> Version {
            let name = copies.first { $0.student == student }!.version
            return versions.first { $0.name == name }!
        }
    }

    static let students = ["Ada Lovelace", "Иван Петров", "Ελένη Παππά"]

    /// A workspace with class 7C of three students, and the quiz printed for them.
    func printedForClass() throws -> (URL, [String: String], Manifest) {
        let directory = try PrintTestSupport.workspace()
        let progress = directory.appendingPathComponent("Progress/recall.sqlite").path
        let store = try ProgressStore(path: progress)
        try store.createClass("7C")
        _ = try store.addStudents(Self.students.map { LearnerName($0)! }, to: "7C")
        let environment = ["RECALL_PROGRESS": progress]
        let printed = try RecallBinary.run(
            ["print", "firsts", "--count", "8", "--versions", "2", "--seed", "9", "--class", "7C", "--format", "json"], in: directory,
            environment: environment)
        #expect(printed.status == 0, "\(printed.stderr)")
        let manifest = try JSONDecoder().decode(Manifest.self, from: Data(printed.stdout.utf8))
        #expect(manifest.copies.compactMap(\.student).sorted() == Self.students.sorted())
        return (directory, environment, manifest)
    }

    /// The right answer to an item as a teacher would copy it from the paper.
    func right(_ item: Manifest.Item) -> String {
        item.key.letter ?? item.key.text?.first ?? item.key.letters!.joined()
    }

    /// A wrong answer to an item: the other of true and false, another letter, or a word that is no answer.
    func wrong(_ item: Manifest.Item) -> String {
        switch right(item) {
        case "T": "F"
        case "F": "T"
        case "A": "B"
        case let key where key.count == 1: "A"
        default: "nothing"
        }
    }

    @Test func aGradedClassFileUpdatesEveryStudentsProgressAndPrintsTheScores() throws {
        let (directory, environment, quiz) = try printedForClass()
        // Ada gets everything right, Иван the first half, Ελένη answers nothing but question 1, wrongly.
        var rows = ["name,answers"]
        for student in Self.students {
            let version = quiz.version(of: student)
            let answers: [String]
            switch student {
            case "Ada Lovelace": answers = version.items.map { "\($0.number):\"\(right($0))\"" }
            case "Иван Петров": answers = version.items.prefix(4).map { "\($0.number):\"\(right($0))\"" }
            default: answers = ["1:\(wrong(version.items[0]))"]
            }
            rows.append("\(student),\"\(answers.joined(separator: " ").replacingOccurrences(of: "\"", with: "\"\""))\"")
        }
        let file = directory.appendingPathComponent("answers.csv")
        try Data((rows.joined(separator: "\n") + "\n").utf8).write(to: file)

        let graded = try RecallBinary.run(["grade", quiz.id, "--file", file.path], in: directory, environment: environment)
        #expect(graded.status == 0, "\(graded.stderr)")
        let ada = quiz.version(of: "Ada Lovelace")
        let eleni = quiz.version(of: "Ελένη Παππά")
        #expect(graded.stdout.contains("Ada Lovelace — quiz \(quiz.id), version \(ada.name): \(ada.total)/\(ada.total) (100%)"))
        #expect(graded.stdout.contains("Ελένη Παππά — quiz \(quiz.id), version \(eleni.name): 0/\(eleni.total) (0%)"))
        #expect(graded.stdout.contains("STUDENT"))
        #expect(graded.stdout.components(separatedBy: "recorded 8 reviews (source: paper)").count - 1 == 3)

        // Every student's progress moved: one paper review per question, right ones Good, others Again.
        let store = try ProgressStore(path: environment["RECALL_PROGRESS"]!)
        for student in Self.students {
            let progress = try store.learnerProgress(LearnerName(student)!, decks: nil)
            #expect(progress.answers.count == 8, "\(student)")
            #expect(progress.answers.allSatisfy { $0.source == .paper })
            #expect(Set(progress.answers.map(\.card)) == Set(quiz.questions.map(\.card)))
            #expect(progress.cards.count == 8, "\(student) has a state for every card")
        }
        let adasLog = try store.learnerProgress(LearnerName("Ada Lovelace")!, decks: nil)
        #expect(adasLog.answers.allSatisfy { $0.rating == .good && $0.correct == true })
        let elenisLog = try store.learnerProgress(LearnerName("Ελένη Παππά")!, decks: nil)
        #expect(elenisLog.answers.allSatisfy { $0.rating == .again && $0.correct == false })

        // The same file again records nothing twice.
        let again = try RecallBinary.run(["grade", quiz.id, "--file", file.path, "--json"], in: directory, environment: environment)
        #expect(again.status == 0, "\(again.stderr)")
        struct Report: Decodable {
            var student: String
            var score: Int
            var recorded: Int
            var gradedBefore: String?
        }
        let reports = try JSONDecoder().decode([Report].self, from: Data(again.stdout.utf8))
        #expect(reports.count == 3)
        #expect(reports.allSatisfy { $0.recorded == 0 && $0.gradedBefore != nil })
        for student in Self.students {
            #expect(try store.learnerProgress(LearnerName(student)!, decks: nil).answers.count == 8)
        }
    }

    @Test func oneStudentsAnswersOnTheCommandLine() throws {
        let (directory, environment, quiz) = try printedForClass()
        let version = quiz.version(of: "Ada Lovelace")
        // The shell has taken the quotes off: each argument is one answer.
        let answers = version.items.map { "\($0.number):\(right($0))" }
        let graded = try RecallBinary.run(
            ["grade", quiz.id.lowercased(), "--version", version.name, "--student", "Ada Lovelace"] + answers, in: directory,
            environment: environment)
        #expect(graded.status == 0, "\(graded.stderr)")
        #expect(graded.stdout.contains("\(version.total)/\(version.total) (100%)"))
        #expect(graded.stdout.contains("recorded 8 reviews (source: paper) for Ada Lovelace"))
        let twice = try RecallBinary.run(
            ["grade", quiz.id, "--student", "Ada Lovelace"] + answers, in: directory, environment: environment)
        #expect(twice.stdout.contains("nothing recorded again"))
    }

    @Test func aBadFileGradesNobodyAndNamesTheLine() throws {
        let (directory, environment, quiz) = try printedForClass()
        let file = directory.appendingPathComponent("answers.csv")
        try Data("name,answers\nAda Lovelace,1:A\nИван Петров,1:A 99:B\n".utf8).write(to: file)
        let graded = try RecallBinary.run(["grade", quiz.id, "--file", file.path], in: directory, environment: environment)
        #expect(graded.status == 1)
        #expect(graded.stderr.contains("recall: \(file.path):3: quiz \(quiz.id) has no question 99 (it has 1–8)"))
        let store = try ProgressStore(path: environment["RECALL_PROGRESS"]!)
        #expect(try store.learnerProgress(LearnerName("Ada Lovelace")!, decks: nil).answers.isEmpty)
    }

    @Test func unknownQuizzesAndClassesAreNamed() throws {
        let (directory, environment, _) = try printedForClass()
        let quiz = try RecallBinary.run(["grade", "ZZZZZZZZ", "--student", "Ada Lovelace", "1:A"], in: directory, environment: environment)
        #expect(quiz.status == 1)
        #expect(quiz.stderr.contains("recall: no quiz ZZZZZZZZ in"))
        let notAnID = try RecallBinary.run(["grade", "hello", "--student", "Ada Lovelace", "1:A"], in: directory, environment: environment)
        #expect(notAnID.stderr.contains("'hello' is not a quiz id"))
        let printClass = try RecallBinary.run(
            ["print", "firsts", "--class", "9Z", "--format", "md"], in: directory, environment: environment)
        #expect(printClass.status == 1)
        #expect(printClass.stderr.contains("recall: there is no class named '9Z' (classes: 7C)"))
    }
}
