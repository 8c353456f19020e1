import Foundation
import ProgressStore
import Testing

/// The progress store's side of printing and grading: quizzes kept, papers recorded once.
struct GradeStoreTests {
    let moment = Date(timeIntervalSince1970: 1_795_700_000)

    func quiz(_ id: String = "3VFVATTB", manifest: String = #"{"id":"3VFVATTB","date":"2026-11-26"}"#) -> StoredQuiz {
        StoredQuiz(id: id, deck: "firsts", title: "A quiz", createdAt: moment, manifest: manifest)
    }

    @Test func keepingTheSameQuizAgainChangesNothingAndAnotherUnderItsIdIsRefused() throws {
        let store = try ProgressStore.inMemory()
        #expect(try store.keepQuiz(quiz()) == true)
        #expect(try store.keepQuiz(quiz()) == false)
        // Printed again on another day: the same quiz.
        #expect(try store.keepQuiz(quiz(manifest: #"{"id":"3VFVATTB","date":"2026-12-01"}"#)) == false)
        #expect(throws: QuizConflict.self) { try store.keepQuiz(quiz(manifest: #"{"id":"3VFVATTB","title":"other"}"#)) }
        #expect(try store.quiz(id: "3VFVATTB")?.createdAt == moment)
        #expect(try store.quiz(id: "00000000") == nil)
    }

    @Test func aPaperIsRecordedOnceAndItsReviewsMoveTheSchedule() throws {
        let store = try ProgressStore.inMemory()
        _ = try store.keepQuiz(quiz())
        let ada = LearnerName("Ada")!
        let answers = [
            (number: 1, draft: ReviewDraft(learner: ada, card: "firsts/events/sputnik/date", rating: .good, correct: true)),
            (number: 2, draft: ReviewDraft(learner: ada, card: "firsts/people/gagarin/role", rating: .again, correct: false)),
        ]
        let first = try store.recordPaper(quiz: "3VFVATTB", version: "A", learner: ada, score: 1, total: 2, answers: answers, at: moment)
        #expect(first.recorded == 2)
        #expect(first.gradedBefore == nil)
        #expect(try store.cardState(of: "firsts/events/sputnik/date", for: ada) != nil)

        let second = try store.recordPaper(
            quiz: "3VFVATTB", version: "A", learner: ada, score: 2, total: 2, answers: answers, at: moment.addingTimeInterval(3600))
        #expect(second.recorded == 0)
        #expect(second.gradedBefore?.score == 1)
        let log = try store.learnerProgress(ada, decks: nil).answers
        #expect(log.count == 2)
        #expect(log.allSatisfy { $0.source == .paper })
    }

    @Test func theStudentsOfAClassAreListedAndAnUnknownClassIsNil() throws {
        let store = try ProgressStore.inMemory()
        try store.createClass("7C")
        _ = try store.addStudents([LearnerName("Bea")!, LearnerName("Ada")!], to: "7C")
        #expect(try store.students(ofClass: "7C")?.map(\.rawValue) == ["Ada", "Bea"])
        #expect(try store.students(ofClass: "8D") == nil)
    }
}
