import GRDB

/// A row of `setting`: one key's value for everyone, for a class, or for one learner.
///
/// Values are stored as the canonical text `SettingKey.parse` produces, so the table reads well in
/// `sqlite3` and a new key needs no migration.
public struct Setting: Codable, Hashable, Sendable, Identifiable {
    /// Whom a setting applies to. A learner's own setting beats their class's, which beats the global one.
    public enum Scope: String, Codable, Hashable, Sendable, CaseIterable {
        case global
        case `class`
        case learner
    }

    public var id: Int64?
    public var scope: Scope
    public var schoolClassId: Int64?
    public var learnerId: Int64?
    public var key: String
    public var value: String

    public init(id: Int64? = nil, scope: Scope, schoolClassId: Int64? = nil, learnerId: Int64? = nil, key: String, value: String) {
        self.id = id
        self.scope = scope
        self.schoolClassId = schoolClassId
        self.learnerId = learnerId
        self.key = key
        self.value = value
    }
}

extension Setting: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "setting"

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let scope = Column(CodingKeys.scope)
        public static let schoolClassId = Column(CodingKeys.schoolClassId)
        public static let learnerId = Column(CodingKeys.learnerId)
        public static let key = Column(CodingKeys.key)
        public static let value = Column(CodingKeys.value)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension Setting.Scope: DatabaseValueConvertible {}
