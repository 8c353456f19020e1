/// A person a deck's facts name: `who` of events and quotes points here.
public struct Person: Hashable, Sendable {
    public var id: FactID
    /// The full display name, as answers show it.
    public var name: String
    /// Other accepted answers for the name ("Stalin", "Joseph Stalin").
    public var aliases: [String]
    /// A short noun phrase ("Soviet leader").
    public var role: String?
    public var location: SourceLocation

    public init(id: FactID, name: String, aliases: [String] = [], role: String? = nil, location: SourceLocation) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.role = role
        self.location = location
    }
}
