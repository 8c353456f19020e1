import Facts

/// What makes a person a plausible option beside another: when they lived (the years of the events and
/// quotations the deck links them to) and how a sentence refers to them.
struct PersonTraits: Hashable, Sendable {
    /// The astronomical years of every dated fact the person is linked to.
    var era: ClosedRange<Int>?
    var pronoun: Person.Pronoun?
    /// The first day the person may have been born and the last they may have lived, when the deck dates their
    /// birth or death (see `lifeEvent`): nobody is linked to what happened before they were born or after they died.
    var birth: ClosedRange<Int>?
    var death: ClosedRange<Int>?
    var born: Int? { birth?.lowerBound }
    var died: Int? { death?.upperBound }

    /// How far apart in years two people may be known and still pass for contemporaries.
    static let contemporaries = 60

    /// Years within which events pass for one time: "Which of these happened in 1568?" offers nothing later
    /// than a generation away where the deck allows.
    static let generation = 30

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

    enum LifeEvent { case birth, death }

    /// Whether an event crediting one person is that person's birth or death, as decks write it: a label that
    /// opens with the noun ("Birth in Halle", "Death of the last Ptolemaic ruler"), or the verb right after the
    /// person's name ("Louis Armstrong is born in New Orleans", "Tommy Dorsey dies", "{who} died on {date}").
    /// Births and deaths of someone else ("after his father died", "sentenced to death") are not.
    static func lifeEvent(_ e: Event, person: Int, names: NameIndex) -> LifeEvent? {
        func verb(_ word: String) -> LifeEvent? {
            switch word {
            case "born": .birth
            case "dies", "died": .death
            default: nil
            }
        }
        let label = TextFolding.words(e.label)
        switch label.first {
        case "birth"?: return .birth
        case "death"?: return .death
        default: break
        }
        let linking: Set<String> = ["is", "was"]
        // The verb after the name, the name's words alone before it.
        if let k = label.firstIndex(where: { verb($0) != nil }) {
            let before = label[..<k].filter { !linking.contains($0) }
            let nameWord: (String) -> Bool = {
                names.mentions([$0], person: person) || PersonName.particleWords.contains($0) || PersonName.suffixWords.contains($0)
                    || PersonName.quiet.contains($0)
            }
            if !before.isEmpty, before.count <= 6, before.allSatisfy(nameWord) { return verb(label[k]) }
        }
        if let text = e.text, case .slot(.who)? = text.segments.first, text.segments.count > 1, case .text(let after) = text.segments[1] {
            let words = TextFolding.words(after).drop { linking.contains($0) }
            if let first = words.first, let life = verb(first) { return life }
        }
        return nil
    }

    /// Each person's traits, from the deck; `lives` says which events are births and deaths, event by event.
    static func of(_ deck: Deck, people: [Person], position: [FactID: Int], lives: [LifeEvent?]) -> [PersonTraits] {
        var years: [[Int]] = Array(repeating: [], count: people.count)
        var said: [Set<Person.Pronoun>] = Array(repeating: [], count: people.count)
        var birth: [ClosedRange<Int>?] = Array(repeating: nil, count: people.count)
        var death: [ClosedRange<Int>?] = Array(repeating: nil, count: people.count)
        for (e, life) in zip(deck.events, lives) {
            let credited = e.who.compactMap { position[$0] }
            for p in credited { years[p] += [e.date.start.astronomicalYear, e.date.end.astronomicalYear] }
            if let life {
                let p = credited[0]
                switch life {
                case .birth:
                    birth[p] =
                        birth[p].map { min($0.lowerBound, e.date.days.lowerBound)...max($0.upperBound, e.date.days.upperBound) }
                        ?? e.date.days
                case .death:
                    death[p] =
                        death[p].map { min($0.lowerBound, e.date.days.lowerBound)...max($0.upperBound, e.date.days.upperBound) }
                        ?? e.date.days
                }
            }
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
            return PersonTraits(era: era, pronoun: pronoun, birth: birth[i], death: death[i])
        }
    }

    /// How old, in days, someone is at the least before the deck's events can be theirs: a child does not
    /// paint the doors finished in the year of its birth.
    static let adulthood = 15 * 365

    /// Whether the person could have done what happened in `days`, as far as the deck dates their life:
    /// grown up by its end and alive until then.
    func mayHaveDone(during days: ClosedRange<Int>) -> Bool {
        if let born, days.upperBound < born + Self.adulthood { return false }
        if let died, days.upperBound > died { return false }
        return true
    }

    /// Whether the person could be the one born, or the one who died, in `days`: not when the deck dates
    /// their own birth or death at another time, nor when it shows them alive on the other side of it.
    func mayBe(_ life: LifeEvent, during days: ClosedRange<Int>, eventYears: ClosedRange<Int>) -> Bool {
        switch life {
        case .birth:
            if let birth, !birth.overlaps(days) { return false }
            if let era, era.lowerBound < eventYears.lowerBound { return false }
        case .death:
            if let death, !death.overlaps(days) { return false }
            if let era, era.upperBound > eventYears.upperBound { return false }
        }
        return true
    }

    /// Years between this person's known years and `other`, 0 when they overlap; nil when either is unknown.
    func distance(to other: ClosedRange<Int>?) -> Int? {
        guard let era, let other else { return nil }
        return max(0, era.lowerBound - other.upperBound, other.lowerBound - era.upperBound)
    }
}
