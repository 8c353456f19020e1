import GRDB
import Scheduling

extension ProgressStore {
    /// The learner's place in syncing with a server; nil when the learner has never synced.
    public func syncCursor(for learner: LearnerName) throws(ProgressStoreError) -> SyncCursor? {
        try read { db in
            guard let learnerId = try Self.learnerID(learner, in: db, create: false) else { return nil }
            return try Self.syncCursor(learnerId: learnerId, in: db)
        }
    }

    /// Starts syncing the learner with `server`, or carries on where the last sync stopped.
    ///
    /// The first time (or after moving to another server) every review already in the log waits to be
    /// sent and nothing counts as pulled.
    @discardableResult
    public func beginSync(for learner: LearnerName, server: String) throws(ProgressStoreError) -> SyncCursor {
        try write { db in
            let learnerId = try Self.learnerID(learner, in: db)
            if let cursor = try Self.syncCursor(learnerId: learnerId, in: db), cursor.server == server {
                return cursor
            }
            try db.execute(sql: "DELETE FROM syncCursor WHERE learnerId = ?", arguments: [learnerId])
            try db.execute(sql: "INSERT INTO syncCursor (learnerId, server) VALUES (?, ?)", arguments: [learnerId, server])
            try db.execute(
                sql: "INSERT INTO syncPending (learnerId, reviewId) SELECT learnerId, id FROM review WHERE learnerId = ?",
                arguments: [learnerId])
            guard let cursor = try Self.syncCursor(learnerId: learnerId, in: db) else {
                throw DatabaseError(resultCode: .SQLITE_INTERNAL, message: "the sync cursor of \(learner) was not created")
            }
            return cursor
        }
    }

    /// Up to `limit` of the learner's reviews that the server does not have yet, oldest first.
    public func pendingReviews(for learner: LearnerName, limit: Int) throws(ProgressStoreError) -> [ReviewLogEntry] {
        try read { db in
            guard let learnerId = try Self.learnerID(learner, in: db, create: false) else { return [] }
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT review.id, review.card, review.reviewedAt, review.rating, review.durationMs, review.source,
                           review.questionForm, review.answer, review.correct
                    FROM syncPending JOIN review ON review.id = syncPending.reviewId
                    WHERE syncPending.learnerId = ?
                    ORDER BY review.reviewedAt, review.id
                    LIMIT ?
                    """,
                arguments: [learnerId, limit])
            return try rows.map { row in
                let ratingValue: Int = row[3]
                let sourceText: String = row[5]
                guard let rating = Rating(rawValue: ratingValue), let source = ReviewSource(rawValue: sourceText) else {
                    throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "review \(row[0] as String) is unreadable")
                }
                return ReviewLogEntry(
                    id: row[0], learner: learner, card: row[1], reviewedAtMicroseconds: row[2], rating: rating,
                    durationMs: row[4], source: source, questionForm: row[6], answer: row[7], correct: row[8],
                    file: nil, line: 0)
            }
        }
    }

    /// Notes that the server has stored these reviews, so they are not sent again.
    public func markSent(_ reviewIDs: [String], for learner: LearnerName) throws(ProgressStoreError) {
        guard !reviewIDs.isEmpty else { return }
        try write { db in
            guard let learnerId = try Self.learnerID(learner, in: db, create: false) else { return }
            let statement = try db.cachedStatement(sql: "DELETE FROM syncPending WHERE learnerId = ? AND reviewId = ?")
            for id in reviewIDs {
                try statement.execute(arguments: [learnerId, id])
            }
        }
    }

    /// Adds reviews pulled from the server to the log, replaying each card as an import does, and moves
    /// the cursor to `through`.
    ///
    /// The import is the ordinary one (`importReviews`), so reviews already here are skipped and an earlier
    /// review replays its card. If the process stops between the import and the cursor's move, the next
    /// sync pulls the same reviews again and the import skips them: nothing is lost or doubled.
    @discardableResult
    public func recordPulled(_ entries: [ReviewLogEntry], for learner: LearnerName, through: Int64) throws(ProgressStoreError)
        -> ImportSummary
    {
        let summary =
            entries.isEmpty
            ? ImportSummary(added: 0, alreadyPresent: 0, learners: 0, cards: 0, replayedCards: 0)
            : try importReviews(entries)
        try write { db in
            let learnerId = try Self.learnerID(learner, in: db)
            // What came from the server is on the server: the insert trigger queued it, take it out again.
            let statement = try db.cachedStatement(sql: "DELETE FROM syncPending WHERE learnerId = ? AND reviewId = ?")
            for entry in entries {
                try statement.execute(arguments: [learnerId, entry.storedID])
            }
            try db.execute(
                sql: "UPDATE syncCursor SET pulledThrough = max(pulledThrough, ?) WHERE learnerId = ?",
                arguments: [through, learnerId])
        }
        return summary
    }

    /// Replays every card of the learner from its first review with the learner's settings now: after the
    /// settings changed, the states are again what a replay of the log gives (which the server computes).
    /// Returns the number of cards replayed.
    @discardableResult
    public func replayCards(of learner: LearnerName) throws(ProgressStoreError) -> Int {
        try write { db in
            guard let learnerId = try Self.learnerID(learner, in: db, create: false) else { return 0 }
            let settings = try Self.settings(forLearnerID: learnerId, in: db)
            let log = CardLog(db: db, learnerId: learnerId, learner: learner, scheduler: settings.scheduler, writer: ReviewWriter(db))
            let cards = try String.fetchAll(
                db, sql: "SELECT DISTINCT card FROM review WHERE learnerId = ? ORDER BY card", arguments: [learnerId])
            for card in cards {
                try log.replay(card: card)
            }
            return cards.count
        }
    }

    /// Stops syncing the learner: the cursor and the outbox go; the log stays as it is.
    public func endSync(for learner: LearnerName) throws(ProgressStoreError) {
        try write { db in
            guard let learnerId = try Self.learnerID(learner, in: db, create: false) else { return }
            try db.execute(sql: "DELETE FROM syncCursor WHERE learnerId = ?", arguments: [learnerId])
        }
    }

    private static func syncCursor(learnerId: Int64, in db: Database) throws -> SyncCursor? {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT server, pulledThrough FROM syncCursor WHERE learnerId = ?", arguments: [learnerId])
        else { return nil }
        let pending = try Int.fetchOne(db, sql: "SELECT count(*) FROM syncPending WHERE learnerId = ?", arguments: [learnerId]) ?? 0
        return SyncCursor(server: row[0], pulledThrough: row[1], pending: pending)
    }
}
