import Facts

/// What the generator looks up again and again, built once per deck so that a bank stays linear in the deck's size.
final class DeckIndex: Sendable {
    let deck: Deck

    // People
    let people: [Person]
    let personPosition: [FactID: Int]
    /// Each person's name and aliases, folded: two people sharing any of these may be one person.
    let nameKeys: [[String]]
    /// Names read by structure: what names each person in a text, what a typed answer may be.
    let names: NameIndex
    /// When each person lived and how sentences refer to them.
    let traits: [PersonTraits]
    /// The pronouns the deck's author wrote down for someone (`pronoun:`); see `mayBeCalled`.
    let declaredPronouns: Set<Person.Pronoun>
    let roleWords: [Set<String>?]
    /// Each description's content words as numbers, one per distinct word in the deck, sorted: asking whether two
    /// people are of a kind ("painter", "trumpeter") compares integers, not strings, for every person of the time.
    let roleWordNumbers: [[Int]]
    /// Whether most descriptions start in lower case ("trumpeter and singer"), so a capital first letter is a name's.
    let rolesStartInLowerCase: Bool
    let roleKeys: [String?]
    /// The first word of each description that carries meaning ("english" in "English physicist").
    let roleLeads: [String?]
    let peopleWithRoles: [Int]
    /// People by folded display name: an option showing a name stands for every person of that name.
    let peopleByName: [String: [Int]]
    /// Each person's display name, folded.
    let nameFolds: [String]
    /// Whether no other person's description is the same as this one's or includes it or is included in it,
    /// so that the description alone names the person.
    let roleIsDistinct: [Bool]
    /// The people each person's description names ("Stalin’s right-hand man" names Stalin).
    let roleMentions: [Set<Int>]
    /// People the deck dates, with their years, by the first year of their facts; and those it does not date.
    let peopleByEra: [(person: Int, era: ClosedRange<Int>)]
    let peopleOfNoKnownTime: [Int]
    /// The longest span of years one person's facts cover.
    let longestEra: Int

    /// How dates are shown: with AD where the deck also holds dates before the common era.
    let dateStyle: DateStyle
    /// Facts that would share a prompt with another fact and have another answer.
    let clashes: PromptClashes

    // Events
    let events: [Event]
    let eventLabels: [String]
    let eventLabelKeys: [String]
    let eventsByLabelKey: [String: [Int]]
    let eventDays: [ClosedRange<Int>]
    /// For each person, the capitalised words (`nameWords`) of the labels and sentences of the events crediting
    /// them: the works and places a quotation's context may name.
    let creditedNameWords: [Set<String>]
    /// For each event, whether it is the birth or the death of the one person it credits (`PersonTraits.lifeEvent`).
    let eventLives: [PersonTraits.LifeEvent?]
    /// The deck's distinct event dates by shape, in chronological order.
    let datesByShape: [DateShape: [DateValue]]
    /// Event positions in chronological order (ties in file order).
    let chronological: [Int]
    let eventPosition: [FactID: Int]
    /// Each event's place in `chronological`.
    let chronologicalRank: [Int]

    // Figures
    let figures: [Figure]
    let figureUnitKeys: [String]
    let figuresByUnit: [String: [Int]]
    /// Each figure's words: its unit and its sentence without the number, folded.
    let figureWords: [[String]]
    let figurePosition: [FactID: Int]

    // Quotes
    let quotes: [Quote]
    let speakersByQuoteKey: [String: [FactID]]

    // Terms
    let terms: [Term]
    let termKeys: [String]
    let definitionKeys: [String]
    let termsByKey: [String: [Int]]
    let termsByDefinitionKey: [String: [Int]]
    let termPosition: [FactID: Int]
    /// Each definition with its term's own words hidden ("The Japanese … in Manchuria" for Kwantung Army).
    let shownDefinitions: [String]
    /// Why each term's definition, its term's words hidden, cannot be shown to ask for the term; nil when it can.
    let hiddenDefinitionProblems: [String?]
    /// Terms whose definition can be shown with its term's words hidden: the ones matching may use.
    let matchableTerms: [Int]

    init(_ deck: Deck) {
        self.deck = deck

        people = deck.people
        var position: [FactID: Int] = [:]
        for (i, p) in people.enumerated() where position[p.id] == nil { position[p.id] = i }
        personPosition = position
        var keys: [[String]] = []
        for p in people {
            var k: [String] = []
            for text in [p.name] + p.aliases {
                let key = TextFolding.fold(text)
                if !key.isEmpty, !k.contains(key) { k.append(key) }
            }
            keys.append(k)
        }
        nameKeys = keys
        let folds = people.map { TextFolding.fold($0.name) }
        nameFolds = folds
        var byName: [String: [Int]] = [:]
        for (i, key) in folds.enumerated() { byName[key, default: []].append(i) }
        peopleByName = byName
        names = NameIndex(people: people)
        let nameIndex = names
        let lives = deck.events.map { e -> PersonTraits.LifeEvent? in
            let credited = e.who.compactMap { position[$0] }
            return credited.count == 1 ? PersonTraits.lifeEvent(e, person: credited[0], names: nameIndex) : nil
        }
        eventLives = lives
        let traits = PersonTraits.of(deck, people: people, position: position, lives: lives)
        self.traits = traits
        declaredPronouns = Set(people.compactMap(\.pronoun))
        peopleByEra = traits.indices.compactMap { i in traits[i].era.map { (i, $0) } }.sorted { $0.era.lowerBound < $1.era.lowerBound }
        peopleOfNoKnownTime = traits.indices.filter { traits[$0].era == nil }
        longestEra = traits.compactMap { $0.era.map { $0.upperBound - $0.lowerBound } }.max() ?? 0
        roleWords = people.map { $0.role.map(TextFolding.contentWords) }
        var wordNumbers: [String: Int] = [:]
        roleWordNumbers = roleWords.map { words in
            (words ?? []).map { word in
                if let n = wordNumbers[word] { return n }
                wordNumbers[word] = wordNumbers.count
                return wordNumbers.count - 1
            }.sorted()
        }
        let firstLetters = people.compactMap { $0.role?.first { $0.isLetter } }
        rolesStartInLowerCase = firstLetters.filter(\.isLowercase).count * 2 > firstLetters.count
        roleKeys = people.map { $0.role.map(TextFolding.fold) }
        roleLeads = people.map { p in p.role.flatMap { TextFolding.words($0).first { !TextFolding.stopWords.contains($0) } } }
        let allPeople = deck.people
        // A description naming its own person ("Emperor of Japan" beside Emperor Showa) would match itself.
        peopleWithRoles = allPeople.indices.filter { i in
            allPeople[i].role.map { !TextFolding.fold($0).isEmpty && !nameIndex.mentions(TextFolding.words($0), person: i) } ?? false
        }
        roleIsDistinct = Self.distinctRoles(roleWords)
        roleMentions = people.map { p in p.role.map { nameIndex.people(mentionedIn: TextFolding.words($0)) } ?? [] }

        dateStyle = DateStyle(deck: deck)
        clashes = PromptClashes(deck)
        events = deck.events
        eventLabels = events.map { Phrasing.label($0.label) }
        eventLabelKeys = events.map { TextFolding.fold($0.label) }
        var byLabel: [String: [Int]] = [:]
        for (i, key) in eventLabelKeys.enumerated() { byLabel[key, default: []].append(i) }
        eventsByLabelKey = byLabel
        eventDays = events.map(\.date.days)
        var credited: [Set<String>] = Array(repeating: [], count: people.count)
        for e in events {
            let words = Self.nameWords(e.label).union(e.text.map { Self.nameWords($0.render { _ in " " }) } ?? [])
            for p in e.who.compactMap({ position[$0] }) { credited[p].formUnion(words) }
        }
        creditedNameWords = credited
        var byShape: [DateShape: [DateValue]] = [:]
        for event in events { byShape[event.date.shape, default: []].append(event.date) }
        datesByShape = byShape.mapValues { dates in
            var seen: Set<String> = []
            return dates.sorted { ($0.days.lowerBound, $0.days.upperBound) < ($1.days.lowerBound, $1.days.upperBound) }
                .filter { seen.insert($0.description).inserted }
        }
        let days = eventDays
        chronological = events.indices.sorted {
            (days[$0].lowerBound, days[$0].upperBound, $0) < (days[$1].lowerBound, days[$1].upperBound, $1)
        }

        eventPosition = Self.positions(events.map(\.id))
        var ranks = [Int](repeating: 0, count: events.count)
        for (rank, e) in chronological.enumerated() { ranks[e] = rank }
        chronologicalRank = ranks
        figures = deck.figures
        figurePosition = Self.positions(figures.map(\.id))
        figureUnitKeys = figures.map { TextFolding.fold($0.unit) }
        figureWords = figures.map { TextFolding.words($0.unit + " " + ($0.text?.render { _ in " " } ?? "")) }
        var byUnit: [String: [Int]] = [:]
        for (i, key) in figureUnitKeys.enumerated() { byUnit[key, default: []].append(i) }
        let allFigures = deck.figures
        figuresByUnit = byUnit.mapValues { list in
            list.sorted { (allFigures[$0].quantity.bounds.lowerBound, $0) < (allFigures[$1].quantity.bounds.lowerBound, $1) }
        }

        quotes = deck.quotes
        var speakers: [String: [FactID]] = [:]
        for q in quotes {
            let key = TextFolding.fold(q.quote)
            if speakers[key]?.contains(q.who) != true { speakers[key, default: []].append(q.who) }
        }
        speakersByQuoteKey = speakers

        terms = deck.terms
        termKeys = terms.map { TextFolding.fold($0.term) }
        let shown = terms.map { t in TextFolding.hiding(TextFolding.sharedWords(t.term, t.definition), in: Phrasing.label(t.definition)) }
        shownDefinitions = shown
        let problems = shown.map(Self.hiddenDefinitionProblem)
        hiddenDefinitionProblems = problems
        matchableTerms = problems.indices.filter { problems[$0] == nil }
        definitionKeys = terms.map { TextFolding.fold($0.definition) }
        var byTerm: [String: [Int]] = [:]
        var byDefinition: [String: [Int]] = [:]
        for i in terms.indices {
            byTerm[termKeys[i], default: []].append(i)
            byDefinition[definitionKeys[i], default: []].append(i)
        }
        termsByKey = byTerm
        termPosition = Self.positions(terms.map(\.id))
        termsByDefinitionKey = byDefinition
    }

    /// A text's capitalised words of three letters or more after its first, folded.
    static func nameWords(_ text: String) -> Set<String> {
        Set(TextFolding.capitalizedWords(text, includingFirst: false).filter { $0.count >= 3 }.map { TextFolding.fold(String($0)) })
    }

    static let unreadableHidden =
        "hiding the term's words leaves a definition that does not read (a gap at its start or inside a title): reword it"

    /// Why a definition with its term's words hidden cannot stand for the term: nothing is left of it, or it
    /// opens with the gap ("… a form that points towards the viewer"), or the gap is inside a title, which gives
    /// the word back ("Gershwin's “I Got …”"). Nil when it reads as a definition.
    static func hiddenDefinitionProblem(_ shown: String) -> String? {
        if TextFolding.contentWords(shown).isEmpty { return "the definition is little more than the term" }
        if shown.hasPrefix("…") { return unreadableHidden }
        var quoted = false
        for c in shown {
            switch c {
            case "“", "‘": quoted = true
            case "”", "’": quoted = false
            case "\"": quoted.toggle()
            case "…" where quoted: return unreadableHidden
            default: break
            }
        }
        return nil
    }

    /// For each person, whether their description neither includes nor is included in anyone else's.
    /// Looks only at people sharing a word, through an index of words, so large decks stay fast.
    static func distinctRoles(_ roles: [Set<String>?]) -> [Bool] {
        var frequency: [String: Int] = [:]
        for words in roles { for w in words ?? [] { frequency[w, default: 0] += 1 } }
        // Nil only for no words.
        func rarest(_ words: Set<String>) -> String? {
            words.min { (frequency[$0] ?? 0, $0) < (frequency[$1] ?? 0, $1) }
        }
        var byWord: [String: [Int]] = [:]
        var byRarest: [String: [Int]] = [:]
        for (i, words) in roles.enumerated() {
            guard let words, let rare = rarest(words) else { continue }
            for w in words { byWord[w, default: []].append(i) }
            byRarest[rare, default: []].append(i)
        }
        return roles.enumerated().map { i, words in
            guard let words, let rare = rarest(words) else { return false }
            // A description including this one holds its rarest word.
            for j in byWord[rare] ?? [] where j != i {
                if let other = roles[j], words.isSubset(of: other) { return false }
            }
            // A description included in this one has its own rarest word among this one's words.
            for w in words {
                for j in byRarest[w] ?? [] where j != i {
                    if let other = roles[j], other.count <= words.count, other.isSubset(of: words) { return false }
                }
            }
            return true
        }
    }

    static func positions(_ ids: [FactID]) -> [FactID: Int] {
        var result: [FactID: Int] = [:]
        for (i, id) in ids.enumerated() where result[id] == nil { result[id] = i }
        return result
    }

    func person(_ id: FactID) -> Int? { personPosition[id] }

    /// People whose known years come within `years` of a span, found by binary search in `peopleByEra`.
    func people(near span: ClosedRange<Int>, within years: Int) -> [Int] {
        let first = span.lowerBound - years - longestEra
        var low = 0
        var high = peopleByEra.count
        while low < high {
            let mid = (low + high) / 2
            if peopleByEra[mid].era.lowerBound < first { low = mid + 1 } else { high = mid }
        }
        var found: [Int] = []
        var i = low
        while i < peopleByEra.count, peopleByEra[i].era.lowerBound <= span.upperBound + years {
            let person = peopleByEra[i].person
            if let gap = traits[person].distance(to: span), gap <= years { found.append(person) }
            i += 1
        }
        return found
    }

    /// Whether two person entries may be the same human: they share a name or an alias.
    func maySamePerson(_ a: Int, _ b: Int) -> Bool {
        a == b || nameKeys[a].contains { nameKeys[b].contains($0) }
    }

    /// Whether person `j` may be the one a sentence or description calls `pronoun`: the deck says so; or,
    /// unless `strict`, it says nothing of them and gives that pronoun to no one (an author who marks who is
    /// "she" has said the unmarked are not). "They" fits anyone.
    func mayBeCalled(_ pronoun: Person.Pronoun, person j: Int, strict: Bool) -> Bool {
        if pronoun == .they { return true }
        if let known = traits[j].pronoun { return known == pronoun }
        return !strict && !declaredPronouns.contains(pronoun)
    }

    /// Whether a text names the person: by any word of their name or aliases, in the plural or possessive too.
    func mentions(_ words: [String], person i: Int) -> Bool {
        names.mentions(words, person: i)
    }

    /// Whether two descriptions could both be true of one person: one includes the other ("English physicist"
    /// and "English mathematician and physicist"), or they open with the same qualifier ("English physicist" and
    /// "English experimental scientist", "German theoretical physicist" and "German-born theoretical physicist").
    func rolesOverlap(_ a: Int, _ b: Int) -> Bool {
        guard let x = roleWords[a], let y = roleWords[b] else { return true }
        return x.isSubset(of: y) || y.isSubset(of: x) || roleKeys[a] == roleKeys[b] || roleLeads[a] == roleLeads[b]
    }

    /// Whether another event with the same label happened at a date that could be `date`.
    func sameLabelEvent(as event: Int, overlaps date: DateValue) -> Bool {
        for other in eventsByLabelKey[eventLabelKeys[event]] ?? [] where other != event {
            if eventDays[other].overlaps(date.days) { return true }
        }
        return false
    }

    /// Whether two facts can sit in one group without making it ambiguous.
    func compatible(_ focus: QuestionFocus, _ a: Int, _ b: Int) -> Bool {
        guard a != b else { return false }
        switch focus {
        case .personRole:
            return !maySamePerson(a, b) && !rolesOverlap(a, b) && nameFolds[a] != nameFolds[b]
                && !roleMentions[a].contains(b) && !roleMentions[b].contains(a)
        case .termDefinition:
            return termKeys[a] != termKeys[b] && definitionKeys[a] != definitionKeys[b]
        case .eventDate, .chronology:
            // Dates that could share a day would make the match or the order a matter of opinion.
            return eventLabelKeys[a] != eventLabelKeys[b] && !eventDays[a].overlaps(eventDays[b])
        default:
            return false
        }
    }

}
