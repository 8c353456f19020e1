/// Finds the terms of an article: organisations, documents, places and programmes it explains or names often.
///
/// A candidate is a capitalized name ("Kwantung Army", "Imperial Rescript of Surrender", "Order Number 9898"),
/// a quoted name after "under the title of", "known as" or "called" ("a democratization movement"), a place
/// with its geographic noun ("the Habomai group of islets"), or a named process written more than once
/// ("Siberian internment"). What a name ends with says what it is: documents and works are always terms;
/// organisations, places and unknown names only when the article explains them — an appositive, "which
/// was", a gloss in brackets, "the semi-official record …" — or names them three times or more; wars and
/// battles are events, and titles of office belong to people's roles.
struct TermFinder {
    struct Candidate {
        var words: [String]
        var sentence: Int
        var tokens: Range<Int>
        var kind: Lexicon.TermKind?
        var definition: String?
        var explained: Bool
        var forced: Bool
        /// The head noun, for phrasing a definition from a sentence ("this army").
        var head: String
        /// The name as written, with its own spacing ("Hay–Bunau-Varilla Treaty").
        var text: String? = nil
        /// Another name given in brackets after it: "Sengo Kyosei Yokuryushi (Postwar Forced Detention History)".
        var gloss: String? = nil
    }

    static func find(in sentences: [Sentence], people: PersonFinder) -> [TermRecord] {
        var personTokens: [Int: Set<Int>] = [:]
        var personNames: Set<String> = []
        for m in people.mentions where !m.isPronoun { personTokens[m.sentence, default: []].formUnion(m.tokens) }
        for p in people.people {
            personNames.insert(p.name.lowercased())
            for a in p.aliases { personNames.insert(a.lowercased()) }
        }
        var lowercase: Set<String> = []
        for s in sentences { for token in s.tokens where token.isWord && !token.isCapitalized { lowercase.insert(token.lower) } }
        var candidates: [Candidate] = []
        for (index, s) in sentences.enumerated() where !s.isHeading {
            let people = personTokens[index] ?? []
            candidates += names(in: s, index: index, excluding: people, personNames: personNames)
            candidates += cued(
                in: s, index: index, previous: index > 0 && sentences[index - 1].paragraph == s.paragraph ? sentences[index - 1] : nil)
            candidates += geographic(in: s, index: index)
            candidates += emphasized(in: s, index: index, excluding: people)
            candidates += defined(in: s, index: index, excluding: people, lowercase: lowercase)
        }
        candidates += processes(in: sentences)
        return select(candidates, sentences: sentences, personNames: personNames)
    }

    // MARK: Candidates

    /// Capitalized names, split at people and with titles of office taken off the front.
    static func names(in s: Sentence, index: Int, excluding people: Set<Int>, personNames: Set<String>) -> [Candidate] {
        let t = s.tokens
        // People's names are no terms, but they can be part of one: "Torrijos–Carter Treaties", "Marshall Plan".
        var excluding = people
        for k in people.sorted() where excluding.contains(k) {
            var e = k
            while e < t.count, people.contains(e) || (t[e].is("–") && e + 1 < t.count && t[e + 1].isCapitalized) { e += 1 }
            if e < t.count, t[e].isCapitalized,
                let kind = Lexicon.termHeads[t[e].lower] ?? (e + 1 < t.count ? Lexicon.termHeads[t[e + 1].lower] : nil), kind != .office
            {
                for j in k..<e { excluding.remove(j) }
            }
        }
        var out: [Candidate] = []
        let joiners: Set<String> = ["of", "the", "for", "and", "on", "de", "du", "la"]
        var i = 0
        while i < t.count {
            guard t[i].isCapitalized, !excluding.contains(i), !Lexicon.functionWords.contains(t[i].lower) || t[i].lower == "no" else {
                i += 1
                continue
            }
            var j = i
            while j < t.count, !excluding.contains(j) {
                if t[j].isCapitalized && (j == i || !Lexicon.functionWords.contains(t[j].lower) || t[j].lower == "no") {
                    j += 1
                } else if t[j].is("–") || t[j].is("-"), j > i, j + 1 < t.count, t[j + 1].isCapitalized,
                    t[j - 1].range.upperBound == t[j].range.lowerBound, t[j].range.upperBound == t[j + 1].range.lowerBound
                {
                    // "Hay–Bunau-Varilla Treaty": names joined by a dash make one name.
                    j += 1
                } else if t[j].isWord, joiners.contains(t[j].lower), j + 1 < t.count,
                    t[j + 1].isCapitalized || (t[j].lower == "of" && j + 2 < t.count && t[j + 1].lower == "the" && t[j + 2].isCapitalized),
                    j > i
                {
                    j += 1
                } else if t[j].kind == .possessive, j > i, j + 1 < t.count, t[j + 1].isCapitalized, Lexicon.termHeads[t[j + 1].lower] != nil
                {
                    // "St Paul’s Cathedral", "King’s College London": a possessive inside a name.
                    j += 1
                } else if t[j].isWord, ["in", "or"].contains(t[j].lower), j > i, j + 1 < t.count, t[j + 1].isCapitalized,
                    Lexicon.months[t[j + 1].lower] == nil,
                    (i..<j).contains(where: { [.award, .document, .organisation].contains(Lexicon.termHeads[t[$0].lower]) })
                {
                    // "the Nobel Prize in Physiology or Medicine": one name.
                    j += 1
                } else if t[j].kind == .number, !t[j].isOrdinal, j > i, identifierLead(t[j - 1]) {
                    j += 1
                    break
                } else if t[j].is("."), j > i, t[j - 1].lower == "no", j + 1 < t.count, t[j + 1].kind == .number {
                    j += 1
                } else {
                    break
                }
            }
            var range = i..<j
            while range.count > 0, t[range.upperBound - 1].isWord, joiners.contains(t[range.upperBound - 1].lower) {
                range = range.lowerBound..<(range.upperBound - 1)
            }
            range = strippingOffices(t, range)
            if !range.isEmpty, let c = candidate(s, range, index: index) { out.append(c) }
            i = max(j, i + 1)
        }
        return out
    }

    private static func identifierLead(_ token: Token) -> Bool {
        let w = token.lower
        return token.isCapitalized
            && (w == "number" || w == "no" || Lexicon.termHeads[w] == .document || Lexicon.identifierWords.contains(w))
            || token.is(".")
    }

    /// "Chief of Staff of the Kwantung Army" → "Kwantung Army": offices belong to roles.
    static func strippingOffices(_ t: [Token], _ range: Range<Int>) -> Range<Int> {
        var r = range
        while true {
            guard let of = r.first(where: { t[$0].lower == "of" }), of > r.lowerBound else { break }
            let head = t[of - 1].lower
            guard Lexicon.termHeads[head] == .office || Lexicon.roleNouns.contains(head) else { break }
            var next = of + 1
            if next < r.upperBound, t[next].lower == "the" { next += 1 }
            r = next..<r.upperBound
        }
        if r.count >= 1, Lexicon.termHeads[t[r.upperBound - 1].lower] == .office || Lexicon.roleNouns.contains(t[r.upperBound - 1].lower) {
            // The whole name is an office: "Commissar of Defense", "General Staff".
            if !r.contains(where: { Lexicon.termHeads[t[$0].lower] != nil && Lexicon.termHeads[t[$0].lower] != .office }) {
                return r.lowerBound..<r.lowerBound
            }
        }
        return r
    }

    /// Where a name's head noun is, and what kind of thing it names. A name ends with its head; a number or
    /// a numeral names which one ("Order Number 9898", "World War II", "Photo 51"); in "Imperial Rescript of
    /// Surrender", "Bank of Japan" or "Treaty of Paris" the head comes before "of".
    static func head(_ t: [Token], _ range: Range<Int>) -> (index: Int, kind: Lexicon.TermKind?) {
        var headIndex = range.upperBound - 1
        while headIndex > range.lowerBound,
            t[headIndex].kind == .number || t[headIndex].kind == .punctuation
                || Lexicon.romanNumerals.contains(t[headIndex].lower) && t[headIndex].text == t[headIndex].text.uppercased()
                || t[headIndex].lower == "number" || t[headIndex].lower == "no"
        {
            headIndex -= 1
        }
        var kind = Lexicon.termHeads[t[headIndex].lower]
        if kind == nil || kind == .place,
            let of = range.firstIndex(where: { ["of", "de", "du", "des", "di", "del", "della", "von", "in", "or"].contains(t[$0].lower) }),
            of > range.lowerBound,
            let k = Lexicon.termHeads[t[of - 1].lower], k != .office
        {
            kind = k
            headIndex = of - 1
        }
        return (headIndex, kind)
    }

    private static func candidate(_ s: Sentence, _ range: Range<Int>, index: Int) -> Candidate? {
        let t = s.tokens
        let words = range.map { t[$0].text }
        let lower = words.map { $0.lowercased() }
        let (headIndex, kind) = head(t, range)
        if words.count == 1 {
            let w = lower[0]
            if w.count <= 2 { return nil }
            if Lexicon.nationalities.contains(w) || Lexicon.functionWords.contains(w) || Lexicon.months[w] != nil
                || t[range.lowerBound].isAcronym
            {
                return nil
            }
            if range.lowerBound == 0 && kind == nil && !Lexicon.places.contains(w) { return nil }
        }
        if lower.allSatisfy({ Lexicon.nationalities.contains($0) || Lexicon.months[$0] != nil }) { return nil }
        let found = Self.definition(s, range, head: t[headIndex].lower)
        return Candidate(
            words: words, sentence: index, tokens: range, kind: kind, definition: found?.text, explained: found != nil, forced: false,
            head: t[headIndex].lower, text: PersonFinder.joined(t, range), gloss: found?.gloss)
    }

    /// Names after a naming cue: under the title of “a democratization movement”, soldiers called them
    /// "petites Curies", she named the phenomenon radioactivity, they called it polonium.
    static func cued(in s: Sentence, index: Int, previous: Sentence?) -> [Candidate] {
        let t = s.tokens
        var out: [Candidate] = []
        for i in t.indices where t[i].isWord && !t[i].inQuote {
            guard
                let cue = Lexicon.namingCues.first(where: { cue in
                    i + cue.count <= t.count && (0..<cue.count).allSatisfy { t[i + $0].lower == cue[$0] }
                })
            else { continue }
            var k = i + cue.count
            var object: String?
            if k < t.count, ["it", "them", "this", "these"].contains(t[k].lower) {
                k += 1
            } else if k + 1 < t.count, ["the", "this", "a", "an"].contains(t[k].lower), Lexicon.categoryNouns.contains(t[k + 1].lower),
                k + 2 < t.count, !t[k + 2].is(".")
            {
                object = t[k + 1].lower
                k += 2
            }
            guard k < t.count else { continue }
            let nameRange: Range<Int>
            // The name as written, where its words alone would lose an initial's stop.
            var written: String?
            let pronounObject = k > i + cue.count && object == nil
            if object == nil, k + 1 < t.count, t[k].lower == "the", t[k + 1].isCapitalized, !t[k + 1].inQuote {
                // "known as the Lettre à M. Dacier": a capitalized name after "the".
                let e = capitalizedNameEnd(t, from: k + 1)
                guard e == t.count || t[e].kind == .punctuation else { continue }
                nameRange = (k + 1)..<e
                if nameRange.contains(where: { t[$0].is(".") }) { written = PersonFinder.joined(t, nameRange) }
            } else if let q = s.quotations.first(where: { $0.open == k }) {
                // "called it “the greatest engineering feat of the age”" describes; "called them “petites Curies”" names.
                let words = q.tokens.filter { t[$0].isWord }
                if pronounObject, words.count > 4 || (words.first.map { ["the", "a", "an"].contains(t[$0].lower) } ?? false) { continue }
                nameRange = q.tokens
            } else {
                // Unquoted: one to three words, then a stop, a comma or "after …"; "called for" is no name.
                if [
                    "for", "on", "off", "up", "in", "out", "back", "to", "after", "upon", "by", "at", "the", "a", "an", "that", "him",
                    "her",
                ].contains(t[k].lower) {
                    continue
                }
                var e = k
                while e < t.count, e - k < 3, t[e].isWord, !Lexicon.functionWords.contains(t[e].lower) || t[e].lower == "of" { e += 1 }
                // "known as Photo 51": a number ends a capitalized name.
                if e < t.count, e > k, t[e].kind == .number, !t[e].isOrdinal, t[e - 1].isCapitalized { e += 1 }
                guard e > k, e == t.count || t[e].kind == .punctuation || ["after", "because", "for", "from"].contains(t[e].lower) else {
                    continue
                }
                nameRange = k..<e
            }
            var words = nameRange.filter { t[$0].isWord || t[$0].kind == .number }.map { t[$0].text }
            if let first = words.first?.lowercased(), ["a", "an", "the"].contains(first) { words.removeFirst() }
            guard !words.isEmpty, words.count <= 6 else { continue }
            if words.contains(where: { Lexicon.roleNouns.contains($0.lowercased()) || Lexicon.personalTitles.contains($0.lowercased()) }) {
                continue
            }
            let head = t[Self.head(t, nameRange).index].lower
            var definition: String
            var after = nameRange.upperBound
            if after < t.count, t[after].kind == .punctuation, "”\"’".contains(t[after].text) { after += 1 }
            if after + 1 < t.count, t[after].is("("), let close = t[after...].firstIndex(where: { $0.is(")") }), close > after + 1 {
                definition = capitalized(PersonFinder.joined(t, (after + 1)..<close))
            } else if object == nil, cue.count > 1 || i > 0, let before = describedPhrase(t, endingAt: i),
                !(i > 0 && t[i - 1].isCapitalized)
            {
                definition = capitalized(before)
            } else if object == nil, i > 0, t[i - 1].is(","), let before = phraseBeforeComma(t, comma: i - 1) {
                definition = capitalized(before)
            } else if let previous {
                definition = sentenceText(previous)
            } else {
                definition = sentenceDefinition(s, nameRange, head: head)
            }
            if let object { definition = capitalized(object) + ": " + definition.prefix(1).lowercased() + definition.dropFirst() }
            out.append(
                Candidate(
                    words: words, sentence: index, tokens: nameRange, kind: nil, definition: definition, explained: true, forced: true,
                    head: head, text: written))
        }
        return out
    }

    /// Where a capitalized name from `k` ends: capitalized words, with particles between them ("of",
    /// "de", "à") and initials ("M. Dacier").
    static func capitalizedNameEnd(_ t: [Token], from k: Int) -> Int {
        let particles: Set<String> = ["of", "the", "de", "du", "la", "le", "à", "des", "von", "van", "der", "di", "da"]
        var e = k
        while e < t.count {
            if t[e].isCapitalized {
                if t[e].text.count == 1, e + 2 < t.count, t[e + 1].is("."), t[e + 2].isCapitalized {
                    e += 2
                } else {
                    e += 1
                }
            } else if e > k, t[e].isWord, particles.contains(t[e].lower), e + 1 < t.count, t[e + 1].isCapitalized {
                e += 1
            } else {
                break
            }
        }
        return e
    }

    /// "the Habomai group of islets": a place's name with its geographic noun.
    static func geographic(in s: Sentence, index: Int) -> [Candidate] {
        let t = s.tokens
        var out: [Candidate] = []
        for i in t.indices
        where t[i].isCapitalized && !Lexicon.functionWords.contains(t[i].lower) && i > 0 && t[i - 1].lower == "the"
            && !Lexicon.nationalities.contains(t[i].lower) && !Lexicon.places.contains(t[i].lower)
        {
            var k = i + 1
            if k + 1 < t.count, t[k].lower == "group" || t[k].lower == "chain", t[k + 1].lower == "of" { k += 2 }
            guard k < t.count, !t[k].isCapitalized, Lexicon.geographicNouns.contains(t[k].lower) else { continue }
            let words = [t[i].text, t[k].text]
            let found = Self.definition(s, i..<(k + 1), head: t[k].lower)
            out.append(
                Candidate(
                    words: words, sentence: index, tokens: i..<(k + 1), kind: .place, definition: found?.text, explained: found != nil,
                    forced: true, head: t[k].lower))
        }
        return out
    }

    /// "Siberian internment": an adjective of a place before a noun of a process, written twice or more.
    static func processes(in sentences: [Sentence]) -> [Candidate] {
        var seen: [String: (Candidate, Int)] = [:]
        var order: [String] = []
        for (index, s) in sentences.enumerated() {
            let t = s.tokens
            for i in t.indices.dropLast() where t[i].isCapitalized && Lexicon.nationalities.contains(t[i].lower) && !t[i].inQuote {
                let noun = t[i + 1]
                guard noun.isWord, !noun.isCapitalized, Lexicon.abstractEndings.contains(where: { noun.lower.hasSuffix($0) }),
                    noun.lower.count > 5
                else { continue }
                let key = t[i].lower + " " + noun.lower
                if let entry = seen[key] {
                    seen[key] = (entry.0, entry.1 + 1)
                } else {
                    let c = Candidate(
                        words: [t[i].text, noun.text], sentence: index, tokens: i..<(i + 2), kind: nil, definition: nil, explained: false,
                        forced: false, head: noun.lower)
                    seen[key] = (c, 1)
                    order.append(key)
                }
            }
        }
        return order.compactMap { key in
            guard let (c, n) = seen[key], n >= 2 else { return nil }
            var forced = c
            forced.forced = true
            return forced
        }
    }
}
