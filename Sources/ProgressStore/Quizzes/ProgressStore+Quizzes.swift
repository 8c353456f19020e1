import Foundation
import GRDB

/// A quiz id given to `keep` that already names a different quiz.
public struct QuizConflict: Error, Sendable, Hashable, CustomStringConvertible {
    public var id: String
    public var description: String {
        "the progress file already holds a different quiz with the id \(id); print it with another --seed"
    }
}

/// What recording a graded paper did.
public struct PaperRecording: Sendable, Hashable {
    /// Reviews added to the student's log now.
    public var recorded: Int
    /// Set when the paper had been graded before: nothing was recorded again.
    public var gradedBefore: GradedPaper?

    public init(recorded: Int, gradedBefore: GradedPaper?) {
        self.recorded = recorded
        self.gradedBefore = gradedBefore
    }
}

extension ProgressStore {
    /// Keeps a printed quiz's manifest. Keeping the same quiz again changes nothing; a different manifest under
    /// an id already kept is refused.
    public func keepQuiz(_ quiz: StoredQuiz) throws -> Bool {
        let outcome: Result<Bool, QuizConflict> = try write { db in
            if let existing = try StoredQuiz.fetchOne(db, key: quiz.id) {
                return existing.manifest == quiz.manifest || Self.sameQuizContent(existing.manifest, quiz.manifest)
                    ? .success(false) : .failure(QuizConflict(id: quiz.id))
            }
            try quiz.insert(db)
            return .success(true)
        }
        return try outcome.get()
    }

    /// The quiz kept under this id, if any.
    public func quiz(id: String) throws(ProgressStoreError) -> StoredQuiz? {
        try read { db in try StoredQuiz.fetchOne(db, key: id) }
    }

    /// The students of a class, sorted; nil when there is no class of that name.
    public func students(ofClass name: String) throws(ProgressStoreError) -> [LearnerName]? {
        try read { db in
            guard let classId = try Self.schoolClassID(name, in: db, create: false) else { return nil }
            let names = try String.fetchAll(
                db,
                sql: """
                    SELECT learner.name FROM membership JOIN learner ON learner.id = membership.learnerId
                    WHERE membership.schoolClassId = ? ORDER BY learner.name
                    """,
                arguments: [classId])
            return names.compactMap { LearnerName(stored: $0) }
        }
    }

    /// The graded paper of this learner for this quiz, if it has been graded.
    public func gradedPaper(quiz: String, learner: LearnerName) throws(ProgressStoreError) -> GradedPaper? {
        try read { db in
            guard let learnerId = try Self.learnerID(learner, in: db, create: false) else { return nil }
            return try GradedPaper.filter(GradedPaper.Columns.quizId == quiz && GradedPaper.Columns.learnerId == learnerId).fetchOne(db)
        }
    }

    /// Records one graded paper: each answer as a review (source `paper`) through `record(_:at:)`, so the
    /// student's schedule moves as after a study session, then the paper as graded.
    ///
    /// A paper graded before records nothing. Each review carries an id derived from the quiz, the question
    /// number and the learner, so a grading interrupted half way and run again adds only what is missing.
    public func recordPaper(
        quiz: String, version: String, learner: LearnerName, score: Int, total: Int,
        answers: [(number: Int, draft: ReviewDraft)], at moment: Date
    ) throws(ProgressStoreError) -> PaperRecording {
        if let before = try gradedPaper(quiz: quiz, learner: learner) {
            return PaperRecording(recorded: 0, gradedBefore: before)
        }
        var recorded = 0
        for (number, draft) in answers {
            var draft = draft
            draft.learner = learner
            draft.source = .paper
            draft.id = Self.paperReviewID(quiz: quiz, number: number, learner: learner, card: draft.card)
            do {
                try record(draft, at: moment)
                recorded += 1
            } catch .duplicateReview {
                // Recorded by an earlier run that stopped before the paper was marked graded.
            }
        }
        try write { db in
            let learnerId = try Self.learnerID(learner, in: db)
            var paper = GradedPaper(quizId: quiz, learnerId: learnerId, version: version, score: score, total: total, gradedAt: moment)
            try paper.insert(db, onConflict: .ignore)
        }
        return PaperRecording(recorded: recorded, gradedBefore: nil)
    }

    /// The id of the review one question of one paper makes: the same however often the paper is graded.
    public static func paperReviewID(quiz: String, number: Int, learner: LearnerName, card: String) -> String {
        ReviewID.derive(learner: learner.rawValue, card: "paper \(quiz) \(number) \(card)", reviewedAt: 0)
    }

    /// Two manifests of the same quiz differ only in what is not its content (the day it was printed).
    static func sameQuizContent(_ a: String, _ b: String) -> Bool {
        func content(_ text: String) -> [String: AnyHashable]? {
            guard var object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] else { return nil }
            object["date"] = nil
            guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return nil }
            return ["json": String(decoding: data, as: UTF8.self)]
        }
        guard let x = content(a), let y = content(b) else { return false }
        return x == y
    }
}
