import GRDB

/// A row of `membership`: one learner in one class.
public struct Membership: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var learnerId: Int64
    public var schoolClassId: Int64

    public init(id: Int64? = nil, learnerId: Int64, schoolClassId: Int64) {
        self.id = id
        self.learnerId = learnerId
        self.schoolClassId = schoolClassId
    }
}

extension Membership: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "membership"

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let learnerId = Column(CodingKeys.learnerId)
        public static let schoolClassId = Column(CodingKeys.schoolClassId)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
