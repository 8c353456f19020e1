/// A person a deck's facts name: `who` of events and quotes points here.
public struct Person: Hashable, Sendable {
    public var id: FactID
    /// The full display name, as answers show it.
    public var name: String
    /// Other accepted answers for the name ("Stalin", "Joseph Stalin").
    public var aliases: [String]
    /// A short noun phrase ("Soviet leader").
    public var role: String?
    /// How sentences refer to the person, when the deck says: questions whose sentence says "his" offer no
    /// one the deck calls "she" as an option.
    public var pronoun: Pronoun?
    public var location: SourceLocation

    /// The pronoun a deck gives a person: `pronoun: he | she | they`.
    public enum Pronoun: String, CaseIterable, Hashable, Sendable, Codable {
        case he, she, they
    }

    public init(id: FactID, name: String, aliases: [String] = [], role: String? = nil, pronoun: Pronoun? = nil, location: SourceLocation) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.role = role
        self.pronoun = pronoun
        self.location = location
    }
}
