extension TermFinder {
    /// A definition from a construction that explains the name at `range`: an appositive ("X, a radio speech
    /// …,"), a relative clause ("X, which was an international agreement"), a gloss in brackets, a description
    /// before it ("the semi-official record X"), "X is a …", or "a … known as X".
    static func definition(_ s: Sentence, _ range: Range<Int>, head: String) -> (text: String, gloss: String?)? {
        let t = s.tokens
        let b = range.upperBound
        let isPlace = Lexicon.places.contains(range.map { t[$0].lower }.joined(separator: " "))
        let described = range.lowerBound > 0 && !isPlace ? descriptor(t, before: range.lowerBound) : nil
        if b < t.count, t[b].is("(") {
            if let close = t[b...].firstIndex(where: { $0.is(")") }), close > b + 1, close - b <= 10 {
                let gloss = PersonFinder.joined(t, (b + 1)..<close)
                let text = described.map { capitalized($0) + " (" + gloss + ")" } ?? gloss
                return (text, gloss)
            }
        }
        if b + 1 < t.count, t[b].is(",") {
            let first = t[b + 1].lower
            let stop = phraseEnd(t, from: b + 1)
            if ["which", "that", "who"].contains(first), b + 2 < t.count {
                if ["is", "was", "are", "were"].contains(t[b + 2].lower), stop > b + 3 {
                    return (capitalized(PersonFinder.joined(t, (b + 3)..<stop)), nil)
                }
                // "the occupation of the Northern Territories, which included looting": the clause is about the
                // occupation, so the sentence has to do.
                let complement =
                    range.lowerBound >= 2
                    && (t[range.lowerBound - 1].lower == "of"
                        || (t[range.lowerBound - 1].lower == "the" && t[range.lowerBound - 2].lower == "of"))
                if !complement {
                    let end = phraseEnd(t, from: b + 2, allowCommas: true)
                    return ("The \(head) that " + PersonFinder.joined(t, (b + 2)..<end), nil)
                }
                return (sentenceDefinition(s, range, head: head), nil)
            }
            // An appositive, perhaps after "at the time" or "then": ", a radio speech to the public …,".
            var a = b + 1
            if a + 3 < t.count, t[a].lower == "at", t[a + 1].lower == "the", t[a + 2].lower == "time" {
                a += 3
            } else if a + 1 < t.count, ["then", "now", "today", "once", "formerly", "still"].contains(t[a].lower) {
                a += 1
            }
            let lead = a < t.count ? t[a].lower : ""
            let opensPhrase =
                ["a", "an", "the"].contains(lead)
                || (["part", "one", "home", "member"].contains(lead) && a + 1 < t.count && ["of", "to"].contains(t[a + 1].lower))
            let body = ["a", "an", "the"].contains(lead) ? a + 1 : a
            // "the Macedonian dynasty": a nationality before a common noun is no name.
            let properNoun =
                body < stop && t[body].isCapitalized
                && !(Lexicon.nationalities.contains(t[body].lower) && body + 1 < stop && t[body + 1].isWord && !t[body + 1].isCapitalized)
            // A verb inside a relative clause is part of the description: "a town in the Nile Delta that
            // Europeans called Rosetta".
            let clause = (a..<stop).first { ["that", "which", "who", "whose", "where"].contains(t[$0].lower) } ?? stop
            let hasVerb =
                a < clause
                && t[a..<clause].contains {
                    $0.isWord
                        && (Lexicon.speechVerbs.contains($0.lower)
                            || ["is", "was", "are", "were", "has", "had", "have"].contains($0.lower))
                }
            // "…, the chemist Rosalind Franklin used X-ray crystallography": a person acting, no appositive.
            let namesSomeone =
                a < stop
                && (a..<(stop - 1)).contains { Lexicon.isGivenName(t[$0].lower) && t[$0].isCapitalized && t[$0 + 1].isCapitalized }
            if opensPhrase, !properNoun, !hasVerb, !namesSomeone, stop - a >= 2, stop - a <= 30 {
                return (capitalized(PersonFinder.joined(t, a..<stop)), nil)
            }
        }
        if let described { return (capitalized(described), nil) }
        let start = range.lowerBound
        // "a strip of land ten miles wide, the Canal Zone", "the lunar module, Eagle,": a description before the name.
        let comma =
            start >= 1 && t[start - 1].is(",")
            ? start - 1 : start >= 2 && t[start - 1].lower == "the" && t[start - 2].is(",") ? start - 2 : nil
        if let comma, comma >= 2, b >= t.count || t[b].kind == .punctuation {
            var k = comma - 1
            while k >= 0, comma - k < 12, !(t[k].isWord && ["a", "an", "the"].contains(t[k].lower)), !(t[k].kind == .punctuation) { k -= 1 }
            if k >= 0, t[k].isWord, comma - k >= 3, !t[(k + 1)..<comma].contains(where: { $0.isCapitalized }) {
                return (capitalized(PersonFinder.joined(t, k..<comma)), nil)
            }
        }
        if start == 0 || (start == 1 && t[0].lower == "the"), b + 1 < t.count, ["is", "was", "are", "were"].contains(t[b].lower),
            ["a", "an", "the"].contains(t[b + 1].lower)
        {
            let stop = phraseEnd(t, from: b + 1, allowCommas: true)
            return (capitalized(PersonFinder.joined(t, (b + 1)..<stop)), nil)
        }
        if start >= 2, t[start - 1].lower == "as" && t[start - 2].lower == "known" || t[start - 1].lower == "called" {
            let cueStart = t[start - 1].lower == "as" ? start - 2 : start - 1
            if let phrase = describedPhrase(t, endingAt: cueStart) { return (capitalized(phrase), nil) }
        }
        return nil
    }

    /// "the semi-official record" right before a name: a description of it.
    static func descriptor(_ t: [Token], before start: Int) -> String? {
        var k = start - 1
        var words = 0
        guard k >= 0, t[k].isWord, !t[k].isCapitalized, !Lexicon.functionWords.contains(t[k].lower),
            !["name", "title", "nickname", "surname", "word"].contains(t[k].lower),
            Lexicon.scales[t[k].lower] == nil, Lexicon.smallNumbers[t[k].lower] == nil,
            !Lexicon.commonVerbs.contains(t[k].lower), !Lexicon.speechVerbs.contains(t[k].lower), !t[k].lower.hasSuffix("ed"),
            !t[k].lower.hasSuffix("ing"), !Lexicon.irregularVerbs.contains(t[k].lower)
        else { return nil }
        while k >= 0, t[k].isWord, !Lexicon.functionWords.contains(t[k].lower), words < 4 {
            k -= 1
            words += 1
        }
        guard k >= 0, t[k].lower == "the" || t[k].lower == "a" || t[k].lower == "an", words >= 1 else { return nil }
        let range = (k + 1)..<start
        // Lowercase words only: "the Soviet leader" before a name is a role, not a description of a thing.
        guard range.allSatisfy({ !t[$0].isCapitalized }) else { return nil }
        return PersonFinder.joined(t, range)
    }

    /// The noun phrase that ends at `end` (exclusive), with its article: "a communist education".
    static func describedPhrase(_ t: [Token], endingAt end: Int) -> String? {
        var k = end - 1
        var words = 0
        while k >= 0, t[k].isWord, !Lexicon.functionWords.contains(t[k].lower), !Lexicon.commonVerbs.contains(t[k].lower),
            !Lexicon.irregularVerbs.contains(t[k].lower), words < 5
        {
            k -= 1
            words += 1
        }
        guard words >= 1 else { return nil }
        if k >= 0, ["a", "an", "the"].contains(t[k].lower) { return PersonFinder.joined(t, k..<end) }
        return PersonFinder.joined(t, (k + 1)..<end)
    }

    /// "took an exceptionally clear image of the molecule, known as …": the noun phrase before the comma at
    /// `comma`, from its first article back to the verb or the punctuation before it.
    static func phraseBeforeComma(_ t: [Token], comma: Int) -> String? {
        var start: Int?
        var k = comma - 1
        while k >= 0, comma - k <= 12, t[k].isWord || t[k].kind == .possessive || t[k].kind == .number, !isVerb(t, k) {
            if ["a", "an", "the"].contains(t[k].lower) { start = k }
            k -= 1
        }
        guard let start, comma - start >= 2 else { return nil }
        return PersonFinder.joined(t, start..<comma)
    }

    /// Where a phrase starting at `k` ends: a comma, a stop, a dash, a bracket.
    static func phraseEnd(_ t: [Token], from k: Int, allowCommas: Bool = false) -> Int {
        var e = k
        while e < t.count {
            let token = t[e]
            if token.kind == .punctuation && (".;:—!?()".contains(token.text) || (!allowCommas && token.text == ",")) { break }
            e += 1
        }
        return e
    }

    /// The sentence that uses a term, with the term replaced by "this <head>", as a definition to polish.
    static func sentenceDefinition(_ s: Sentence, _ range: Range<Int>, head: String) -> String {
        let t = s.tokens
        var start = range.lowerBound
        var end = range.upperBound
        if start > 0, t[start - 1].kind == .punctuation, "“\"‘".contains(t[start - 1].text) { start -= 1 }
        if end < t.count, t[end].kind == .punctuation, "”\"’".contains(t[end].text) { end += 1 }
        var before = start > 0 ? s.text(0..<t[start].range.lowerBound) : ""
        let after = end < t.count ? s.text(t[end - 1].range.upperBound..<s.characters.count) : ""
        for article in ["the ", "The ", "a ", "A ", "an ", "An "] where before.hasSuffix(article) {
            before = String(before.dropLast(article.count))
            break
        }
        let plural = head.hasSuffix("s") && !head.hasSuffix("ss")
        var text = before + (plural ? "these " : "this ") + head + after
        text = text.trimmingCharacters()
        while let last = text.last, ".!?".contains(last) { text.removeLast() }
        return capitalized(text)
    }

    /// A whole sentence as a definition to polish: capitalized, without its closing stop.
    static func sentenceText(_ s: Sentence) -> String {
        var text = s.text
        while let last = text.last, ".!?".contains(last) { text.removeLast() }
        return capitalized(text)
    }

    static func capitalized(_ text: String) -> String {
        var text = text
        while let last = text.last, ";:,".contains(last) || last.isWhitespace { text.removeLast() }
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
