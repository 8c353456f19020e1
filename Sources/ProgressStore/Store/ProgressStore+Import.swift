import Foundation
import GRDB
import Scheduling

/// What an import did.
public struct ImportSummary: Sendable, Hashable, Codable {
    /// Reviews added to the log.
    public var added: Int
    /// Reviews that were already there (same id, or same learner, card and time).
    public var alreadyPresent: Int
    /// Learners with reviews in the import.
    public var learners: Int
    /// Cards with reviews in the import.
    public var cards: Int
    /// Cards replayed from their first review because an earlier review arrived.
    public var replayedCards: Int
}

extension ProgressStore {
    /// Adds review log entries to the log, all or nothing, in one transaction.
    ///
    /// Each card's reviews are replayed in time order through its learner's scheduler; a card that already
    /// has later reviews is replayed from its first. Entries already stored are skipped, so importing the
    /// same log twice changes nothing; a contradiction (the same review with another rating, or an id used
    /// for another review) refuses the whole import with the entry's file and line.
    @discardableResult
    public func importReviews(_ entries: [ReviewLogEntry]) throws(ProgressStoreError) -> ImportSummary {
        try importReviews(entries, bulkThreshold: Self.bulkImportThreshold)
    }

    /// `importReviews(_:)`, writing in bulk from `bulkThreshold` entries (tests lower it).
    func importReviews(_ entries: [ReviewLogEntry], bulkThreshold: Int) throws(ProgressStoreError) -> ImportSummary {
        // Group by learner and card, keeping file order within each group until sorted.
        struct Group {
            var learner: LearnerName
            var card: String
            var indices: [Int]
        }
        var groupIndex: [LearnerName: [String: Int]] = [:]
        var groups: [Group] = []
        var previous: (learner: LearnerName, card: String, position: Int)?
        for (index, entry) in entries.enumerated() {
            // Logs usually list one card's reviews together: skip the lookup when the card repeats.
            if let last = previous, last.card == entry.card, last.learner == entry.learner {
                groups[last.position].indices.append(index)
            } else if let position = groupIndex[entry.learner]?[entry.card] {
                previous = (entry.learner, entry.card, position)
                groups[position].indices.append(index)
            } else {
                groupIndex[entry.learner, default: [:]][entry.card] = groups.count
                previous = (entry.learner, entry.card, groups.count)
                groups.append(Group(learner: entry.learner, card: entry.card, indices: [index]))
            }
        }

        // Within the import: sort each card's reviews, drop exact repeats, refuse contradictions.
        var repeats = 0
        var batches: [(learner: LearnerName, card: String, entries: [ReviewLogEntry])] = []
        batches.reserveCapacity(groups.count)
        for group in groups {
            var order = group.indices
            order.sort {
                let a = entries[$0].reviewedAtMicroseconds
                let b = entries[$1].reviewedAtMicroseconds
                return a != b ? a < b : entries[$0].storedID < entries[$1].storedID
            }
            var kept: [ReviewLogEntry] = []
            kept.reserveCapacity(order.count)
            for index in order {
                let entry = entries[index]
                if let previous = kept.last, previous.reviewedAtMicroseconds == entry.reviewedAtMicroseconds {
                    guard previous.rating == entry.rating else {
                        let (first, second) = previous.line <= entry.line || previous.file != entry.file ? (previous, entry) : (entry, previous)
                        throw .importRejected(
                            second.problem(
                                "a review of \(group.card) by \(group.learner) at this time is also at "
                                    + "\(first.file ?? "?"):\(first.line), rated \(first.rating), not \(second.rating)"))
                    }
                    repeats += 1
                    continue
                }
                kept.append(entry)
            }
            batches.append((group.learner, group.card, kept))
        }
        // Cards in the order of their derived review ids, so that a bulk import writes ids in order.
        batches.sort {
            let a = ReviewID.cardKey(learner: $0.learner.rawValue, card: $0.card)
            let b = ReviewID.cardKey(learner: $1.learner.rawValue, card: $1.card)
            return a != b ? a < b : ($0.learner.rawValue, $0.card) < ($1.learner.rawValue, $1.card)
        }

        return try write { db in
            var summary = ImportSummary(
                added: 0, alreadyPresent: repeats, learners: groupIndex.count, cards: groups.count, replayedCards: 0)
            // A large import into a small log is written in bulk (see `ReviewWriter`), with a roomy page cache.
            var bulk = false
            if entries.count >= bulkThreshold {
                let stored = try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM (SELECT 1 FROM review LIMIT ?)", arguments: [entries.count]) ?? 0
                bulk = stored < entries.count
            }
            if bulk {
                try db.execute(sql: "PRAGMA cache_size = -262144")
            }
            defer {
                if bulk { try? db.execute(sql: "PRAGMA cache_size = -2000") }
            }
            // Learners' row ids, schedulers, and whether they already have reviews.
            var learners: [LearnerName: (id: Int64, scheduler: Scheduler, fresh: Bool)] = [:]
            for batch in batches where learners[batch.learner] == nil {
                let learnerId = try Self.learnerID(batch.learner, in: db)
                let settings = try Self.settings(forLearnerID: learnerId, in: db)
                let fresh = !(try Bool.fetchOne(
                    db, sql: "SELECT EXISTS (SELECT 1 FROM review WHERE learnerId = ?)", arguments: [learnerId]) ?? false)
                learners[batch.learner] = (learnerId, settings.scheduler, fresh)
            }
            if bulk && learners.values.allSatisfy(\.fresh) {
                summary.added = try BulkImport.run(
                    batches.map { batch in
                        let learner = learners[batch.learner]!
                        return BulkImport.Batch(learnerId: learner.id, card: batch.card, entries: batch.entries, scheduler: learner.scheduler)
                    },
                    in: db)
                return summary
            }

            let writer = ReviewWriter(db, gathers: bulk, capacity: bulk ? entries.count : 0)
            var logs: [LearnerName: CardLog] = [:]
            for batch in batches {
                let log: CardLog
                if let existing = logs[batch.learner] {
                    log = existing
                } else {
                    let learner = learners[batch.learner]!
                    log = CardLog(db: db, learnerId: learner.id, learner: batch.learner, scheduler: learner.scheduler, writer: writer)
                    logs[batch.learner] = log
                }
                let outcome = try log.add(batch.entries, card: batch.card)
                summary.added += outcome.added
                summary.alreadyPresent += outcome.alreadyPresent
                summary.replayedCards += outcome.replayed ? 1 : 0
            }
            try writer.finish()
            return summary
        }
    }

    /// Imports of at least this many reviews, into a log holding fewer, are written in bulk.
    static let bulkImportThreshold = 50_000

    /// The review log as entries, oldest first (ties by id), for one learner or everyone.
    public func exportReviews(learner: LearnerName? = nil) throws(ProgressStoreError) -> [ReviewLogEntry] {
        try read { db in
            var sql = """
                SELECT review.id, learner.name, review.card, review.reviewedAt, review.rating, review.durationMs,
                       review.source, review.questionForm, review.answer, review.correct
                FROM review JOIN learner ON learner.id = review.learnerId
                """
            var arguments: StatementArguments = []
            if let learner {
                sql += " WHERE learner.name = ?"
                arguments = [learner.rawValue]
            }
            sql += " ORDER BY review.reviewedAt, review.id, learner.name"
            var entries: [ReviewLogEntry] = []
            var names: [String: LearnerName] = [:]
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() {
                let nameText: String = row[1]
                let ratingValue: Int = row[4]
                let sourceText: String = row[6]
                guard let name = names[nameText] ?? LearnerName(nameText), let rating = Rating(rawValue: ratingValue),
                    let source = ReviewSource(rawValue: sourceText)
                else {
                    throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "review \(row[0] as String) is unreadable")
                }
                names[nameText] = name
                entries.append(
                    ReviewLogEntry(
                        id: row[0], learner: name, card: row[2], reviewedAtMicroseconds: row[3], rating: rating,
                        durationMs: row[5], source: source, questionForm: row[7], answer: row[8], correct: row[9],
                        file: nil, line: 0))
            }
            return entries
        }
    }
}
