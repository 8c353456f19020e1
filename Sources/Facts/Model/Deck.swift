/// A deck: structured facts on one subject, loaded from `Decks/<id>.yaml`.
public struct Deck: Hashable, Sendable {
    /// Where the facts come from.
    public struct Source: Hashable, Sendable {
        public var title: String?
        public var note: String?
        public var url: String?
        public var author: String?

        public init(title: String? = nil, note: String? = nil, url: String? = nil, author: String? = nil) {
            self.title = title
            self.note = note
            self.url = url
            self.author = author
        }
    }

    public var id: String
    public var title: String
    public var subject: String?
    /// A BCP 47 tag; `en` when the deck does not say.
    public var language: String
    public var source: Source?
    /// The file the deck was loaded from, as given to the loader.
    public var path: String

    public var people: [Person] = []
    public var events: [Event] = []
    public var figures: [Figure] = []
    public var quotes: [Quote] = []
    public var terms: [Term] = []
    public var cards: [Flashcard] = []

    public init(id: String, title: String, subject: String? = nil, language: String = "en", source: Source? = nil, path: String) {
        self.id = id
        self.title = title
        self.subject = subject
        self.language = language
        self.source = source
        self.path = path
    }

    /// Every fact, section by section in file order.
    public var facts: [Fact] {
        people.map(Fact.person) + events.map(Fact.event) + figures.map(Fact.figure)
            + quotes.map(Fact.quote) + terms.map(Fact.term) + cards.map(Fact.card)
    }

    /// How many facts each section holds, every section included.
    public var counts: [FactSection: Int] {
        [
            .people: people.count, .events: events.count, .figures: figures.count,
            .quotes: quotes.count, .terms: terms.count, .cards: cards.count,
        ]
    }

    public var factCount: Int { counts.values.reduce(0, +) }
}
