/// Any one fact of a deck.
public enum Fact: Hashable, Sendable {
    case person(Person)
    case event(Event)
    case figure(Figure)
    case quote(Quote)
    case term(Term)
    case card(Flashcard)

    public var id: FactID {
        switch self {
        case .person(let f): f.id
        case .event(let f): f.id
        case .figure(let f): f.id
        case .quote(let f): f.id
        case .term(let f): f.id
        case .card(let f): f.id
        }
    }

    public var location: SourceLocation {
        switch self {
        case .person(let f): f.location
        case .event(let f): f.location
        case .figure(let f): f.location
        case .quote(let f): f.location
        case .term(let f): f.location
        case .card(let f): f.location
        }
    }
}
