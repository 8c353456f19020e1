import Foundation
import GRDB

extension ProgressStore {
    /// Keeps `card` out of `learner`'s study sessions until `until` (the end of the study day when a learner
    /// presses `s`), across sessions; burying again moves the time.
    public func bury(_ card: String, for learner: LearnerName, until: Date) throws(ProgressStoreError) {
        try write { db in
            let learnerId = try Self.learnerID(learner, in: db)
            try db.execute(
                sql: "INSERT OR REPLACE INTO buriedCard (learnerId, card, until) VALUES (?, ?, ?)",
                arguments: [learnerId, card, Timestamp.microseconds(until)])
        }
    }

    /// The cards `learner` has buried that are still buried at `now`.
    public func buriedCards(for learner: LearnerName, at now: Date) throws(ProgressStoreError) -> [String: Date] {
        try read { db in
            guard let learnerId = try Self.learnerID(learner, in: db, create: false) else { return [:] }
            let rows = try Row.fetchAll(
                db, sql: "SELECT card, until FROM buriedCard WHERE learnerId = ? AND until > ?",
                arguments: [learnerId, Timestamp.microseconds(now)])
            var buried: [String: Date] = [:]
            for row in rows {
                buried[row[0]] = Timestamp.date(row[1])
            }
            return buried
        }
    }
}
