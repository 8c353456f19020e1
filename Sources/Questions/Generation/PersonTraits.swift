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

    /// Each person's traits, from the deck.
    static func of(_ deck: Deck, people: [Person], position: [FactID: Int]) -> [PersonTraits] {
        var years: [[Int]] = Array(repeating: [], count: people.count)
        var said: [Set<Person.Pronoun>] = Array(repeating: [], count: people.count)
        for e in deck.events {
            let credited = e.who.compactMap { position[$0] }
            for p in credited { years[p] += [e.date.start.astronomicalYear, e.date.end.astronomicalYear] }
            // A sentence about one person that says "his" or "her" says how the deck speaks of them.
            if credited.count == 1, let text = e.text, text.placeholders.contains(.who) {
                let words = Set(TextFolding.words(text.render { _ in " " }))
                if !words.isDisjoint(with: ["he", "his", "him", "himself"]) { said[credited[0]].insert(.he) }
                if !words.isDisjoint(with: ["she", "her", "hers", "herself"]) { said[credited[0]].insert(.she) }
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
                let words = Set(TextFolding.words((person.role ?? "") + " " + ([person.name] + person.aliases).joined(separator: " ")))
                let f = !words.isDisjoint(with: female)
                let m = !words.isDisjoint(with: male)
                if f != m { pronoun = f ? .she : .he }
            }
            let era = years[i].min().map { $0...years[i].max()! }
            return PersonTraits(era: era, pronoun: pronoun)
        }
    }

    /// Years between this person's known years and `other`, 0 when they overlap; nil when either is unknown.
    func distance(to other: ClosedRange<Int>?) -> Int? {
        guard let era, let other else { return nil }
        return max(0, era.lowerBound - other.upperBound, other.lowerBound - era.upperBound)
    }
}
