extension PersonFinder {
    /// One record per person: "Stalin" joins "Josef Stalin", roles and titled forms are gathered.
    static func merge(_ candidates: [Candidate], sentences: [Sentence]) -> [PersonRecord] {
        var people: [PersonRecord] = []
        var titled: [Int: [String]] = [:]
        func key(_ words: [String]) -> [String] { words.map { $0.lowercased() } }
        for c in candidates {
            let words = key(c.words)
            var target: Int?
            if let i = people.firstIndex(where: { key($0.nameWords) == words }) {
                target = i
            } else if words.count == 1, let i = people.firstIndex(where: { $0.surname?.lowercased() == words[0] }) {
                target = i
            } else if words.count > 1, let surname = c.words.filter({ !PersonRecord.isSuffix($0) }).last?.lowercased(),
                let i = people.firstIndex(where: { $0.nameWords.count == 1 && key($0.nameWords)[0] == surname })
            {
                // "Stalin" was met first; "Josef Stalin" names him in full.
                people[i].aliases.append(people[i].name)
                people[i].nameWords = c.words
                people[i].name = c.words.joined(separator: " ")
                target = i
            } else if words.count > 1,
                let i = people.firstIndex(where: {
                    let other = key($0.nameWords)
                    return other.count > 1 && other.last == words.last && other.first == words.first
                })
            {
                target = i
                if c.words.count > people[i].nameWords.count { people[i].aliases.append(c.words.joined(separator: " ")) }
            }
            if let i = target {
                for role in c.roles where !people[i].roles.contains(where: { $0.lowercased() == role.lowercased() }) {
                    people[i].roles.append(role)
                }
                if let form = c.titledForm { titled[i, default: []].append(form) }
                continue
            }
            guard c.strong || c.words.count > 1 else { continue }
            people.append(PersonRecord(name: c.words.joined(separator: " "), nameWords: c.words, roles: c.roles, sentence: c.sentence))
            if let form = c.titledForm { titled[people.count - 1, default: []].append(form) }
        }
        // Aliases: the surname alone, when no one else has it, and the titled forms the article writes.
        var surnameCount: [String: Int] = [:]
        for p in people { if let s = p.surname { surnameCount[s.lowercased(), default: 0] += 1 } }
        for i in people.indices {
            var aliases = people[i].aliases
            if let surname = people[i].surname, surnameCount[surname.lowercased()] == 1 {
                aliases.append(surname)
            }
            aliases += titled[i] ?? []
            var seen: Set<String> = [people[i].name.lowercased()]
            people[i].aliases = aliases.filter { seen.insert($0.lowercased()).inserted }
        }
        return people
    }

    /// Every place the sentences name one of `people`, and the pronouns that point back at them.
    static func mentions(of people: [PersonRecord], in sentences: [Sentence]) -> [PersonMention] {
        // Forms by their first word, longest first.
        var forms: [String: [(person: Int, words: [String])]] = [:]
        for (index, p) in people.enumerated() {
            let all = [p.nameWords] + p.aliases.map { $0.split(separator: " ").map(String.init) }
            for words in all where !words.isEmpty {
                forms[words[0].lowercased(), default: []].append((index, words.map { $0.lowercased() }))
            }
        }
        for key in forms.keys { forms[key]?.sort { $0.words.count > $1.words.count } }
        var out: [PersonMention] = []
        var lastNamed: (person: Int, sentence: Int)?
        for (index, s) in sentences.enumerated() {
            let t = s.tokens
            var i = 0
            while i < t.count {
                let token = t[i]
                if token.isWord, token.isCapitalized, let options = forms[token.lower] {
                    if let match = options.first(where: { option in
                        i + option.words.count <= t.count && (0..<option.words.count).allSatisfy { t[i + $0].lower == option.words[$0] }
                    }) {
                        let end = i + match.words.count
                        let roleStart = roleStart(t, before: i)
                        out.append(
                            PersonMention(
                                sentence: index, tokens: i..<end, person: match.person, isPronoun: false, role: roleStart.map { $0..<i }))
                        lastNamed = (match.person, index)
                        i = end
                        continue
                    }
                }
                if token.isWord, Lexicon.personalPronouns.contains(token.lower), !token.inQuote, let last = lastNamed,
                    index - last.sentence <= 3
                {
                    out.append(PersonMention(sentence: index, tokens: i..<(i + 1), person: last.person, isPronoun: true, role: nil))
                }
                i += 1
            }
        }
        return out
    }

    /// Where a title or role before a name starts, if one is written there.
    private static func roleStart(_ t: [Token], before start: Int) -> Int? {
        guard start > 0 else { return nil }
        var k = start
        if Lexicon.personalTitles.contains(t[k - 1].lower) || Lexicon.personalTitles.contains(t[k - 1].lower + ".") { k -= 1 }
        if let range = preModifierRange(t, before: start) { return range.lowerBound }
        return k < start ? k : nil
    }
}
