import Facts

/// Which drafted facts a deck already holds, so that a merge adds only the rest.
///
/// A person is there when a name or alias is shared; an event when an event of the same date shares two words
/// of its label or text; a figure when one has the same value (and, for a small number, a word of its unit); a quotation when its
/// words are the same; a term when its name is. People a new fact names but the deck already has are referred
/// to by the deck's own id.
enum FactMatcher {
    static func missing(from existing: Deck, in drafted: Deck) -> [Fact] {
        var personMap: [FactID: FactID] = [:]
        var newPeople: [Person] = []
        var takenIDs: [FactSection: Set<String>] = [:]
        for fact in existing.facts { takenIDs[fact.id.section, default: []].insert(fact.id.local) }
        func fresh(_ id: FactID) -> FactID {
            var candidate = id.local
            var n = 2
            while takenIDs[id.section, default: []].contains(candidate) {
                candidate = "\(id.local)-\(n)"
                n += 1
            }
            takenIDs[id.section, default: []].insert(candidate)
            return FactID(id.section, candidate)
        }
        for p in drafted.people {
            let names = Set(([p.name] + p.aliases).map(fold))
            if let match = existing.people.first(where: { !names.isDisjoint(with: ([$0.name] + $0.aliases).map(fold)) }) {
                personMap[p.id] = match.id
            } else {
                var person = p
                person.id = fresh(p.id)
                personMap[p.id] = person.id
                newPeople.append(person)
            }
        }
        var out: [Fact] = newPeople.map(Fact.person)
        for e in drafted.events where !existing.events.contains(where: { sameEvent($0, e) }) {
            var event = e
            event.id = fresh(e.id)
            event.who = e.who.compactMap { personMap[$0] }
            out.append(.event(event))
        }
        for f in drafted.figures where !existing.figures.contains(where: { sameFigure($0, f) }) {
            var figure = f
            figure.id = fresh(f.id)
            out.append(.figure(figure))
        }
        for q in drafted.quotes where !existing.quotes.contains(where: { words($0.quote) == words(q.quote) }) {
            guard let who = personMap[q.who] else { continue }
            var quote = q
            quote.id = fresh(q.id)
            quote.who = who
            out.append(.quote(quote))
        }
        for t in drafted.terms where !existing.terms.contains(where: { fold($0.term) == fold(t.term) }) {
            var term = t
            term.id = fresh(t.id)
            out.append(.term(term))
        }
        // A new person no new fact names, whom the deck has no use for yet, is still added: the article names them.
        return out
    }

    static func sameEvent(_ a: Event, _ b: Event) -> Bool {
        guard a.date == b.date else { return false }
        let x = Set(words(a.label + " " + (a.text.map { $0.render { _ in "" } } ?? "")))
        let y = Set(words(b.label + " " + (b.text.map { $0.render { _ in "" } } ?? "")))
        return x.intersection(y).count >= 2
    }

    /// The same value is the same figure when the number is distinctive (not a small count); a small one
    /// also needs a word of its unit in common.
    static func sameFigure(_ a: Figure, _ b: Figure) -> Bool {
        guard a.quantity.value == b.quantity.value else { return false }
        if case .exact(let n) = a.quantity.value, n.doubleValue.magnitude < 100 { return shareWord(a.unit, b.unit) }
        return true
    }

    static func shareWord(_ a: String, _ b: String) -> Bool {
        !Set(words(a)).isDisjoint(with: words(b))
    }

    /// Content words, lowercased, for comparing wordings.
    static func words(_ text: String) -> [String] {
        Slug.content(text).map { $0.lowercased().filter { $0.isLetter || $0.isNumber } }.filter { !$0.isEmpty }
    }

    static func fold(_ text: String) -> String { words(text).joined(separator: " ") }

    /// A fact with its location cleared, for comparing content.
    static func withoutLocation(_ fact: Fact) -> Fact {
        let none = SourceLocation(path: "", line: 0, column: 0)
        switch fact {
        case .person(var f):
            f.location = none
            return .person(f)
        case .event(var f):
            f.location = none
            return .event(f)
        case .figure(var f):
            f.location = none
            return .figure(f)
        case .quote(var f):
            f.location = none
            return .quote(f)
        case .term(var f):
            f.location = none
            return .term(f)
        case .card(var f):
            f.location = none
            return .card(f)
        }
    }
}
