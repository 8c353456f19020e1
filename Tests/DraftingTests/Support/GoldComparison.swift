import Facts

/// How a draft compares with a gold deck, section by section: recall is the share of gold facts the draft
/// found, precision the share of drafted facts that are in the gold deck.
///
/// A gold date is found when a drafted event has the same date at the same precision; a figure when the value
/// (or range) is the same; a person when the drafted name is the gold name or one of its aliases; a quotation
/// when its words are the same (punctuation and case aside, or one holding the other) and it is given to the
/// same person; a term when its words are the same, or one holds all the content words of the other. Each
/// drafted fact matches one gold fact at most; among several candidates, the closest in wording wins.
struct GoldComparison {
    struct Score {
        var gold: Int
        var drafted: Int
        var matched: Int
        var missed: [String]
        var extra: [String]

        var recall: Double { gold == 0 ? 1 : Double(matched) / Double(gold) }
        var precision: Double { drafted == 0 ? (gold == 0 ? 1 : 0) : Double(matched) / Double(drafted) }
    }

    var sections: [FactSection: Score] = [:]

    init(draft: Deck, gold: Deck) {
        let draftPeople = Dictionary(uniqueKeysWithValues: draft.people.map { ($0.id, $0) })
        let goldPeople = Dictionary(uniqueKeysWithValues: gold.people.map { ($0.id, $0) })
        func samePerson(_ d: Person, _ g: Person) -> Bool {
            let name = Self.fold(d.name)
            return name == Self.fold(g.name) || g.aliases.contains { Self.fold($0) == name }
        }
        sections[.people] = Self.match(gold.people, draft.people, label: \.name, \.name) { g, d in samePerson(d, g) ? 1 : nil }
        sections[.events] = Self.match(
            gold.events, draft.events, label: { "\($0.date.isoText) \($0.label)" }, { "\($0.date.isoText) \($0.label)" }
        ) { g, d in
            g.date == d.date
                ? Self.overlap(g.label + " " + (g.text.map(Self.plain) ?? ""), d.label + " " + (d.text.map(Self.plain) ?? "")) : nil
        }
        sections[.figures] = Self.match(
            gold.figures, draft.figures, label: { "\($0.quantity.numberText) \($0.unit)" }, { "\($0.quantity.numberText) \($0.unit)" }
        ) { g, d in
            Self.sameValue(g.quantity.value, d.quantity.value) ? Self.overlap(g.unit, d.unit) : nil
        }
        sections[.quotes] = Self.match(gold.quotes, draft.quotes, label: \.quote, \.quote) { g, d in
            guard let gp = goldPeople[g.who], let dp = draftPeople[d.who], samePerson(dp, gp) else { return nil }
            return Self.sameWords(g.quote, d.quote)
        }
        sections[.terms] = Self.match(gold.terms, draft.terms, label: \.term, \.term) { g, d in Self.sameTerm(g.term, d.term) }
    }

    /// One-to-one matching, closest pairs first.
    static func match<G, D>(
        _ gold: [G], _ draft: [D], label goldLabel: (G) -> String, _ draftLabel: (D) -> String, _ similarity: (G, D) -> Double?
    ) -> Score {
        var pairs: [(Int, Int, Double)] = []
        for (gi, g) in gold.enumerated() {
            for (di, d) in draft.enumerated() {
                if let s = similarity(g, d) { pairs.append((gi, di, s)) }
            }
        }
        pairs.sort { ($0.2, -$0.0, -$0.1) > ($1.2, -$1.0, -$1.1) }
        var usedGold: Set<Int> = []
        var usedDraft: Set<Int> = []
        for (gi, di, _) in pairs where !usedGold.contains(gi) && !usedDraft.contains(di) {
            usedGold.insert(gi)
            usedDraft.insert(di)
        }
        return Score(
            gold: gold.count, drafted: draft.count, matched: usedGold.count,
            missed: gold.indices.filter { !usedGold.contains($0) }.map { goldLabel(gold[$0]) },
            extra: draft.indices.filter { !usedDraft.contains($0) }.map { draftLabel(draft[$0]) })
    }

    static func sameValue(_ a: Quantity.Value, _ b: Quantity.Value) -> Bool {
        switch (a, b) {
        case (.exact(let x), .exact(let y)): x.doubleValue == y.doubleValue
        case (.range(let x1, let x2), .range(let y1, let y2)): x1.doubleValue == y1.doubleValue && x2.doubleValue == y2.doubleValue
        default: false
        }
    }

    static func plain(_ t: TextTemplate) -> String { t.render { _ in "" } }

    /// Lowercase letters and digits, accents and punctuation dropped, one space between words.
    static func fold(_ text: String) -> String {
        words(text).joined(separator: " ")
    }

    static func words(_ text: String) -> [String] {
        let folded = text.lowercased().map { c -> Character in
            let base =
                c.unicodeScalars.first.map { s -> Character in
                    switch s {
                    case "à", "á", "â", "ã", "ä", "å": "a"
                    case "è", "é", "ê", "ë": "e"
                    case "ì", "í", "î", "ï": "i"
                    case "ò", "ó", "ô", "õ", "ö": "o"
                    case "ù", "ú", "û", "ü": "u"
                    case "ç": "c"
                    case "ñ": "n"
                    default: c
                    }
                } ?? c
            return base.isLetter || base.isNumber ? base : " "
        }
        return String(folded).split(separator: " ").map(String.init)
    }

    static let articles: Set<String> = ["a", "an", "the"]
    static let abbreviations: [String: String] = ["no": "number", "nos": "numbers", "st": "saint", "mt": "mount", "ft": "fort"]

    static func termWords(_ text: String) -> [String] {
        words(text).filter { !articles.contains($0) }.map { abbreviations[$0] ?? $0 }
    }

    static func sameTerm(_ a: String, _ b: String) -> Double? {
        let x = termWords(a)
        let y = termWords(b)
        if x == y { return 1 }
        let (small, large) = x.count <= y.count ? (x, y) : (y, x)
        let content = small.filter { !["of", "and", "for", "on", "in", "group"].contains($0) }
        guard content.count >= 2 || (content.count == 1 && small.count == 1 && large.count <= 2) else { return nil }
        return Set(content).isSubset(of: Set(large)) ? Double(small.count) / Double(large.count) : nil
    }

    static func sameWords(_ a: String, _ b: String) -> Double? {
        let x = words(a)
        let y = words(b)
        if x == y { return 1 }
        let (small, large) = x.count <= y.count ? (x, y) : (y, x)
        guard small.count >= 2 else { return nil }
        let joinedSmall = small.joined(separator: " ")
        let joinedLarge = large.joined(separator: " ")
        if joinedLarge.contains(joinedSmall) { return Double(small.count) / Double(large.count) }
        let overlap = Double(Set(x).intersection(Set(y)).count) / Double(Set(x).union(Set(y)).count)
        return overlap >= 0.8 ? overlap : nil
    }

    /// Word overlap of two phrases (Jaccard), at least a little above zero so that any same-date pair counts.
    static func overlap(_ a: String, _ b: String) -> Double {
        let x = Set(words(a))
        let y = Set(words(b))
        let union = x.union(y).count
        return 0.001 + (union == 0 ? 0 : Double(x.intersection(y).count) / Double(union))
    }
}
