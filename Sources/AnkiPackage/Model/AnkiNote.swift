/// A note: one set of field values, from which its note type's templates make cards.
public struct AnkiNote: Sendable, Hashable, Identifiable {
    public var id: Int64
    /// Globally unique: Anki recognises a note it already has by this, on import and sync.
    public var guid: String
    public var notetypeID: Int64
    /// Seconds since 1970 of the last change.
    public var modified: Int64
    public var tags: [String]
    /// Field values as Anki stores them: HTML.
    public var fields: [String]

    public init(id: Int64, guid: String, notetypeID: Int64, modified: Int64, tags: [String] = [], fields: [String]) {
        self.id = id
        self.guid = guid
        self.notetypeID = notetypeID
        self.modified = modified
        self.tags = tags
        self.fields = fields
    }
}
