import Foundation
import GRDB
import Scheduling

#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif

/// What a class report reads from the file: each student's card states and review log, for some decks.
public struct ClassProgress: Sendable {
    /// One answer from the log, with the few columns statistics need.
    public struct Answer: Sendable, Hashable {
        public var card: String
        public var reviewedAt: Date
        public var rating: Rating
        public var source: ReviewSource
        public var correct: Bool?
        public var phaseBefore: CardPhase
        public var intervalDaysBefore: Int
        /// The card's state just after the answer (the same as before for cram).
        public var after: CardState
    }

    /// One student.
    public struct Member: Sendable {
        public var name: String
        /// Card states by card id.
        public var cards: [String: CardState]
        /// Answers in the order the file holds them (not by time: sorting is left to whoever needs it).
        public var answers: [Answer]
    }

    public var className: String
    /// Students by name.
    public var members: [Member]
    /// The settings that apply to the class as a whole (its own over the global ones over the defaults): the
    /// report counts study days by its rollover hour.
    public var settings: LearnerSettings
}

extension ProgressStore {
    /// Every student's states and log for the cards of `decks` (all cards when nil), read in one snapshot.
    public func classProgress(_ className: String, decks: [String]?) throws -> ClassProgress {
        let progress: ClassProgress? = try read { db in
            guard let classId = try Self.schoolClassID(className, in: db, create: false) else { return nil }
            let members = try Self.members(ofClassID: classId, in: db)
            let learners = try Int.fetchOne(db, sql: "SELECT count(*) FROM learner") ?? 0
            // Reading a learner's rows through the index jumps about the file for every row; when the class
            // holds most of the file's learners, one pass straight through the tables is several times faster.
            let scan = members.count * 2 >= learners
            let result = try Self.progress(of: members, decks: decks, scan: scan, in: db)
            return ClassProgress(className: className, members: result, settings: try Self.classSettings(classId, named: className, in: db))
        }
        guard let progress else { throw try unknownClass(className) }
        return progress
    }

    /// One learner's states and log for the cards of `decks` (all when nil); empty for a learner not in the file.
    public func learnerProgress(_ learner: LearnerName, decks: [String]?) throws(ProgressStoreError) -> ClassProgress.Member {
        try read { db in
            guard let learnerId = try Self.learnerID(learner, in: db, create: false) else {
                return ClassProgress.Member(name: learner.rawValue, cards: [:], answers: [])
            }
            return try Self.progress(of: [(learnerId, learner.rawValue)], decks: decks, scan: false, in: db)[0]
        }
    }

    /// The states and logs of `members`, either learner by learner through the indexes or in one pass over
    /// each table (`scan`).
    static func progress(
        of members: [(id: Int64, name: String)], decks: [String]?, scan: Bool, in db: Database
    ) throws -> [ClassProgress.Member] {
        var result = members.map { ClassProgress.Member(name: $0.name, cards: [:], answers: []) }
        guard !members.isEmpty else { return result }
        var position: [Int64: Int] = [:]
        for (index, member) in members.enumerated() { position[member.id] = index }
        let deckFilter = decks.map { list in
            " AND deck IN (" + list.map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" }.joined(separator: ", ") + ")"
        } ?? ""
        let stateSQL = "SELECT learnerId, card, \(CardStateColumns.list()) FROM cardState"
        let logSQL = """
            SELECT learnerId, card, reviewedAt, rating, source, correct, phaseBefore, intervalDaysBefore, \(CardStateColumns.list(suffix: "After"))
            FROM review
            """
        let readers: [RowReader]
        if scan {
            let ids = members.map { String($0.id) }.joined(separator: ", ")
            readers = [
                try RowReader(db, sql: "\(stateSQL) NOT INDEXED WHERE learnerId IN (\(ids))\(deckFilter)"),
                try RowReader(db, sql: "\(logSQL) NOT INDEXED WHERE learnerId IN (\(ids))\(deckFilter)"),
            ]
        } else {
            readers = []
        }
        for (index, member) in members.enumerated() {
            let states: RowReader
            let log: RowReader
            if scan {
                guard index == 0 else { break }
                (states, log) = (readers[0], readers[1])
            } else {
                states = try RowReader(db, sql: "\(stateSQL) WHERE learnerId = ?\(deckFilter)")
                states.bind(1, member.id)
                log = try RowReader(db, sql: "\(logSQL) WHERE learnerId = ?\(deckFilter)")
                log.bind(1, member.id)
            }
            while try states.step() {
                guard let owner = position[states.int(0)] else { continue }
                result[owner].cards[states.text(1)] = try states.cardState(at: 2)
            }
            while try log.step() {
                guard let owner = position[log.int(0)] else { continue }
                guard let rating = Rating(rawValue: Int(log.int(3))), let source = log.source(4), let phase = log.phase(6) else {
                    throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "a review of \(log.text(1)) is unreadable")
                }
                result[owner].answers.append(
                    ClassProgress.Answer(
                        card: log.text(1), reviewedAt: Timestamp.date(log.int(2)), rating: rating, source: source,
                        correct: log.isNull(5) ? nil : log.int(5) != 0, phaseBefore: phase,
                        intervalDaysBefore: Int(log.int(7)), after: try log.cardState(at: 8)))
            }
        }
        return result
    }
}

/// Reads rows through the SQLite C API: a class report reads hundreds of thousands of reviews, and GRDB's
/// `Row` costs more per column than SQLite's own read. Lives only inside one GRDB database access.
final class RowReader {
    private let handle: OpaquePointer
    private let connection: OpaquePointer
    private let sql: String

    init(_ db: Database, sql: String) throws {
        guard let connection = db.sqliteConnection else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "the database connection is closed")
        }
        var handle: OpaquePointer?
        let code = sqlite3_prepare_v2(connection, sql, -1, &handle, nil)
        guard code == SQLITE_OK, let handle else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
        }
        self.handle = handle
        self.connection = connection
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(handle)
    }

    func bind(_ index: Int32, _ value: Int64) {
        sqlite3_bind_int64(handle, index, value)
    }

    /// Moves to the next row; false at the end.
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        if code == SQLITE_DONE { return false }
        throw DatabaseError(
            resultCode: ResultCode(rawValue: sqlite3_extended_errcode(connection)), message: String(cString: sqlite3_errmsg(connection)),
            sql: sql)
    }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }
    func int(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }
    func double(_ column: Int32) -> Double { sqlite3_column_double(handle, column) }

    func text(_ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(handle, column) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// A card phase, told apart by its length without making a string ("new", "review", "learning",
    /// "relearning" are 3, 6, 8 and 10 bytes long; the schema's CHECK constraints allow no other value).
    func phase(_ column: Int32) -> CardPhase? {
        switch sqlite3_column_bytes(handle, column) {
        case 3: .new
        case 6: .review
        case 8: .learning
        case 10: .relearning
        default: nil
        }
    }

    /// A review source, told apart by its length and first letter (the schema allows no other value).
    func source(_ column: Int32) -> ReviewSource? {
        guard let bytes = sqlite3_column_text(handle, column) else { return nil }
        return switch (sqlite3_column_bytes(handle, column), bytes[0]) {
        case (5, UInt8(ascii: "s")): .study
        case (5, UInt8(ascii: "p")): .paper
        case (6, _): .import
        case (4, _): .cram
        default: nil
        }
    }

    /// The ten `CardStateColumns` from `column` on.
    func cardState(at column: Int32) throws -> CardState {
        guard let phase = phase(column) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "unknown card phase '\(text(column))'")
        }
        return CardState(
            phase: phase,
            step: isNull(column + 1) ? nil : Int(int(column + 1)),
            stability: isNull(column + 2) ? nil : double(column + 2),
            difficulty: isNull(column + 3) ? nil : double(column + 3),
            ease: double(column + 4),
            intervalDays: Int(int(column + 5)),
            due: Timestamp.date(int(column + 6)),
            lastReview: isNull(column + 7) ? nil : Timestamp.date(int(column + 7)),
            reps: Int(int(column + 8)),
            lapses: Int(int(column + 9)))
    }
}
