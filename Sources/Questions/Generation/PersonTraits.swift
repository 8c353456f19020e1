import Facts

/// What makes a person a plausible option beside another: when they lived (the years of the events and
/// quotations the deck links them to) and how a sentence refers to them.
struct PersonTraits: Hashable, Sendable {
    /// The astronomical years of every dated fact the person is linked to.
    var era: ClosedRange<Int>?
    var pronoun: Person.Pronoun?

    /// How far apart in years two people may be known and still pass for contemporaries.
    static let contemporaries = 60

    static let female: Set<String> = [
        "she", "her", "queen", "empress", "actress", "mother", "wife", "daughter", "sister", "woman", "princess",
        "madame", "mme", "lady", "dame", "duchess", "countess", "baroness", "nun", "abbess", "mrs", "miss", "tsarina", "heroine",
    ]
    static let male: Set<String> = [
        "he", "his", "him", "king", "emperor", "actor", "father", "husband", "son", "brother", "man", "prince", "sir",
        "lord", "duke", "count", "baron", "monk", "mr", "tsar", "pope", "pharaoh", "hero",
    ]

    /// "he" or "she" when a sentence refers to one person by that pronoun alone ("his", "herself").
    static func pronoun(in words: [String]) -> Person.Pronoun? {
        let he = words.contains { ["he", "his", "him", "himself"].contains($0) }
        let she = words.contains { ["she", "her", "hers", "herself"].contains($0) }
        return he == she ? nil : he ? .he : .she
    }

    /// The pronoun a text's gendered words give ("queen", "sisters", "Sir"), when they agree. A possessive is
    /// about someone else: "wrote under a man’s name" says nothing of the writer.
    static func gendered(_ words: [String]) -> Person.Pronoun? {
        var f = false
        var m = false
        for (i, w) in words.enumerated() where i + 1 >= words.count || words[i + 1] != "s" {
            let stem = TextFolding.stem(w)
            if female.contains(w) || female.contains(stem) { f = true }
            if male.contains(w) || male.contains(stem) { m = true }
        }
        return f == m ? nil : f ? .she : .he
    }

    /// Each person's traits, from the deck.
    static func of(_ deck: Deck, people: [Person], position: [FactID: Int]) -> [PersonTraits] {
        var years: [[Int]] = Array(repeating: [], count: people.count)
        var said: [Set<Person.Pronoun>] = Array(repeating: [], count: people.count)
        for e in deck.events {
            let credited = e.who.compactMap { position[$0] }
            for p in credited { years[p] += [e.date.start.astronomicalYear, e.date.end.astronomicalYear] }
            // A sentence about one person that says "his" or "her" says how the deck speaks of them.
            if credited.count == 1, let text = e.text, text.placeholders.contains(.who),
                let pronoun = pronoun(in: TextFolding.words(text.render { _ in " " }))
            {
                said[credited[0]].insert(pronoun)
            }
        }
        for q in deck.quotes {
            guard let p = position[q.who], let when = q.when else { continue }
            years[p] += [when.start.astronomicalYear, when.end.astronomicalYear]
        }
        return people.enumerated().map { i, person in
            var pronoun = person.pronoun
            if pronoun == nil, said[i].count == 1 { pronoun = said[i].first }
            if pronoun == nil {
                pronoun = gendered(TextFolding.words((person.role ?? "") + " " + ([person.name] + person.aliases).joined(separator: " ")))
            }
            var era: ClosedRange<Int>?
            if let low = years[i].min(), let high = years[i].max() { era = low...high }
            return PersonTraits(era: era, pronoun: pronoun)
        }
    }

    /// Years between this person's known years and `other`, 0 when they overlap; nil when either is unknown.
    func distance(to other: ClosedRange<Int>?) -> Int? {
        guard let era, let other else { return nil }
        return max(0, era.lowerBound - other.upperBound, other.lowerBound - era.upperBound)
    }
}
