import Facts

extension DraftBuilder {
    mutating func addFigures() {
        var seen: [(Quantity, String)] = []
        for f in figureMentions {
            let unitKey = f.unit.lowercased()
            if seen.contains(where: { $0.0 == f.quantity && $0.1 == unitKey }) { continue }
            seen.append((f.quantity, unitKey))
            let s = sentences[f.sentence]
            let id = uniqueID(.figures, Slug.make(Slug.content(f.unit), limit: 3))
            let text = TemplateBuilder.template(s, replacing: [(f.tokens, "{value}")])
            deck.figures.append(Figure(id: id, quantity: f.quantity, unit: f.unit, text: text, location: location(f.sentence)))
            var list: [String] = []
            if f.unitGuessed { list.append("what the number counts is not written next to it: check the unit '\(f.unit)'") }
            if f.tokens.contains(where: { s.tokens[$0].inQuote }) { list.append("the number is in a quotation") }
            record(id, sentence: f.sentence, checks: list)
        }
    }

    mutating func addQuotes() {
        var seen: Set<String> = []
        for q in quoteRecords {
            let key = q.quote.lowercased().filter { $0.isLetter || $0.isNumber }
            guard seen.insert(key).inserted, let who = personIDs[q.person] else { continue }
            let id = uniqueID(.quotes, Slug.make(Slug.content(q.quote), limit: 3))
            deck.quotes.append(Quote(id: id, quote: q.quote, who: who, when: q.when, context: q.context, location: location(q.sentence)))
            var list: [String] = []
            if q.byPronoun { list.append("the speaker is named by a pronoun: check who said it") }
            record(id, sentence: q.sentence, checks: list)
        }
    }

    mutating func addTerms() {
        for term in termRecords {
            let id = uniqueID(.terms, Slug.make(term.term.split(separator: " ").map(String.init), limit: 5))
            deck.terms.append(Term(id: id, term: term.term, definition: term.definition, location: location(term.sentence)))
            var list: [String] = []
            if !term.explained { list.append("the definition is a sentence that uses the term: rewrite it as a definition") }
            record(id, sentence: term.sentence, checks: list)
        }
    }
}
