extension TermFinder {
    /// Lowercase terms the sentence defines, which no capital letter marks: an appositive ("tonnes of
    /// pitchblende, a uranium ore,"), a name set off after its description ("a second, radium, which …",
    /// "the Earth’s rigid outer shell, the lithosphere, is …"), "Pitchblende is a uranium ore", a name a
    /// sentence builds up to after a colon ("two strands wound around each other: a double helix"), and a long
    /// form with its abbreviation ("deoxyribonucleic acid, or DNA,", "… (DNA)").
    /// `lowercase` holds the words the article writes in lower case somewhere: a capitalized first word of a
    /// sentence is a term's only when it is one of them, not a name.
    static func defined(in s: Sentence, index: Int, excluding people: Set<Int>, lowercase: Set<String>) -> [Candidate] {
        let t = s.tokens
        var out: [Candidate] = []
        func add(_ range: Range<Int>, _ definition: String, gloss: String? = nil) {
            guard !range.contains(where: { people.contains($0) }) else { return }
            let words = range.map { t[$0].text }
            out.append(
                Candidate(
                    words: words, sentence: index, tokens: range, kind: nil, definition: capitalized(definition), explained: true,
                    forced: true, head: t[range.upperBound - 1].lower, text: PersonFinder.joined(t, range), gloss: gloss))
        }
        for c in t.indices where !t[c].inQuote {
            if t[c].is(",") {
                if let name = lowercaseName(t, endingAt: c), let description = appositive(t, after: c) {
                    add(name, description)
                } else if let (name, description) = nameAfterDescription(t, comma: c) {
                    add(name, description)
                }
            } else if t[c].is(":"), let (name, description) = nameAfterColon(t, colon: c) {
                add(name, description)
            } else if t[c].isAcronym, let (name, description) = longForm(t, abbreviation: c) {
                add(name, description, gloss: t[c].text)
            }
        }
        // "Pitchblende is a uranium ore."
        let start = t.first.map { ["the", "a", "an"].contains($0.lower) } == true ? 1 : 0
        var end = start
        while end < t.count, end - start < 3, isTermWord(t[end], first: end == start) { end += 1 }
        if end > start, !t[start].isCapitalized || lowercase.contains(t[start].lower),
            end + 1 < t.count, ["is", "was", "are", "were"].contains(t[end].lower), ["a", "an"].contains(t[end + 1].lower),
            !Lexicon.genericNouns.contains(t[end - 1].lower), !Lexicon.isRoleNoun(t[end - 1].lower)
        {
            let stop = phraseEnd(t, from: end + 1, allowCommas: true)
            if stop - (end + 1) >= 3 { add(start..<end, PersonFinder.joined(t, (end + 1)..<stop)) }
        }
        return out
    }

    /// A word that can be part of a lowercase term: a noun or an adjective, not a function word, a verb, an
    /// adverb, a number or a name (the first word of a sentence may be capitalized).
    static func isTermWord(_ token: Token, first: Bool = false) -> Bool {
        guard token.isWord, !token.inQuote, first || !token.isCapitalized, !token.isAcronym else { return false }
        let w = token.lower
        if Lexicon.functionWords.contains(w) || Lexicon.commonVerbs.contains(w) || Lexicon.irregularVerbs.contains(w)
            || Lexicon.speechVerbs.contains(w)
        {
            return false
        }
        if Lexicon.smallNumbers[w] != nil || Lexicon.scales[w] != nil || Lexicon.months[w] != nil || Lexicon.nationalities.contains(w) {
            return false
        }
        if w.hasSuffix("ly") || w.hasSuffix("ed") || w.count < 3 { return false }
        return !Lexicon.measureWords.contains(w) && !Lexicon.durationWords.contains(w)
    }

    /// The lowercase noun phrase of one to three words that ends right before `end`, after a determiner or a
    /// preposition ("of pitchblende", "a cartouche"), when it names something particular rather than everyday.
    static func lowercaseName(_ t: [Token], endingAt end: Int) -> Range<Int>? {
        var k = end
        while k > 0, end - k < 3, isTermWord(t[k - 1]) { k -= 1 }
        guard k < end, k > 0 else { return nil }
        // "the jungle, the rains and the diseases": an item of a series is no name.
        let before = t[k - 1]
        guard before.isWord, Lexicon.functionWords.contains(before.lower), !["and", "or"].contains(before.lower) else { return nil }
        let head = t[end - 1].lower
        guard !Lexicon.genericNouns.contains(head), !Lexicon.isRoleNoun(head), !Lexicon.categoryNouns.contains(head) else { return nil }
        return k..<end
    }

    /// ", a uranium ore," — an appositive that describes what comes before the comma, and not a list, a clause or
    /// a person.
    static func appositive(_ t: [Token], after comma: Int) -> String? {
        let a = comma + 1
        guard a + 2 < t.count, ["a", "an", "the"].contains(t[a].lower), !t[a].inQuote else { return nil }
        let stop = phraseEnd(t, from: a)
        guard stop - a >= 3, stop - a <= 30, !t[a + 1].isCapitalized else { return nil }
        let body = (a + 1)..<stop
        if body.contains(where: { t[$0].inQuote || t[$0].kind == .number }) { return nil }
        if body.contains(where: { k in
            let w = t[k].lower
            return ["is", "was", "are", "were", "has", "had", "have", "will", "would"].contains(w) || Lexicon.speechVerbs.contains(w)
                || (Lexicon.commonVerbs.contains(w) && !["that", "which", "who"].contains(t[k - 1].lower)
                    && !t[(a + 1)..<k].contains { ["that", "which", "who"].contains($0.lower) })
        }) {
            return nil
        }
        // "the rains and the diseases", "a flag, a camera and …": a series, not one thing described.
        if body.contains(where: { k in ["and", "or"].contains(t[k].lower) && k + 1 < stop && ["a", "an", "the"].contains(t[k + 1].lower) })
        {
            return nil
        }
        // After the appositive, a series goes on with another thing ("…, a camera and a plaque"); a sentence
        // goes on with a verb: its own ("…, a uranium ore, the couple announced …") or a clause's ("…, and
        // worked out …").
        if stop + 2 < t.count, t[stop].is(","), ["and", "or"].contains(t[stop + 1].lower), !isVerb(t, stop + 2) { return nil }
        if stop < t.count, t[stop].is(","), seriesGoesOn(t, from: stop + 1) { return nil }
        return PersonFinder.joined(t, a..<stop)
    }

    /// The word at `i` can be the verb of a clause: a common verb, an irregular past form or a lowercase word
    /// ending in -ed. Number words ("hundred") are not verbs, nor is an -ed word right after an article or a
    /// possessive ("a coloured flag", "its painted hull"), where it describes the noun after it.
    static func isVerb(_ t: [Token], _ i: Int) -> Bool {
        let token = t[i]
        guard token.isWord, !token.isCapitalized else { return false }
        let w = token.lower
        if Lexicon.commonVerbs.contains(w) || Lexicon.irregularVerbs.contains(w) || Lexicon.speechVerbs.contains(w) { return true }
        guard w.hasSuffix("ed"), w.count > 4, Lexicon.smallNumbers[w] == nil, Lexicon.scales[w] == nil else { return false }
        return i == 0 || !(Lexicon.determiners.contains(t[i - 1].lower) || t[i - 1].kind == .possessive)
    }

    /// The words from `k` on are one more item of a series: they open with an article, and an "and" or "or"
    /// comes before any verb.
    static func seriesGoesOn(_ t: [Token], from k: Int) -> Bool {
        guard k < t.count, ["a", "an", "the"].contains(t[k].lower) else { return false }
        for i in (k + 1)..<t.count {
            let token = t[i]
            if isVerb(t, i) { return false }
            if token.isWord, ["and", "or"].contains(token.lower) { return true }
            if token.kind == .punctuation, ".;:!?".contains(token.text) { return false }
        }
        return false
    }

    /// "a second, radium, which …", "the Earth’s rigid outer shell, the lithosphere, is …": a lowercase name set
    /// off by commas after the phrase that describes it, with the verb of the sentence or a relative clause after.
    static func nameAfterDescription(_ t: [Token], comma: Int) -> (Range<Int>, String)? {
        var k = comma + 1
        if k < t.count, t[k].lower == "the" { k += 1 }
        var e = k
        while e < t.count, e - k < 2, isTermWord(t[e]) { e += 1 }
        guard e > k, e + 1 < t.count, t[e].is(",") else { return nil }
        let next = t[e + 1]
        let verb =
            ["which", "that", "is", "was", "are", "were", "has", "had"].contains(next.lower) || Lexicon.commonVerbs.contains(next.lower)
        guard verb, !Lexicon.genericNouns.contains(t[e - 1].lower), !Lexicon.isRoleNoun(t[e - 1].lower) else { return nil }
        // The description: a noun phrase with its article, right before the first comma.
        var d = comma - 1
        while d >= 0, comma - d <= 8, t[d].isWord || t[d].kind == .possessive || t[d].kind == .number,
            !["a", "an", "the"].contains(t[d].lower)
        { d -= 1 }
        guard d >= 0, ["a", "an", "the"].contains(t[d].lower), comma - d >= 2 else { return nil }
        let description = d..<comma
        if description.contains(where: { k in
            let w = t[k].lower
            return Lexicon.commonVerbs.contains(w) || Lexicon.speechVerbs.contains(w) || Lexicon.isRoleNoun(w)
        }) {
            return nil
        }
        var text = PersonFinder.joined(t, description)
        if ["which", "that"].contains(next.lower) {
            let stop = phraseEnd(t, from: e + 1)
            text += ", " + PersonFinder.joined(t, (e + 1)..<stop)
        }
        return (k..<e, text)
    }

    /// "a model of two strands wound around each other: a double helix." — the name a sentence ends on after a
    /// colon, for the phrase before it.
    static func nameAfterColon(_ t: [Token], colon: Int) -> (Range<Int>, String)? {
        var k = colon + 1
        guard k < t.count, ["a", "an", "the"].contains(t[k].lower) else { return nil }
        k += 1
        var e = k
        while e < t.count, e - k < 3, isTermWord(t[e]) { e += 1 }
        guard e > k, e == t.count || (e == t.count - 1 && t[e].kind == .punctuation && ".!".contains(t[e].text)) else { return nil }
        guard !Lexicon.genericNouns.contains(t[e - 1].lower), !Lexicon.isRoleNoun(t[e - 1].lower) else { return nil }
        var d = colon - 1
        while d >= 0, colon - d <= 14, t[d].kind != .punctuation, !["a", "an", "the"].contains(t[d].lower) { d -= 1 }
        guard d >= 0, ["a", "an", "the"].contains(t[d].lower), colon - d >= 3 else { return nil }
        return (k..<e, PersonFinder.joined(t, d..<colon))
    }

    /// "deoxyribonucleic acid, or DNA," or "… (DNA)": the lowercase words an abbreviation stands for, found by
    /// its letters in order with the first at the start of a word, and what the sentence says of it after.
    static func longForm(_ t: [Token], abbreviation a: Int) -> (Range<Int>, String)? {
        let bracketed = a >= 1 && t[a - 1].is("(") && a + 1 < t.count && t[a + 1].is(")")
        let glossed = a >= 2 && t[a - 1].lower == "or" && t[a - 2].is(",")
        guard bracketed || glossed else { return nil }
        let end = bracketed ? a - 1 : a - 2
        let letters = Array(t[a].text.lowercased().filter(\.isLetter))
        guard letters.count >= 2, letters.count <= 8 else { return nil }
        // The fewest words, back from the abbreviation, whose letters hold it with its first letter opening a word.
        var start = end
        while start > 0, end - start < letters.count + 1, isTermWord(t[start - 1]) {
            start -= 1
            let chars = Array((start..<end).map { t[$0].lower }.joined(separator: " "))
            guard chars.first == letters.first else { continue }
            var li = letters.count - 1
            var ci = chars.count - 1
            while li >= 0, ci >= 0 {
                if chars[ci] == letters[li] { li -= 1 }
                ci -= 1
            }
            if li < 0 {
                let after = bracketed ? a + 2 : a + 1
                var description = t[a].text
                if after < t.count, t[after].is(","), let more = appositive(t, after: after) { description += ", " + more }
                return (start..<end, description)
            }
        }
        return nil
    }
}
