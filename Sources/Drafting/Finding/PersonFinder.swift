/// Finds the people an article names, once each, with the forms it names them by and the roles it gives.
///
/// A run of capitalized words is a person's name when something says so: a given name from the word list
/// ("Marie Curie"), a title before it ("Colonel Takushiro Hattori"), a role before it ("Soviet leader Josef
/// Stalin") or after it ("Hikosaburo Hata, Chief of Staff of the Kwantung Army,"), or a verb of speech after it
/// ("Hattori wrote"). Places, nationalities and the heads of named things ("Army", "Declaration") are never
/// part of a name. Later mentions by surname, by title and surname, and by pronoun are resolved to the person.
struct PersonFinder {
    private(set) var people: [PersonRecord] = []
    private(set) var mentions: [PersonMention] = []

    static func find(in sentences: [Sentence]) -> PersonFinder {
        var finder = PersonFinder()
        var candidates: [Candidate] = []
        for (index, s) in sentences.enumerated() where !s.isHeading {
            candidates += Self.candidates(in: s, index: index)
        }
        finder.people = Self.merge(candidates, sentences: sentences)
        finder.mentions = Self.mentions(of: finder.people, in: sentences)
        // "led by Marcus Junius Brutus and Gaius Cassius Longinus": a full name joined to a person's is a person's.
        var partners: [Candidate] = []
        for m in finder.mentions where !m.isPronoun {
            let t = sentences[m.sentence].tokens
            var k = m.tokens.upperBound
            guard k + 2 < t.count, t[k].lower == "and" else { continue }
            k += 1
            var e = k
            while e < t.count, t[e].isCapitalized, isNameWord(t[e]) || nameParticles.contains(t[e].text) { e += 1 }
            guard e - k >= 2, e - k <= 4, !finder.mentions.contains(where: { $0.sentence == m.sentence && $0.tokens.contains(k) }) else {
                continue
            }
            if e < t.count, t[e].isCapitalized { continue }
            partners.append(
                Candidate(words: (k..<e).map { t[$0].text }, title: nil, roles: [], sentence: m.sentence, strong: true, titledForm: nil))
        }
        if !partners.isEmpty {
            finder.people = Self.merge(candidates + partners, sentences: sentences)
            finder.mentions = Self.mentions(of: finder.people, in: sentences)
        }
        return finder
    }

    /// The mentions in one sentence.
    func mentions(in sentence: Int) -> [PersonMention] {
        mentions.filter { $0.sentence == sentence }
    }

    // MARK: Candidates

    struct Candidate {
        var words: [String]
        var title: String?
        var roles: [String]
        var sentence: Int
        var strong: Bool
        /// The form as written with its title ("President Yeltsin"), when a title came before it.
        var titledForm: String?
    }

    static func candidates(in s: Sentence, index: Int) -> [Candidate] {
        let t = s.tokens
        var out: [Candidate] = []
        var i = 0
        while i < t.count {
            guard t[i].isCapitalized else {
                i += 1
                continue
            }
            var j = i
            while j < t.count {
                if t[j].isCapitalized {
                    j += 1
                } else if t[j].isWord, nameParticles.contains(t[j].text), j + 1 < t.count, t[j + 1].isCapitalized, j > i {
                    j += 1
                } else if isInitialStop(t, j), j > i {
                    // "John F. Kennedy": the period of a middle initial.
                    j += 1
                } else {
                    break
                }
            }
            if let c = candidate(s, run: i..<j, index: index) { out.append(c) }
            i = j
        }
        return out
    }

    static let nameParticles: Set<String> = [
        "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin", "ibn", "al", "el", "y", "dos", "das", "del", "ter", "ten",
    ]

    /// The period after a single capital letter inside a name, with a capitalized word after it.
    static func isInitialStop(_ t: [Token], _ j: Int) -> Bool {
        j > 0 && j + 1 < t.count && t[j].is(".") && t[j - 1].isWord && t[j - 1].text.count == 1 && t[j - 1].isCapitalized
            && t[j + 1].isCapitalized
    }

    /// Whether a capitalized word can be part of a person's name.
    static func isNameWord(_ token: Token) -> Bool {
        guard token.kind == .word else { return false }
        let w = token.lower
        if Lexicon.isGivenName(w), !Lexicon.functionWords.contains(w), Lexicon.months[w] == nil { return true }
        if Lexicon.functionWords.contains(w) || Lexicon.personalTitles.contains(w) || Lexicon.personalTitles.contains(w + ".") {
            return false
        }
        if Lexicon.roleNouns.contains(w) || Lexicon.nationalities.contains(w) || Lexicon.places.contains(w) { return false }
        if Lexicon.termHeads[w] != nil || Lexicon.months[w] != nil || weekdays.contains(w) { return false }
        if token.isAcronym || Lexicon.romanNumerals.contains(w) && token.text.count > 1 && token.text == token.text.uppercased() {
            return false
        }
        if Lexicon.speechVerbs.contains(w) || Lexicon.commonVerbs.contains(w) { return false }
        return true
    }

    /// Titles of address that say nothing of a person's role.
    static let honorifics: Set<String> = [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "lady", "saint", "st.",
    ]

    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    private static func candidate(_ s: Sentence, run: Range<Int>, index: Int) -> Candidate? {
        let t = s.tokens
        // A numeral or "Jr." after a name is part of it: "Elizabeth II", "Louis XIV", "Martin Luther King Jr".
        var suffixStart = run.upperBound
        while suffixStart > run.lowerBound + 1 {
            let last = t[suffixStart - 1]
            guard last.isWord,
                (Lexicon.romanNumerals.contains(last.lower) && last.text == last.text.uppercased()) || ["jr", "sr"].contains(last.lower)
            else { break }
            suffixStart -= 1
        }
        // The name: the name-like words at the end of the run.
        var start = suffixStart
        while start > run.lowerBound {
            let token = t[start - 1]
            if isNameWord(token) || nameParticles.contains(token.text) && start < run.upperBound || isInitialStop(t, start - 1) {
                start -= 1
            } else if start - 2 >= run.lowerBound, Lexicon.isGivenName(t[start - 2].lower), t[start - 1].isWord {
                // "Michael Jordan", "Stephen King": a place or a title after a given name is a surname.
                start -= 1
            } else {
                break
            }
        }
        while start < suffixStart, nameParticles.contains(t[start].text) { start += 1 }
        guard start < suffixStart else { return nil }
        var nameRange = start..<run.upperBound
        if nameRange.count > 4 { nameRange = (nameRange.upperBound - 4)..<nameRange.upperBound }
        guard !nameRange.isEmpty else { return nil }
        // A given name starts the name where one is found: "Internal Affairs Lavrenty Beria".
        if let given = nameRange.first(where: { Lexicon.isGivenName(t[$0].lower) }), given > nameRange.lowerBound {
            nameRange = given..<nameRange.upperBound
        } else if let stop = nameRange.first(where: { isInitialStop(t, $0) }), stop - 2 >= nameRange.lowerBound {
            // "Rollin T. Chamberlin": a middle initial follows a given name, known or not.
            nameRange = (stop - 2)..<nameRange.upperBound
        } else if nameRange.count > 2, !Lexicon.isGivenName(t[nameRange.lowerBound].lower) {
            nameRange = (nameRange.upperBound - 2)..<nameRange.upperBound
        }
        // "St Paul’s Cathedral", "King’s College London": a name that names a place or a body is no person's.
        if nameRange.upperBound + 1 < t.count, t[nameRange.upperBound].kind == .possessive, t[nameRange.upperBound + 1].isCapitalized,
            let kind = Lexicon.termHeads[t[nameRange.upperBound + 1].lower], kind == .place || kind == .organisation || kind == .work
        {
            return nil
        }
        let words = joined(t, nameRange).split(separator: " ").map(String.init)
        let sentenceInitial = nameRange.lowerBound == 0 || (nameRange.lowerBound == 1 && t[0].kind == .punctuation)

        // The evidence that this is a person.
        var title: String?
        var titleIndex = nameRange.lowerBound
        let before = nameRange.lowerBound - 1
        if before >= 0 {
            var k = before
            if t[k].is("."), k > 0 { k -= 1 }
            let w = t[k].lower
            if t[k].isCapitalized, Lexicon.personalTitles.contains(w) || Lexicon.personalTitles.contains(w + ".") {
                title = t[k].text + (k < before ? "." : "")
                titleIndex = k
                if k > 0, Lexicon.personalTitles.contains(t[k - 1].lower + " " + w) {
                    title = t[k - 1].text + " " + t[k].text
                    titleIndex = k - 1
                }
            }
        }
        let givenName = Lexicon.isGivenName(t[nameRange.lowerBound].lower) && (words.count >= 2 || title != nil)
        let preRole = preModifierRole(t, before: nameRange.lowerBound) ?? reverseAppositiveRole(t, before: titleIndex)
        let roleBefore = before >= 0 && t[before].isWord && Lexicon.isRoleNoun(t[before].lower)
        let appositive = appositiveRole(t, after: nameRange.upperBound)
        var after = nameRange.upperBound
        if after < t.count, t[after].kind == .possessive { after += 1 }
        let speaks = after < t.count && Lexicon.speechVerbs.contains(t[after].lower) && !(after + 1 < t.count && t[after + 1].lower == "by")
        let strong = givenName || title != nil || roleBefore || preRole != nil || appositive != nil
        guard strong || (speaks && !sentenceInitial) || (speaks && words.count >= 2) else { return nil }
        if words.count == 1, title == nil, !strong, sentenceInitial { return nil }

        var roles: [String] = []
        if let preRole, !honorifics.contains(preRole.lowercased()) {
            roles.append(preRole)
        }
        if let appositive { roles.append(appositive) }
        var nameWords = words
        let core = words.filter { !PersonRecord.isSuffix($0) }
        if let title, core.count == 1, Lexicon.regnalTitles.contains(title.lowercased()), words.count == 1 {
            nameWords = [title] + words
            if roles.isEmpty { roles.append(title) }
        }
        let titledForm = title.map { "\($0) \(core.count > 1 ? core[core.count - 1] : words.joined(separator: " "))" }
        return Candidate(
            words: nameWords, title: title, roles: roles, sentence: index, strong: strong || words.count >= 2, titledForm: titledForm)
    }

    /// A role written before a name: "Soviet leader", "Chief of the General Staff of the Soviet Union",
    /// "People’s Commissar (Minister) for Internal Affairs", "Former Imperial Japanese Army Colonel".
    static func preModifierRole(_ t: [Token], before end: Int) -> String? {
        preModifierRange(t, before: end).map { joined(t, $0) }
    }

    /// The tokens of a role before a name (see `preModifierRole`).
    static func preModifierRange(_ t: [Token], before end: Int) -> Range<Int>? {
        var k = end
        let joiners: Set<String> = ["of", "the", "for", "and", "de", "on"]
        while k > 0 {
            let token = t[k - 1]
            if token.isCapitalized && !Lexicon.functionWords.contains(token.lower) && !token.inQuote {
                k -= 1
            } else if token.isWord && !token.isCapitalized && k == end && Lexicon.isRoleNoun(token.lower) {
                k -= 1
            } else if token.kind == .possessive || token.is("(") || token.is(")") {
                k -= 1
            } else if token.isWord && k < end && (joiners.contains(token.lower) || ["former", "then", "deputy"].contains(token.lower)) {
                k -= 1
            } else {
                break
            }
        }
        while k < end, t[k].isWord, joiners.contains(t[k].lower) { k += 1 }
        while k < end, t[k].is(")") || t[k].kind == .possessive { k += 1 }
        // "President Jimmy Carter and General Omar Torrijos": the role ends at another person's name.
        if let and = (k..<end).last(where: { t[$0].lower == "and" }), and > k, isNameWord(t[and - 1]) {
            k = and + 1
            while k < end, t[k].isWord, joiners.contains(t[k].lower) { k += 1 }
        }
        guard k < end else { return nil }
        let range = k..<end
        guard range.contains(where: { Lexicon.isRoleNoun(t[$0].lower) || Lexicon.personalTitles.contains(t[$0].lower) }) else { return nil }
        // A role is a phrase, not a sentence's worth: a long run is a name of something else.
        guard range.count <= 12 else { return nil }
        return range
    }

    /// A role set before a name with a comma: "The chief sanitary officer, Dr. William Gorgas, …".
    static func reverseAppositiveRole(_ t: [Token], before start: Int) -> String? {
        guard start >= 3, t[start - 1].is(",") else { return nil }
        var k = start - 2
        while k > 0, !(t[k - 1].kind == .punctuation) { k -= 1 }
        guard k < start - 1, k == 0 || t[k - 1].is(",") || t[k - 1].is(";") else { return nil }
        let range = k..<(start - 1)
        // "The chief sanitary officer, Dr. William Gorgas"; "Caesar’s great-nephew and adopted son, Octavian".
        let possessive = k + 1 < start - 1 && t[k].isCapitalized && t[k + 1].kind == .possessive
        guard range.count <= 8, ["the", "a", "an"].contains(t[k].lower) || possessive else { return nil }
        guard range.contains(where: { Lexicon.isRoleNoun(t[$0].lower) }),
            !range.contains(where: { Lexicon.commonVerbs.contains(t[$0].lower) || Lexicon.speechVerbs.contains(t[$0].lower) })
        else { return nil }
        return joined(t, (possessive ? k : k + 1)..<(start - 1))
    }

    /// A role in an appositive after a name: ", Chief of Staff of the Kwantung Army," or ", Stalin’s right-hand man,".
    static func appositiveRole(_ t: [Token], after end: Int) -> String? {
        guard end + 1 < t.count, t[end].is(",") else { return nil }
        var k = end + 1
        var stop = k
        while stop < t.count, !(t[stop].kind == .punctuation && ",.;:—)".contains(t[stop].text)) { stop += 1 }
        guard stop - k >= 1, stop - k <= 12 else { return nil }
        let first = t[k].lower
        if ["who", "which", "that", "whose", "where", "when", "and", "but", "or"].contains(first) { return nil }
        if Lexicon.speechVerbs.contains(first) || Lexicon.commonVerbs.contains(first) { return nil }
        guard
            (k..<stop).contains(where: {
                Lexicon.isRoleNoun(t[$0].lower) || (Lexicon.personalTitles.contains(t[$0].lower) && t[$0].isCapitalized)
            })
        else {
            return nil
        }
        // The phrase must not hold a verb: ", despaired at the Soviet troops’ actions," is no role.
        if (k..<stop).contains(where: {
            t[$0].isWord && !t[$0].isCapitalized && (t[$0].lower.hasSuffix("ed") && !Lexicon.participleAdjectives.contains(t[$0].lower))
        }) {
            return nil
        }
        if first == "a" || first == "an" || first == "the" { k += 1 }
        guard k < stop else { return nil }
        return joined(t, k..<stop)
    }

    /// The text of tokens with the spacing they were written with.
    static func joined(_ t: [Token], _ range: Range<Int>) -> String {
        var out = ""
        var previous: Token?
        for k in range {
            let token = t[k]
            if let p = previous, p.range.upperBound < token.range.lowerBound { out += " " }
            out += token.text
            previous = token
        }
        return out
    }
}
