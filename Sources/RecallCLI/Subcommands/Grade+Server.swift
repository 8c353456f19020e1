import Foundation
import Printing
import ProgressStore
import SyncClient
import SyncWire

/// `recall grade … --server`: papers recorded in the students' logs on the school's server, from which
/// each student's devices fetch them at their next sync.
extension Grade {
    /// Where graded papers go on the server: the teacher's client and the quiz's class.
    struct ServerTarget {
        var client: ServerClient
        var className: String
    }

    /// The quiz from the progress file when it was printed here (and then sent to the server, so that it
    /// can be graded anywhere), else from the server.
    static func serverQuiz(_ id: QuizID, progress: ProgressFileOptions, className: String?) throws(CLIError) -> (Quiz, ServerTarget) {
        let client = try ServerAccess.teacher(progress)
        let path = progress.progressPath.path
        let local: StoredQuiz? =
            FileManager.default.fileExists(atPath: path) ? (try? progress.openStore().quiz(id: id.rawValue)) ?? nil : nil
        let manifest: String
        if let local {
            manifest = local.manifest
        } else if let remote = try ServerAccess.call({ () throws(SyncError) in try client.quiz(id.rawValue) }) {
            manifest = remote.manifest
        } else {
            throw CLIError(
                "no quiz \(id) in \(path) nor on \(client.server.absoluteString): grade it where it was printed once, with --server")
        }
        let quiz: Quiz
        do {
            quiz = try Quiz.fromManifest(Data(manifest.utf8))
        } catch {
            throw CLIError("quiz \(id)'s manifest cannot be read by this version of Recall: \(error)")
        }
        guard let name = className ?? quiz.className else {
            throw CLIError("quiz \(id) was printed for no class: say which class sat it with --class NAME")
        }
        if let local {
            let wire = WireQuiz(
                id: local.id, deck: local.deck, title: local.title,
                createdAt: Int64((local.createdAt.timeIntervalSince1970 * 1_000_000).rounded()),
                manifest: local.manifest)
            try ServerAccess.call { () throws(SyncError) in try client.keepQuiz(wire, for: name) }
        }
        return (quiz, ServerTarget(client: client, className: name))
    }

    /// Records one graded paper on the server; the same paper again records nothing.
    static func recordOnServer(
        _ grade: PaperGrade, student: LearnerName, answers: [(number: Int, draft: ReviewDraft)], at moment: Date, target: ServerTarget
    ) throws(CLIError) -> PaperRecording {
        let at = Int64((moment.timeIntervalSince1970 * 1_000_000).rounded())
        let reviews = answers.map { number, draft in
            WireReview(
                id: ProgressStore.paperReviewID(quiz: grade.quiz.rawValue, number: number, learner: student, card: draft.card),
                learner: student.rawValue, card: draft.card, reviewedAt: at, rating: draft.rating.rawValue,
                source: ReviewSource.paper.rawValue,
                questionForm: draft.questionForm, answer: draft.answer, correct: draft.correct)
        }
        let paper = WirePaper(
            quiz: grade.quiz.rawValue, student: student.rawValue, version: grade.version, score: grade.score, total: grade.total,
            gradedAt: at, reviews: reviews)
        let response = try ServerAccess.call { () throws(SyncError) in try target.client.recordPaper(paper, in: target.className) }
        let before = response.gradedBefore.map {
            GradedPaper(
                quizId: $0.quiz, learnerId: 0, version: $0.version, score: $0.score, total: $0.total,
                gradedAt: Date(timeIntervalSince1970: Double($0.gradedAt) / 1_000_000))
        }
        return PaperRecording(recorded: response.recorded, gradedBefore: before)
    }
}
