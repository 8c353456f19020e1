import Foundation
import GRDB
import Scheduling

/// A large import for learners with no reviews yet, on both cores: one thread replays cards through the
/// scheduler while the database thread writes the rows of the cards replayed before.
///
/// Nothing needs reading first (the learners have no history), cards come in the order of their derived
/// review ids so the primary key is written front to back, and the log's secondary index is dropped
/// during the writing and rebuilt once at the end, all inside the caller's transaction.
enum BulkImport {
    /// One learner's reviews of one card, sorted by time, with no two at the same moment.
    struct Batch: Sendable {
        var learnerId: Int64
        var card: String
        var entries: [ReviewLogEntry]
        var scheduler: Scheduler
    }

    /// One card replayed: its rows and the state they leave.
    struct Card: Sendable {
        var learnerId: Int64
        var card: String
        var parsed: CardLog.ParsedCard
        var rows: [ReviewWriter.Row]
        var state: ExactState?
    }

    /// Writes every batch; returns the number of reviews written.
    static func run(_ batches: [Batch], in db: Database) throws -> Int {
        let channel = Channel<Card>(capacity: 256)
        let done = DispatchSemaphore(value: 0)
        let producer = Thread {
            defer { done.signal() }
            for batch in batches {
                guard channel.put(replay(batch)) else { return }
            }
            channel.finish()
        }
        producer.start()

        let writer = ReviewWriter(db)
        let indexes = try writer.secondaryIndexes()
        var added = 0
        do {
            for index in indexes {
                try db.execute(sql: "DROP INDEX \(index.name.quotedDatabaseIdentifier)")
            }
            while let card = channel.take() {
                for row in card.rows {
                    try writer.insertNow(row)
                }
                added += card.rows.count
                if let state = card.state {
                    try writer.saveState(state, learnerId: card.learnerId, card: card.card, parsed: card.parsed)
                }
            }
            // Let SQLite sort the index keys on a second thread too.
            try db.execute(sql: "PRAGMA threads = 2")
            for index in indexes {
                try db.execute(sql: index.sql)
            }
            try db.execute(sql: "PRAGMA threads = 0")
        } catch {
            channel.cancel()
            done.wait()
            throw error
        }
        done.wait()
        return added
    }

    /// The card's rows and final state, replayed from a new card.
    static func replay(_ batch: Batch) -> Card {
        let parsed = CardLog.ParsedCard(batch.card)
        var rows: [ReviewWriter.Row] = []
        rows.reserveCapacity(batch.entries.count)
        var state: ExactState?
        for entry in batch.entries {
            let (before, after) = CardLog.step(
                from: state, card: batch.card, rating: entry.rating, at: entry.reviewedAtMicroseconds, source: entry.source,
                scheduler: batch.scheduler)
            rows.append(
                ReviewWriter.Row(
                    entry: entry, id: entry.storedID, learnerId: batch.learnerId, card: batch.card, parsed: parsed,
                    phaseBefore: before.state.phase, intervalDaysBefore: before.state.intervalDays, after: after))
            if entry.source.changesMemory {
                state = after
            }
        }
        return Card(learnerId: batch.learnerId, card: batch.card, parsed: parsed, rows: rows, state: state)
    }

    /// A bounded queue from one producing thread to one consuming thread.
    final class Channel<Item: Sendable>: @unchecked Sendable {
        private let condition = NSCondition()
        private var items: [Item] = []
        private var head = 0
        private var finished = false
        private var cancelled = false
        private let capacity: Int

        init(capacity: Int) {
            self.capacity = capacity
        }

        /// Waits for room; false when the consumer gave up.
        func put(_ item: Item) -> Bool {
            condition.lock()
            defer { condition.unlock() }
            while items.count - head >= capacity && !cancelled {
                condition.wait()
            }
            if cancelled { return false }
            items.append(item)
            condition.broadcast()
            return true
        }

        /// No more items will come.
        func finish() {
            condition.lock()
            finished = true
            condition.broadcast()
            condition.unlock()
        }

        /// The consumer gives up; the producer's next `put` returns false.
        func cancel() {
            condition.lock()
            cancelled = true
            condition.broadcast()
            condition.unlock()
        }

        /// The next item, waiting for one; nil once the producer finished and everything was taken.
        func take() -> Item? {
            condition.lock()
            defer { condition.unlock() }
            while head == items.count && !finished {
                condition.wait()
            }
            guard head < items.count else { return nil }
            let item = items[head]
            head += 1
            if head >= 1024 {
                items.removeFirst(head)
                head = 0
            }
            condition.broadcast()
            return item
        }
    }
}
