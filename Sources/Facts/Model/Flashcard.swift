/// A free question and answer from a deck's `cards` section, for what fits no other kind of fact.
public struct Flashcard: Hashable, Sendable {
    public var id: FactID
    public var front: String
    public var back: String
    public var location: SourceLocation

    public init(id: FactID, front: String, back: String, location: SourceLocation) {
        self.id = id
        self.front = front
        self.back = back
        self.location = location
    }
}
