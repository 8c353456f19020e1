import Foundation
import GRDB
import Scheduling

/// A learner's or a class's review log as the FSRS optimizer and the simulator read it.
public struct TrainingLog: Sendable {
    /// Each card's answers that changed its memory, oldest first; a class's log keeps each student's copy of a
    /// card apart (they are different memories).
    public var histories: [CardHistory]
    /// Learners whose reviews are in it.
    public var learners: Int
    /// Reviews in it (cram answers are left out: they never change memory).
    public var reviews: Int { histories.reduce(0) { $0 + $1.reviews.count } }

    public init(histories: [CardHistory], learners: Int) {
        self.histories = histories
        self.learners = learners
    }
}

extension ProgressStore {
    /// The log of `target` — a learner's own, or a class's students' pooled — limited to one deck when `deck` is
    /// given. A learner or class that does not exist is an error; one without reviews gives an empty log.
    public func trainingLog(for target: SettingTarget, deck: String? = nil) throws(ProgressStoreError) -> TrainingLog {
        try read { db in
            let learnerIds: [Int64]
            switch target {
            case .learner(let name):
                guard let id = try Self.learnerID(name, in: db, create: false) else {
                    throw ProgressStoreError.invalidLearner("there is no learner named '\(name)' in this progress file")
                }
                learnerIds = [id]
            case .schoolClass(let name):
                guard let classId = try Self.schoolClassID(name, in: db, create: false) else {
                    throw ProgressStoreError.invalidSetting("there is no class named '\(name)': make it with recall class create \(name)")
                }
                learnerIds = try Self.members(ofClassID: classId, in: db).map(\.id)
            case .global:
                learnerIds = try Int64.fetchAll(db, sql: "SELECT id FROM learner ORDER BY id")
            }
            var histories: [CardHistory] = []
            var learners = 0
            for learnerId in learnerIds {
                let before = histories.count
                try Self.appendHistories(of: learnerId, deck: deck, to: &histories, in: db)
                if histories.count > before { learners += 1 }
            }
            return TrainingLog(histories: histories, learners: learners)
        }
    }

    /// Reads one learner's log in (card, time) order through the log's (learner, card, time) index.
    private static func appendHistories(
        of learnerId: Int64, deck: String?, to histories: inout [CardHistory], in db: Database
    ) throws {
        let phases: [String: CardPhase] = ["new": .new, "learning": .learning, "review": .review, "relearning": .relearning]
        let sql = """
            SELECT card, reviewedAt, rating, phaseBefore, durationMs FROM review
            WHERE learnerId = ? AND source <> 'cram'\(deck == nil ? "" : " AND deck = ?")
            ORDER BY card, reviewedAt, id
            """
        let arguments: StatementArguments = deck.map { [learnerId, $0] } ?? [learnerId]
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        var card: String?
        var reviews: [HistoryReview] = []
        while let row = try rows.next() {
            let id: String = row[0]
            if id != card {
                if !reviews.isEmpty { histories.append(CardHistory(reviews: reviews)) }
                reviews = []
                card = id
            }
            let ratingValue: Int = row[2]
            let phaseText: String = row[3]
            guard let rating = Rating(rawValue: ratingValue), let phase = phases[phaseText] else {
                throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "a review of \(id) is unreadable")
            }
            reviews.append(
                HistoryReview(moment: Timestamp.date(row[1]), rating: rating, phase: phase, durationMs: row[4]))
        }
        if !reviews.isEmpty { histories.append(CardHistory(reviews: reviews)) }
    }
}

extension ProgressStore {
    /// Every card state the learner has, in card order (none for a learner not in the file).
    public func cardStates(for learner: LearnerName) throws(ProgressStoreError) -> [StoredCardState] {
        try read { db in
            guard let learnerId = try Self.learnerID(learner, in: db, create: false) else { return [] }
            return try StoredCardState.filter(StoredCardState.Columns.learnerId == learnerId)
                .order(StoredCardState.Columns.card).fetchAll(db)
        }
    }
}
