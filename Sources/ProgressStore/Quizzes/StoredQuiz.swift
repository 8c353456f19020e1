import Foundation
import GRDB

/// A row of `quiz`: a printed quiz's manifest, kept so that its papers can be graded later.
///
/// The manifest is the `Printing` target's JSON (questions, each version's order, options and key, the
/// copies printed); the store keeps it as text and never reads inside it.
public struct StoredQuiz: Codable, Hashable, Sendable, Identifiable {
    /// The quiz id printed on every page (`3VFVATTB`).
    public var id: String
    /// The deck the quiz came from.
    public var deck: String
    public var title: String
    /// When the quiz was first printed.
    public var createdAt: Date
    /// The manifest, as JSON text.
    public var manifest: String

    public init(id: String, deck: String, title: String, createdAt: Date, manifest: String) {
        self.id = id
        self.deck = deck
        self.title = title
        self.createdAt = createdAt
        self.manifest = manifest
    }
}

extension StoredQuiz: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "quiz"

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let deck = Column(CodingKeys.deck)
        public static let title = Column(CodingKeys.title)
        public static let createdAt = Column(CodingKeys.createdAt)
        public static let manifest = Column(CodingKeys.manifest)
    }

    public init(row: Row) throws {
        id = row[Columns.id]
        deck = row[Columns.deck]
        title = row[Columns.title]
        createdAt = Timestamp.date(row[Columns.createdAt])
        manifest = row[Columns.manifest]
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container[Columns.id] = id
        container[Columns.deck] = deck
        container[Columns.title] = title
        container[Columns.createdAt] = Timestamp.microseconds(createdAt)
        container[Columns.manifest] = manifest
    }
}
