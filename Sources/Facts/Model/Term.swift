/// A term and its definition.
public struct Term: Hashable, Sendable {
    public var id: FactID
    public var term: String
    public var definition: String
    public var location: SourceLocation

    public init(id: FactID, term: String, definition: String, location: SourceLocation) {
        self.id = id
        self.term = term
        self.definition = definition
        self.location = location
    }
}
