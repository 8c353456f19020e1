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
    /// The import finished one that had been interrupted.
    public var resumed: Bool = false
}

/// An import that was stopped part way (the process was killed, the disk filled): running the same import
/// again finishes it, with the result one uninterrupted run would have had.
public struct InterruptedImport: Sendable, Hashable, Codable {
    /// Where the reviews came from, as the importer named them (file names).
    public var source: String
    /// Reviews in the import.
    public var reviews: Int
    /// Of those, the ones written before it stopped.
    public var written: Int
}

extension ProgressStore {
    /// Adds review log entries to the log, written in chunks that each hold the file for a fraction of a
    /// second, so that study sessions and other writers keep going while a large import runs.
    ///
    /// Everything that could refuse the import is checked first, before anything is written: a contradiction
    /// (the same review with another rating, or an id used for another review) refuses the whole import with
    /// the entry's file and line. Each card's reviews are replayed in time order through its learner's
    /// scheduler, and a card and its reviews are always written together, so a study session never sees a
    /// card half-imported. Entries already stored are skipped, so importing the same log twice changes
    /// nothing; and an import that was stopped part way is finished by running it again (`source` names it
    /// in the meantime, see `interruptedImports()`).
    @discardableResult
    public func importReviews(_ entries: [ReviewLogEntry], source: String? = nil) throws(ProgressStoreError) -> ImportSummary {
        try importReviews(entries, source: source, chunkTime: Self.importChunkTime)
    }

    /// How long one chunk of an import may hold the file: well under any writer's patience, and long
    /// enough that committing (an fsync) is a small part of it.
    public static let importChunkTime: TimeInterval = 0.25

    /// `importReviews(_:source:)` with chunks of at most `chunkTime` seconds (tests shorten them).
    public func importReviews(
        _ entries: [ReviewLogEntry], source: String?, chunkTime: TimeInterval
    ) throws(ProgressStoreError) -> ImportSummary {
        let plan = try ImportPlan(entries)
        var summary = ImportSummary(
            added: 0, alreadyPresent: plan.repeats, learners: plan.learnerCount, cards: plan.batches.count, replayedCards: 0)
        try read { db in try plan.check(against: db) }

        let importID = plan.digest
        let total = plan.batches.reduce(0) { $0 + $1.entries.count }
        var next = 0
        var written = 0
        var journaled = false
        summary.resumed = try read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM importRun WHERE id = ?)", arguments: [importID]) ?? false
        }
        // A large import touches the log's index all over: with SQLite's default 2 MB page cache each chunk
        // would read its pages again from disk. 256 MB while it runs.
        let large = total >= 20_000
        if large { try? setCacheSize(kibibytes: 262_144) }
        defer { if large { try? setCacheSize(kibibytes: 2_000) } }
        /// Writes the cards from `first` on, until the deadline passes, in one transaction.
        func writeChunk(
            from first: Int, written: Int, summary: ImportSummary, deadline: UInt64
        ) throws(ProgressStoreError) -> (next: Int, written: Int, summary: ImportSummary) {
            try write { db in
                var chunk = summary
                var position = first
                var count = written
                var logs: [LearnerName: CardLog] = [:]
                let writer = ReviewWriter(db, batching: true)
                repeat {
                    let batch = plan.batches[position]
                    let log: CardLog
                    if let existing = logs[batch.learner] {
                        log = existing
                    } else {
                        let learnerId = try Self.learnerID(batch.learner, in: db)
                        let settings = try Self.settings(forLearnerID: learnerId, in: db)
                        log = CardLog(db: db, learnerId: learnerId, learner: batch.learner, scheduler: settings.scheduler, writer: writer)
                        logs[batch.learner] = log
                    }
                    let result = try log.add(batch.entries, card: batch.card)
                    chunk.added += result.added
                    chunk.alreadyPresent += result.alreadyPresent
                    chunk.replayedCards += result.replayed ? 1 : 0
                    count += batch.entries.count
                    position += 1
                } while position < plan.batches.count && DispatchTime.now().uptimeNanoseconds < deadline
                try writer.flush()
                // The journal says how far a stopped import got; it goes with the last chunk.
                if position < plan.batches.count {
                    try db.execute(
                        sql: """
                            INSERT INTO importRun (id, source, reviews, written) VALUES (?, ?, ?, ?)
                            ON CONFLICT (id) DO UPDATE SET written = excluded.written
                            """,
                        arguments: [importID, source ?? "reviews", total, count])
                } else if first > 0 || summary.resumed {
                    try db.execute(sql: "DELETE FROM importRun WHERE id = ?", arguments: [importID])
                }
                return (position, count, chunk)
            }
        }

        while next < plan.batches.count {
            let started = DispatchTime.now().uptimeNanoseconds
            let deadline = started + UInt64(chunkTime * 1e9)
            let outcome: (next: Int, written: Int, summary: ImportSummary)
            do {
                outcome = try writeChunk(from: next, written: written, summary: summary, deadline: deadline)
            } catch {
                // A chunk failed after others were committed: say how far the import got (its journal row says
                // so too), so that the same import is run again to finish it.
                guard journaled else { throw error }
                let reason: String
                switch error {
                case .diskFull: reason = "the disk is full"
                case .locked: reason = "another program kept the file locked"
                case .importRejected(let problem): reason = problem.description
                default: reason = error.description
                }
                throw .importStopped(path: path, written: written, total: total, reason: reason)
            }
            (next, written, summary) = outcome
            journaled = true
            if next < plan.batches.count {
                Self.leaveGap(afterHolding: Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
            }
        }
        return summary
    }

    /// Leaves the file free for a moment after a chunk that held it for `held` seconds, so that writers
    /// waiting on it (study sessions, each polling every few milliseconds) get their turn before the next
    /// chunk: a tenth of the chunk's time, at least 10 ms.
    @_spi(Benchmarks) public static func leaveGap(afterHolding held: TimeInterval) {
        usleep(UInt32(max(0.01, held / 10) * 1_000_000))
    }

    /// Sets the connection's page cache (not a write: nothing in the file changes).
    private func setCacheSize(kibibytes: Int) throws(ProgressStoreError) {
        try writeWithoutTransaction { db in try db.execute(sql: "PRAGMA cache_size = -\(kibibytes)") }
    }

    /// Imports that were stopped part way and not yet run again.
    public func interruptedImports() throws(ProgressStoreError) -> [InterruptedImport] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT source, reviews, written FROM importRun ORDER BY source").map {
                InterruptedImport(source: $0["source"], reviews: $0["reviews"], written: $0["written"])
            }
        }
    }

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
                let nameText: String = row["name"]
                let ratingValue: Int = row["rating"]
                let sourceText: String = row["source"]
                guard let name = names[nameText] ?? LearnerName(stored: nameText), let rating = Rating(rawValue: ratingValue),
                    let source = ReviewSource(rawValue: sourceText)
                else {
                    throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "review \(row["id"] as String) is unreadable")
                }
                names[nameText] = name
                entries.append(
                    ReviewLogEntry(
                        id: row["id"], learner: name, card: row["card"], reviewedAtMicroseconds: row["reviewedAt"], rating: rating,
                        durationMs: row["durationMs"], source: source, questionForm: row["questionForm"],
                        answer: ExactText.read(row, "answer"), correct: row["correct"], file: nil, line: 0))
            }
            return entries
        }
    }
}

/// An import sorted into cards and checked within itself, before the file is read.
struct ImportPlan {
    struct Batch {
        var learner: LearnerName
        var card: String
        /// Sorted by time and id, no two at the same moment.
        var entries: [ReviewLogEntry]
    }

    var batches: [Batch] = []
    /// Exact repeats within the import.
    var repeats = 0
    var learnerCount = 0

    init(_ entries: [ReviewLogEntry]) throws(ProgressStoreError) {
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
        learnerCount = groupIndex.count

        // Within the import: sort each card's reviews, drop exact repeats, refuse contradictions, and refuse an
        // id given to two different reviews.
        var givenIDs: [String: ReviewLogEntry] = [:]
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
                        let (first, second) =
                            previous.line <= entry.line || previous.file != entry.file ? (previous, entry) : (entry, previous)
                        throw .importRejected(
                            second.problem(
                                "a review of \(group.card) by \(group.learner) at this time is also at "
                                    + "\(first.file ?? "?"):\(first.line), rated \(first.rating), not \(second.rating)"))
                    }
                    repeats += 1
                    continue
                }
                if entry.hasOwnID, let id = entry.id {
                    if let other = givenIDs[id] {
                        let (first, second) = other.line <= entry.line ? (other, entry) : (entry, other)
                        throw .importRejected(
                            second.problem("review id '\(id)' is already used by \(first.file ?? "?"):\(first.line)"))
                    }
                    givenIDs[id] = entry
                }
                kept.append(entry)
            }
            batches.append(Batch(learner: group.learner, card: group.card, entries: kept))
        }
        // Cards in the order of their derived review ids, so that the primary key is written front to back.
        batches.sort {
            let a = ReviewID.cardKey(learner: $0.learner.rawValue, card: $0.card)
            let b = ReviewID.cardKey(learner: $1.learner.rawValue, card: $1.card)
            return a != b ? a < b : ($0.learner.rawValue, $0.card) < ($1.learner.rawValue, $1.card)
        }
    }

    /// A name for this import that the same reviews always get: how a stopped import is known when it is
    /// run again.
    var digest: String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            hash = (hash ^ 0xFF) &* 0x0000_0100_0000_01B3
        }
        for batch in batches {
            mix(batch.learner.rawValue.utf8)
            mix(batch.card.utf8)
            for entry in batch.entries {
                withUnsafeBytes(of: entry.reviewedAtMicroseconds.littleEndian) { mix($0) }
                mix([UInt8(entry.rating.rawValue)])
            }
        }
        return String(hash, radix: 16)
    }

    /// Refuses, before anything is written, an import that contradicts the stored log: a review at the same
    /// moment with another rating, or an id already used by another review.
    func check(against db: Database) throws {
        var learnerIDs: [LearnerName: Int64?] = [:]
        for batch in batches {
            let learnerId: Int64?
            if let known = learnerIDs[batch.learner] {
                learnerId = known
            } else {
                learnerId = try ProgressStore.learnerID(batch.learner, in: db, create: false)
                learnerIDs[batch.learner] = learnerId
            }
            if let learnerId {
                let log = CardLog(db: db, learnerId: learnerId, learner: batch.learner, scheduler: Scheduler(), writer: ReviewWriter(db))
                _ = try log.partition(batch.entries, card: batch.card)
            }
            // An id of the file's own (not the one derived from learner, card and time) may name another
            // review already stored.
            let lookup = try db.cachedStatement(
                sql:
                    "SELECT learner.name, review.card, review.reviewedAt FROM review JOIN learner ON learner.id = review.learnerId WHERE review.id = ?"
            )
            for entry in batch.entries where entry.hasOwnID {
                guard let id = entry.id, let row = try Row.fetchOne(lookup, arguments: [id]) else { continue }
                let (name, card, time): (String, String, Int64) = (row[0], row[1], row[2])
                if name != batch.learner.rawValue || card != batch.card || time != entry.reviewedAtMicroseconds {
                    throw ProgressStoreError.importRejected(
                        entry.problem("review id '\(id)' is already used by \(name)'s review of \(card) at \(Timestamp.iso8601(time))"))
                }
            }
        }
    }
}

extension ReviewLogEntry {
    /// The entry carries an id that is not the one Recall derives from its learner, card and time.
    var hasOwnID: Bool {
        guard let id else { return false }
        return id != ReviewID.derive(learner: learner.rawValue, card: card, reviewedAt: reviewedAtMicroseconds)
    }
}
