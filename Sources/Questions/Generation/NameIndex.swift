import Facts

/// People's names read by structure (`PersonName`), built once per deck: which words name each person in a
/// text, which answers a typed name question accepts, and which other people's names a slip would turn an
/// answer into.
struct NameIndex: Sendable {
    /// Each person's name, then each alias, parsed.
    let parsed: [[PersonName]]
    /// Folded words that name each person in a text (given and family names, titles, epithets).
    let mentionWords: [Set<String>]
    /// The answers a typed name question accepts for each person: the full name, every alias and every
    /// shortened form (a family name, the name before a regnal number or epithet) that no one else shares.
    let acceptedNames: [[String]]
    /// For each person, other people's one-word names within one typo of one of theirs: "Curie" for "Currie".
    let lookalikes: [[String]]
    /// People by the words that name them.
    let byWord: [String: [Int]]
    /// Shortened forms that name more than one person ("Stephenson" for George and Robert), with whom.
    let sharedForms: [(text: String, people: Set<Int>)]

    init(people: [Person]) {
        let parsed = people.map { p in ([p.name] + p.aliases).map(PersonName.init) }
        self.parsed = parsed
        // Every form a person may be written in, alone, and who may be meant by it.
        var claims: [String: Set<Int>] = [:]
        var forms: [[(text: String, short: Bool)]] = []
        for (i, p) in people.enumerated() {
            var list: [(String, Bool)] = [(p.name, false)] + p.aliases.map { ($0, false) }
            // An epithet of the full name is no family name in a shorter alias: "Soter" of "Ptolemy I Soter".
            let epithets = Set(parsed[i].flatMap { $0.epithet.map(TextFolding.fold) })
            func mayStandAlone(_ form: String, alias n: Int) -> Bool {
                n == 0 || Self.shortens(p.aliases[n - 1], parsed: parsed[i][n], to: form, of: p.name)
            }
            for (n, name) in parsed[i].enumerated() {
                for f in name.familyForms where !epithets.contains(TextFolding.fold(f)) && mayStandAlone(f, alias: n) {
                    list.append((f, true))
                }
                if let sole = name.soleName, mayStandAlone(sole, alias: n) { list.append((sole, true)) }
                // "Abraham Darby III": the name without its number. A family name with the number ("Darby
                // III") is not offered: "William I" of Frederick William I is another king.
                if !name.suffixes.isEmpty, let family = name.family {
                    list.append(((name.given + name.particles + [family]).joined(separator: " "), true))
                }
            }
            if let nickname = Self.nickname(parsed[i]) { list.append((nickname, true)) }
            for (text, _) in list { claims[TextFolding.fold(text), default: []].insert(i) }
            forms.append(list)
        }
        // A given name names its bearer too: "Filippo" alone is not Filippo Lippi when Filippo Brunelleschi
        // is in the deck.
        for (i, names) in parsed.enumerated() {
            for word in names.flatMap(\.given) where !PersonName.isInitial(word) {
                let key = TextFolding.fold(word)
                if claims[key] != nil { claims[key]?.insert(i) }
            }
        }
        var accepted: [[String]] = []
        for (i, list) in forms.enumerated() {
            var seen: Set<String> = []
            var out: [String] = []
            for (n, (text, _)) in list.enumerated() {
                let key = TextFolding.fold(text)
                guard !key.isEmpty, seen.insert(key).inserted else { continue }
                // The full name is always shown and accepted; the others only when they name nobody else.
                if n == 0 || claims[key] == [i] { out.append(text) }
            }
            accepted.append(out)
        }
        acceptedNames = accepted
        var sharedForms: [String: (text: String, people: Set<Int>)] = [:]
        for list in forms {
            for (text, short) in list where short {
                let key = TextFolding.fold(text)
                if let people = claims[key], people.count > 1, sharedForms[key] == nil { sharedForms[key] = (text, people) }
            }
        }
        self.sharedForms = sharedForms.values.sorted { $0.text < $1.text }
        // The name options show, every word of it; of the aliases, only what a person is called by alone
        // (a family name, a single name), since a nickname's words ("the London Bach") name no one in a text.
        let mentionWords = parsed.map { names -> Set<String> in
            var words = names[0].mentionWords
            for alias in names.dropFirst() {
                for form in alias.familyForms + (alias.soleName.map { [$0] } ?? []) {
                    words.formUnion(
                        TextFolding.words(form).filter {
                            $0.count >= 3 && !PersonName.quiet.contains($0) && !PersonName.particleWords.contains($0)
                        })
                }
                if alias.given.count == 1, alias.family == nil, alias.titles.isEmpty {
                    words.formUnion(TextFolding.words(alias.given[0]).filter { $0.count >= 3 })
                }
            }
            return words
        }
        self.mentionWords = mentionWords
        var byWord: [String: [Int]] = [:]
        for (i, words) in mentionWords.enumerated() { for w in words { byWord[w, default: []].append(i) } }
        self.byWord = byWord

        // One-word names by the words one letter shorter, so that names one typo apart meet in linear time.
        var byDeletion: [String: Set<Int>] = [:]
        var single: [[String]] = []
        for list in forms {
            let words = Array(Set(list.filter(\.short).map { TextFolding.fold($0.text) }.filter { !$0.contains(" ") && $0.count >= 4 }))
            single.append(words)
        }
        for (i, words) in single.enumerated() {
            for w in words { for key in Self.deletions(w) { byDeletion[key, default: []].insert(i) } }
        }
        lookalikes = single.enumerated().map { i, words in
            var found: [String] = []
            for w in words {
                for key in Self.deletions(w) {
                    for j in byDeletion[key] ?? [] where j != i {
                        for other in single[j]
                        where other != w && !found.contains(other) && TextFolding.editDistance(w, other, limit: 1) <= 1 {
                            found.append(other)
                        }
                    }
                }
            }
            return found.sorted()
        }
    }

    /// The answers that name one of `people` and no one else: each one's accepted names, and the shortened
    /// forms they share with no one outside them ("Stephenson" when both Stephensons are credited).
    func acceptedNames(forAnyOf people: [Int]) -> [String] {
        let credited = Set(people)
        return people.flatMap { acceptedNames[$0] } + sharedForms.filter { $0.people.isSubset(of: credited) }.map(\.text)
    }

    /// Whether an alias's shortened form (its family name, or the name after its title) is what the person
    /// is called alone. It is when it is a word of the person's name, or when the alias is written in another
    /// script than the name ("Гагарин" of "Юрий Гагарин" for Yuri Gagarin). It is not when the alias is a
    /// nickname — a title and one word ("Lady Day") or a phrase with "of" or "the" ("King of Swing") — or
    /// a baptismal name with a chain of particles ("Donato di Niccolò di Betto Bardi"), whose last word no
    /// one uses alone. Other full names shorten as names do: "Vecellio" of "Tiziano Vecellio".
    static func shortens(_ alias: String, parsed: PersonName, to form: String, of name: String) -> Bool {
        if Set(TextFolding.words(form)).isSubset(of: TextFolding.words(name)) || isLatin(alias) != isLatin(name) { return true }
        let words = alias.split(separator: " ").map { $0.lowercased() }
        if words.contains("of") || words.contains("the") { return false }
        if !parsed.titles.isEmpty, parsed.family == nil { return false }
        return !parsed.given.contains { PersonName.particleWords.contains($0.lowercased()) }
    }

    /// The name a person is called by alone when the deck's name puts a nickname where the given name goes:
    /// "Dizzy" of Dizzy Gillespie, whose alias "John Birks Gillespie" has the same family name and another
    /// given name. (A title word in that place stays a title: "Duke" of Duke Ellington.) A familiar form ("Tommy" beside "Thomas"), another spelling ("Josef" beside "Joseph") or
    /// an initial is no nickname.
    static func nickname(_ names: [PersonName]) -> String? {
        guard let name = names.first, let family = name.family, name.titles.isEmpty, let first = name.given.first,
            !PersonName.isInitial(first)
        else { return nil }
        let key = NameMatcher.fold(first)
        let formal = names.dropFirst().filter { $0.family.map(NameMatcher.fold) == NameMatcher.fold(family) && !$0.given.isEmpty }
        guard !formal.isEmpty,
            formal.allSatisfy({ alias in
                !alias.givenParts.map(NameMatcher.fold).contains { NameMatcher.agree($0, key) || Self.spelledAlike($0, key) }
            })
        else { return nil }
        return first
    }

    /// Two spellings of one given name ("Josef", "Joseph"): the same first letter, two edits apart at most.
    static func spelledAlike(_ a: String, _ b: String) -> Bool {
        a.first == b.first && TextFolding.editDistance(a, b, limit: 2) <= 2
    }

    /// Whether every letter of a name is in the Latin alphabet (accents included).
    static func isLatin(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { !$0.properties.isAlphabetic || $0.value < 0x250 || (0x1E00...0x1EFF).contains($0.value) }
    }

    /// The word and every word one letter shorter.
    static func deletions(_ word: String) -> [String] {
        let chars = Array(word)
        return [word] + chars.indices.map { i in String(chars[..<i] + chars[(i + 1)...]) }
    }

    /// The forms a word of a text may take of a name word: itself, and without a plural ending.
    static func stems(_ w: String) -> [String] {
        var out = [w]
        if w.hasSuffix("s") { out.append(String(w.dropLast())) }
        if w.hasSuffix("es") { out.append(String(w.dropLast(2))) }
        if w.hasSuffix("ies") { out.append(String(w.dropLast(3)) + "y") }
        return out
    }

    /// Everyone a text's folded words name.
    func people(mentionedIn words: [String]) -> Set<Int> {
        var found: Set<Int> = []
        for w in words { for stem in Self.stems(w) { found.formUnion(byWord[stem] ?? []) } }
        return found
    }

    /// Whether a text's folded words name the person: one of their name words, or its plural or possessive
    /// ("the Curies", "the Blackwell sisters", "Caesar's").
    func mentions(_ words: [String], person i: Int) -> Bool {
        let names = mentionWords[i]
        guard !names.isEmpty else { return false }
        return words.contains { w in Self.stems(w).contains(where: names.contains) }
    }
}
