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
        /// Answers, oldest first.
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
            var result: [ClassProgress.Member] = []
            result.reserveCapacity(members.count)
            for member in members {
                result.append(try Self.memberProgress(learnerId: member.id, name: member.name, decks: decks, in: db))
            }
            return ClassProgress(className: className, members: result, settings: try Self.classSettings(classId, in: db))
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
            return try Self.memberProgress(learnerId: learnerId, name: learner.rawValue, decks: decks, in: db)
        }
    }

    /// The settings a class's students get when they have none of their own.
    static func classSettings(_ classId: Int64, in db: Database) throws -> LearnerSettings {
        var settings = LearnerSettings()
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT scope, "key", value FROM setting
                WHERE scope = 'global' OR (scope = 'class' AND schoolClassId = ?)
                ORDER BY CASE scope WHEN 'global' THEN 0 ELSE 1 END
                """,
            arguments: [classId])
        for row in rows {
            guard let key = SettingKey(rawValue: row[1]) else { continue }
            let scope: String = row[0]
            try? settings.set(key, to: row[2], origin: scope == "global" ? .global : .class(""))
        }
        return settings
    }

    static func memberProgress(learnerId: Int64, name: String, decks: [String]?, in db: Database) throws -> ClassProgress.Member {
        let deckFilter = decks.map { list in
            " AND deck IN (" + list.map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" }.joined(separator: ", ") + ")"
        } ?? ""
        var cards: [String: CardState] = [:]
        let states = try RowReader(
            db, sql: "SELECT card, \(CardStateColumns.list()) FROM cardState WHERE learnerId = ?\(deckFilter)")
        states.bind(1, learnerId)
        while try states.step() {
            cards[states.text(0)] = try states.cardState(at: 1)
        }
        var answers: [ClassProgress.Answer] = []
        let log = try RowReader(
            db,
            sql: """
                SELECT card, reviewedAt, rating, source, correct, phaseBefore, intervalDaysBefore, \(CardStateColumns.list(suffix: "After"))
                FROM review WHERE learnerId = ?\(deckFilter)
                """)
        log.bind(1, learnerId)
        while try log.step() {
            guard let rating = Rating(rawValue: Int(log.int(2))), let source = ReviewSource(rawValue: log.text(3)),
                let phase = CardPhase(rawValue: log.text(5))
            else {
                throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "a review of \(log.text(0)) is unreadable")
            }
            answers.append(
                ClassProgress.Answer(
                    card: log.text(0), reviewedAt: Timestamp.date(log.int(1)), rating: rating, source: source,
                    correct: log.isNull(4) ? nil : log.int(4) != 0, phaseBefore: phase, intervalDaysBefore: Int(log.int(6)),
                    after: try log.cardState(at: 7)))
        }
        // Sorted here rather than by SQLite, which would need a temporary index for a learner's whole log.
        answers.sort { ($0.reviewedAt, $0.card) < ($1.reviewedAt, $1.card) }
        return ClassProgress.Member(name: name, cards: cards, answers: answers)
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

    /// The ten `CardStateColumns` from `column` on.
    func cardState(at column: Int32) throws -> CardState {
        guard let phase = CardPhase(rawValue: text(column)) else {
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
