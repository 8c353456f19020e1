import Foundation
import GRDB
import Scheduling

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
        let deckFilter =
            decks.map { list in
                " AND deck IN (" + list.map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" }.joined(separator: ", ") + ")"
            } ?? ""
        let stateSQL = "SELECT learnerId, card, \(CardStateColumns.list()) FROM cardState"
        let logSQL = """
            SELECT learnerId, card, reviewedAt, rating, source, correct, phaseBefore, intervalDaysBefore, \(CardStateColumns.list(suffix: "After"))
            FROM review
            """
        // Through the C API (`RawStatement`): a class report reads hundreds of thousands of reviews.
        let readers: [RawStatement]
        if scan {
            let ids = members.map { String($0.id) }.joined(separator: ", ")
            readers = [
                try RawStatement(db, sql: "\(stateSQL) NOT INDEXED WHERE learnerId IN (\(ids))\(deckFilter)"),
                try RawStatement(db, sql: "\(logSQL) NOT INDEXED WHERE learnerId IN (\(ids))\(deckFilter)"),
            ]
        } else {
            readers = []
        }
        for (index, member) in members.enumerated() {
            let states: RawStatement
            let log: RawStatement
            if scan {
                guard index == 0 else { break }
                (states, log) = (readers[0], readers[1])
            } else {
                states = try RawStatement(db, sql: "\(stateSQL) WHERE learnerId = ?\(deckFilter)")
                states.bind(1, member.id)
                log = try RawStatement(db, sql: "\(logSQL) WHERE learnerId = ?\(deckFilter)")
                log.bind(1, member.id)
            }
            while try states.step() {
                guard let owner = position[states.int64(0)] else { continue }
                result[owner].cards[states.text(1)] = try states.cardState(at: 2)
            }
            while try log.step() {
                guard let owner = position[log.int64(0)] else { continue }
                guard let rating = Rating(rawValue: Int(log.int64(3))), let source = log.source(4), let phase = log.phase(6) else {
                    throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "a review of \(log.text(1)) is unreadable")
                }
                result[owner].answers.append(
                    ClassProgress.Answer(
                        card: log.text(1), reviewedAt: Timestamp.date(log.int64(2)), rating: rating, source: source,
                        correct: log.isNull(5) ? nil : log.int64(5) != 0, phaseBefore: phase,
                        intervalDaysBefore: Int(log.int64(7)), after: try log.cardState(at: 8)))
            }
        }
        return result
    }
}
