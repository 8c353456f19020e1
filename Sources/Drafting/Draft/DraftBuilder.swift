import Facts

/// Turns what the finders found into the facts of a deck, with ids, templates, origins and checks.
struct DraftBuilder {
    let sentences: [Sentence]
    let options: Drafter.Options
    let articleTitle: String?

    var people = PersonFinder()
    var dates: [DateMention] = []
    var figureMentions: [FigureMention] = []
    var quoteRecords: [QuoteRecord] = []
    var termRecords: [TermRecord] = []

    var deck: Deck
    var origins: [FactID: DeckDraft.Origin] = [:]
    var checks: [FactID: [String]] = [:]
    var personIDs: [Int: FactID] = [:]
    var usedIDs: [FactSection: Set<String>] = [:]

    init(sentences: [Sentence], options: Drafter.Options, articleTitle: String?) {
        self.sentences = sentences
        self.options = options
        self.articleTitle = articleTitle
        let title = options.title ?? articleTitle ?? "Drafted from \(options.sourceName ?? "an article")"
        let source = articleTitle.map { Deck.Source(title: $0) }
        deck = Deck(id: options.id, title: title, source: source, path: options.path)
    }

    mutating func build() {
        people = PersonFinder.find(in: sentences)
        dates = DateFinder.find(in: sentences)
        figureMentions = FigureFinder.find(in: sentences, dates: dates)
        quoteRecords = QuoteFinder.find(in: sentences, people: people, dates: dates)
        termRecords = TermFinder.find(in: sentences, people: people)
        addPeople()
        addEvents()
        addFigures()
        addQuotes()
        addTerms()
    }

    func result() -> DeckDraft {
        DeckDraft(deck: deck, origins: origins, checks: checks, articleTitle: articleTitle)
    }

    // MARK: Shared

    /// A fresh id in `section` from `base`: `base`, then `base-2`, `base-3` ….
    mutating func uniqueID(_ section: FactSection, _ base: String) -> FactID {
        let stem = base.isEmpty ? section.singular : base
        var candidate = stem
        var n = 2
        while usedIDs[section, default: []].contains(candidate) {
            candidate = "\(stem)-\(n)"
            n += 1
        }
        usedIDs[section, default: []].insert(candidate)
        return FactID(section, candidate)
    }

    func location(_ sentence: Int) -> SourceLocation {
        SourceLocation(path: options.sourceName ?? "article", line: sentences[sentence].line, column: 1)
    }

    mutating func record(_ id: FactID, sentence: Int, checks list: [String]) {
        let s = sentences[sentence]
        origins[id] = DeckDraft.Origin(paragraph: s.paragraph, sentence: s.number, line: s.line)
        if !list.isEmpty { checks[id] = list }
    }

    // MARK: People

    mutating func addPeople() {
        var surnames: [String: Int] = [:]
        for p in people.people { surnames[(p.surname ?? p.name).lowercased(), default: 0] += 1 }
        for (index, p) in people.people.enumerated() {
            let surname = p.surname ?? p.name
            let shared = (surnames[surname.lowercased()] ?? 0) > 1
            let id = uniqueID(.people, Slug.make(shared || p.surname == nil ? p.nameWords : [surname], limit: shared ? 3 : 4))
            personIDs[index] = id
            var role: String?
            if !p.roles.isEmpty { role = p.roles.prefix(2).joined(separator: " and ") }
            deck.people.append(Person(id: id, name: p.name, aliases: p.aliases, role: role, location: location(p.sentence)))
            var list: [String] = []
            if role == nil { list.append("no role found in the article: add a short one (\"Soviet leader\")") }
            if p.nameWords.count == 1 { list.append("the article names \(p.name) by one name only: add the full name if there is one") }
            record(id, sentence: p.sentence, checks: list)
        }
    }

    /// The people a sentence names (not by pronoun), in order.
    func namedPeople(in sentence: Int, within range: Range<Int>? = nil) -> [Int] {
        people.mentions(in: sentence).filter { m in
            !m.isPronoun && (range.map { r in r.contains(m.tokens.lowerBound) } ?? true)
        }.map(\.person).uniqued()
    }
}
