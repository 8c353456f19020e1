import GRDB

/// A row of `schoolClass`: a group of learners a teacher follows and may give settings to.
public struct SchoolClass: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var name: String

    public init(id: Int64? = nil, name: String) {
        self.id = id
        self.name = name
    }
}

extension SchoolClass: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "schoolClass"

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let name = Column(CodingKeys.name)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
