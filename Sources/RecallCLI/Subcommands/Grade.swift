import ArgumentParser
import Foundation
import Printing
import ProgressStore
import Scheduling

/// `recall grade QUIZ-ID`: marks printed papers and records each answer in the student's progress.
struct Grade: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Grade printed quiz papers and record the answers in each student's progress.",
        discussion: """
            One student: recall grade QUIZ-ID --version A --student NAME 1:B 2:"23 August 1945" 3:T
            A class: recall grade QUIZ-ID --file answers.csv (columns name, version, and answers or 1,2,3…).
            Answers are checked as a study session checks them and recorded as reviews with source paper; \
            a paper graded before is reported but not recorded again. See docs/printing.md.
            """
    )

    @Argument(help: ArgumentHelp("The id printed on the quiz.", valueName: "quiz-id"))
    var quizID: String

    @Argument(help: ArgumentHelp("The student's answers by question number: 1:B 2:\"23 August 1945\" 3:T.", valueName: "answers"))
    var answers: [String] = []

    @Option(help: ArgumentHelp("The version the student sat (the one assigned by --class printing by default).", valueName: "v"))
    var version: String?

    @Option(help: ArgumentHelp("The student, as a learner's name.", valueName: "name"))
    var student: String?

    @Option(help: ArgumentHelp("A CSV file of a class's answers, one row per student.", valueName: "answers.csv"))
    var file: String?

    @Flag(help: "Print the grades as JSON.")
    var json = false

    @OptionGroup var progress: ProgressFileOptions

    @Flag(help: "Record the papers on the school's server (the teacher's login), whence they reach the students' devices.")
    var server = false

    @Option(
        name: .customLong("class"),
        help: ArgumentHelp("With --server: the class that sat the quiz (default: the one it was printed for).", valueName: "name"))
    var className: String?

    func validate() throws {
        if file != nil {
            guard student == nil, answers.isEmpty, version == nil else {
                throw ValidationError("give either --file, or --student with the answers, not both")
            }
        } else {
            guard student != nil else {
                throw ValidationError("name the student with --student NAME, or give a class's answers with --file")
            }
        }
    }

    /// One paper to grade.
    struct Paper {
        var student: LearnerName
        var version: String
        var answers: PaperAnswers
        /// `answers.csv:3`, for messages about a row of a file.
        var origin: String?
    }

    func run() throws {
        try grade()
    }

    private func grade() throws(CLIError) {
        guard let id = QuizID(quizID) else {
            throw CLIError("'\(quizID)' is not a quiz id: it is the eight letters and digits printed at the top of each page")
        }
        // Grades are recorded where the quiz came from: the server, or the progress file.
        enum Destination {
            case server(ServerTarget)
            case progressFile(ProgressStore)
        }
        let destination: Destination
        let quiz: Quiz
        if server {
            let (remote, target) = try Self.serverQuiz(id, progress: progress, className: className)
            quiz = remote
            destination = .server(target)
        } else {
            let opened = try progress.openStore()
            quiz = try Self.load(id, from: opened)
            destination = .progressFile(opened)
        }

        // Read and check every paper before recording any: a bad row grades nobody.
        var papers: [Paper] = []
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else { throw CLIError("cannot read '\(file)'") }
            let sheet: AnswerSheet
            do {
                sheet = try AnswerSheet.parse(String(decoding: data, as: UTF8.self))
            } catch {
                throw CLIError("\(file):\(error.line): \(error.message)")
            }
            guard !sheet.rows.isEmpty else { throw CLIError("\(file) has no students' answers") }
            for row in sheet.rows {
                do throws(CLIError) {
                    var paper = try Self.paper(row.student, version: row.version, answers: row.answers, quiz: quiz)
                    paper.origin = "\(file):\(row.line)"
                    papers.append(paper)
                } catch {
                    throw CLIError("\(file):\(row.line): \(error.message)")
                }
            }
        } else if let student {
            let answers: PaperAnswers
            do {
                answers = try PaperAnswers.parse(arguments: self.answers)
            } catch {
                throw CLIError(error.message)
            }
            papers.append(try Self.paper(student, version: version, answers: answers, quiz: quiz))
        }
        var grades: [PaperGrade] = []
        for paper in papers {
            do {
                grades.append(
                    try PaperGrader().grade(quiz, version: paper.version, student: paper.student.rawValue, answers: paper.answers))
            } catch {
                throw CLIError(paper.origin.map { "\($0): \(error.message)" } ?? error.message)
            }
        }

        let now = Date()
        var reports: [GradeReport] = []
        for (paper, grade) in zip(papers, grades) {
            let drafts = grade.results.map { result in
                (
                    number: result.number,
                    draft: ReviewDraft(
                        learner: paper.student, card: result.card, rating: Self.rating(result.verdict), source: .paper,
                        questionForm: Self.form(of: result), answer: result.given, correct: result.isRight)
                )
            }
            let recording: PaperRecording
            switch destination {
            case .server(let target):
                recording = try Self.recordOnServer(grade, student: paper.student, answers: drafts, at: now, target: target)
            case .progressFile(let store):
                do {
                    recording = try store.recordPaper(
                        quiz: quiz.id.rawValue, version: grade.version, learner: paper.student, score: grade.score, total: grade.total,
                        answers: drafts, at: now)
                } catch {
                    throw CLIError("\(paper.student): \(error)")
                }
            }
            reports.append(GradeReport(grade, recording: recording))
        }

        if json {
            do {
                Console.out(try Console.json(reports))
            } catch {
                throw CLIError("could not encode the grades: \(error)")
            }
            return
        }
        for report in reports {
            Console.out(Self.render(report, quiz: quiz))
            Console.out("")
        }
        if reports.count > 1 {
            var table = TextTable(["STUDENT", "VERSION", "SCORE", "%"])
            for report in reports {
                table.append([report.student, report.version, "\(report.score)/\(report.total)", Self.percent(report.score, report.total)])
            }
            Console.out(table.render())
        }
    }

    /// The quiz's manifest from the progress file.
    static func load(_ id: QuizID, from store: ProgressStore) throws(CLIError) -> Quiz {
        let stored: StoredQuiz?
        do {
            stored = try store.quiz(id: id.rawValue)
        } catch {
            throw CLIError("\(error)")
        }
        guard let stored else {
            throw CLIError("no quiz \(id) in \(store.path): a quiz can be graded in the progress file it was printed with (--progress)")
        }
        do {
            return try Quiz.fromManifest(Data(stored.manifest.utf8))
        } catch {
            throw CLIError("quiz \(id)'s manifest cannot be read by this version of Recall: \(error)")
        }
    }

    /// A paper with its student checked and its version settled.
    static func paper(_ name: String, version: String?, answers: PaperAnswers, quiz: Quiz) throws(CLIError) -> Paper {
        guard let learner = LearnerName(name) else {
            throw CLIError("cannot use '\(name)' as a student's name: \(LearnerName.problem(with: name) ?? "")")
        }
        let assigned = quiz.copies.first { $0.student == name }?.version
        guard let chosen = version ?? assigned ?? (quiz.versions.count == 1 ? quiz.versions[0].name : nil) else {
            throw CLIError(
                "which version did \(name) sit? quiz \(quiz.id) has versions \(quiz.versions.map(\.name).joined(separator: ", ")): give --version (or a version column)"
            )
        }
        guard let version = quiz.version(chosen) else {
            throw CLIError("quiz \(quiz.id) has no version '\(chosen)' (it has \(quiz.versions.map(\.name).joined(separator: ", ")))")
        }
        return Paper(student: learner, version: version.name, answers: answers)
    }

    /// Paper answers rate as a study session's do without a clock: wrong or blank Again, a near miss Hard,
    /// right Good.
    static func rating(_ verdict: PaperGrade.Verdict) -> Rating {
        switch verdict {
        case .correct: .good
        case .nearMiss: .hard
        case .wrong, .blank: .again
        }
    }

    /// The question's form as the review log names it: its id after the card (`multiple-choice/when`).
    static func form(of result: PaperGrade.Result) -> String {
        result.question.hasPrefix(result.card + "/") ? String(result.question.dropFirst(result.card.count + 1)) : result.kind.rawValue
    }

    static func percent(_ score: Int, _ total: Int) -> String {
        total == 0 ? "–" : "\(Int((Double(score) * 100 / Double(total)).rounded()))%"
    }

    static func render(_ report: GradeReport, quiz: Quiz) -> String {
        var lines = [
            "\(report.student) — quiz \(quiz.id), version \(report.version): \(report.score)/\(report.total) (\(percent(report.score, report.total)))"
        ]
        var table = TextTable(["#", "ANSWER", "RESULT", "POINTS", "RIGHT ANSWER"])
        for r in report.results {
            let result: String =
                switch r.verdict {
                case .correct: "right"
                case .nearMiss: "near miss"
                case .wrong: "wrong"
                case .blank: "blank"
                }
            table.append(["\(r.number)", r.given ?? "—", result, "\(r.earned)/\(r.points)", r.verdict == .correct ? "" : r.expected])
        }
        lines += table.render().split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
        if let before = report.gradedBefore {
            lines.append(
                "already graded on \(before) (version \(report.gradedBeforeVersion ?? "?"), \(report.gradedBeforeScore ?? "?")): nothing recorded again"
            )
        } else {
            lines.append("recorded \(report.recorded) review\(report.recorded == 1 ? "" : "s") (source: paper) for \(report.student)")
        }
        return lines.joined(separator: "\n")
    }
}

/// One graded paper as `recall grade` reports it.
struct GradeReport: Encodable {
    var quiz: String
    var student: String
    var version: String
    var score: Int
    var total: Int
    var results: [PaperGrade.Result]
    /// Reviews recorded now.
    var recorded: Int
    /// When the paper was graded before (ISO 8601), if it was: nothing was recorded again.
    var gradedBefore: String?
    /// The version and score recorded then.
    var gradedBeforeVersion: String?
    var gradedBeforeScore: String?

    init(_ grade: PaperGrade, recording: PaperRecording) {
        quiz = grade.quiz.rawValue
        student = grade.student
        version = grade.version
        score = grade.score
        total = grade.total
        results = grade.results
        recorded = recording.recorded
        gradedBefore = recording.gradedBefore.map { ISO8601DateFormatter().string(from: $0.gradedAt) }
        gradedBeforeVersion = recording.gradedBefore?.version
        gradedBeforeScore = recording.gradedBefore.map { "\($0.score)/\($0.total)" }
    }
}
