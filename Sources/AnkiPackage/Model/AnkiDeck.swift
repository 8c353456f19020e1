/// A deck of the collection; `name` uses `::` between the levels of a nested deck (`Languages::French`).
public struct AnkiDeck: Sendable, Hashable, Identifiable {
    public var id: Int64
    public var name: String
    /// A filtered deck gathers cards from others for a while; its cards still belong to their home decks.
    public var isFiltered: Bool

    public init(id: Int64, name: String, isFiltered: Bool = false) {
        self.id = id
        self.name = name
        self.isFiltered = isFiltered
    }
}
