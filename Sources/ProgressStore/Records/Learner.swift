import GRDB

/// A row of `learner`: someone whose progress is kept. Created the first time a name is used.
public struct Learner: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var name: String

    public init(id: Int64? = nil, name: String) {
        self.id = id
        self.name = name
    }
}

extension Learner: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "learner"

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let name = Column(CodingKeys.name)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
