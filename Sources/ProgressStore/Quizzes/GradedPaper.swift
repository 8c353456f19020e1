import Foundation
import GRDB

/// A row of `gradedPaper`: one student's paper of one quiz, graded. There is at most one per quiz and
/// learner, which is how grading the same paper twice records nothing twice.
public struct GradedPaper: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var quizId: String
    public var learnerId: Int64
    /// The version the student sat (`A`, `B`…).
    public var version: String
    public var score: Int
    public var total: Int
    public var gradedAt: Date

    public init(id: Int64? = nil, quizId: String, learnerId: Int64, version: String, score: Int, total: Int, gradedAt: Date) {
        self.id = id
        self.quizId = quizId
        self.learnerId = learnerId
        self.version = version
        self.score = score
        self.total = total
        self.gradedAt = gradedAt
    }
}

extension GradedPaper: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "gradedPaper"

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let quizId = Column(CodingKeys.quizId)
        public static let learnerId = Column(CodingKeys.learnerId)
        public static let version = Column(CodingKeys.version)
        public static let score = Column(CodingKeys.score)
        public static let total = Column(CodingKeys.total)
        public static let gradedAt = Column(CodingKeys.gradedAt)
    }

    public init(row: Row) throws {
        id = row[Columns.id]
        quizId = row[Columns.quizId]
        learnerId = row[Columns.learnerId]
        version = row[Columns.version]
        score = row[Columns.score]
        total = row[Columns.total]
        gradedAt = Timestamp.date(row[Columns.gradedAt])
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container[Columns.id] = id
        container[Columns.quizId] = quizId
        container[Columns.learnerId] = learnerId
        container[Columns.version] = version
        container[Columns.score] = score
        container[Columns.total] = total
        container[Columns.gradedAt] = Timestamp.microseconds(gradedAt)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
