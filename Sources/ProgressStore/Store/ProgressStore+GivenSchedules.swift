import Foundation
import GRDB

extension ProgressStore {
    /// Gives `learner`'s cards the due dates and intervals another scheduler set (`GivenSchedule`), in one
    /// transaction, and returns how many were taken. A schedule is taken only for a card in review whose
    /// latest review is the answer the schedule follows; a card studied here since, or not in review after
    /// Recall's replay, keeps Recall's own schedule.
    ///
    /// The schedule is written both into the card's state and into the after-state of that latest review,
    /// so the state still equals its latest review's (`checkup`) and an undo of a later review returns to it.
    /// A review older than it arriving later replays the card with Recall's scheduler, which gives Recall's
    /// own due date again.
    @discardableResult
    public func keep(_ schedules: [GivenSchedule], for learner: LearnerName) throws(ProgressStoreError) -> Int {
        guard !schedules.isEmpty else { return 0 }
        return try write { db in
            guard let learnerId = try Self.learnerID(learner, in: db, create: false) else { return 0 }
            let state = try db.makeStatement(
                sql: """
                    UPDATE cardState SET due = ?, intervalDays = ?
                    WHERE learnerId = ? AND card = ? AND phase = 'review' AND lastReview = ?
                    """)
            let review = try db.makeStatement(
                sql: """
                    UPDATE review SET dueAfter = ?, intervalDaysAfter = ?
                    WHERE learnerId = ? AND card = ? AND reviewedAt = ? AND source <> 'cram'
                    """)
            var kept = 0
            for schedule in schedules {
                let arguments: StatementArguments = [
                    Timestamp.microseconds(schedule.due), schedule.intervalDays, learnerId, schedule.card,
                    Timestamp.microseconds(schedule.after),
                ]
                try state.execute(arguments: arguments)
                guard db.changesCount == 1 else { continue }
                try review.execute(arguments: arguments)
                kept += 1
            }
            return kept
        }
    }
}
