import Facts

/// Finds quoted speech attributed to a person: “…,” he said; Hattori wrote that … was the “…”; …, saying,
/// “…”; according to X, “…”. Scare quotes of a word or two, titles in quotation marks and names after
/// "known as" or "under the title of" are not quotations.
enum QuoteFinder {
    static func find(in sentences: [Sentence], people: PersonFinder, dates: [DateMention]) -> [QuoteRecord] {
        var out: [QuoteRecord] = []
        var mentionsBySentence: [Int: [PersonMention]] = [:]
        for m in people.mentions { mentionsBySentence[m.sentence, default: []].append(m) }
        var datesBySentence: [Int: [DateMention]] = [:]
        for d in dates { datesBySentence[d.sentence, default: []].append(d) }
        for (index, s) in sentences.enumerated() {
            let mentions = mentionsBySentence[index] ?? []
            var speakerOfPrevious: (person: Int, pronoun: Bool)?
            for q in s.quotations {
                guard isSpeech(q, in: s) else { continue }
                guard let (speaker, verb, pronoun) = attribution(q, in: s, mentions: mentions, previous: speakerOfPrevious) else {
                    continue
                }
                speakerOfPrevious = (speaker, pronoun)
                let (when, whenSentence) = date(
                    for: q, speaker: speaker, sentence: index, sentences: sentences, dates: datesBySentence, mentions: mentionsBySentence)
                let context = self.context(
                    q, verb: verb, in: s, sentence: index, whenSentence: whenSentence, sentences: sentences, mentions: mentions,
                    dates: datesBySentence)
                let text = cleaned(q.text)
                out.append(QuoteRecord(quote: text, person: speaker, when: when, context: context, sentence: index, byPronoun: pronoun))
            }
        }
        return out
    }

    /// A quotation of speech rather than a scare quote, a title or a name.
    static func isSpeech(_ q: Sentence.Quotation, in s: Sentence) -> Bool {
        let t = s.tokens
        let words = q.tokens.filter { t[$0].isWord }
        guard words.count >= 3 || (words.count >= 2 && q.tokens.contains { t[$0].kind == .punctuation && ".!?".contains(t[$0].text) })
        else { return false }
        // Every word that is not a function word capitalized: a title ("Postwar Forced Detention History").
        let content = words.filter { !Lexicon.functionWords.contains(t[$0].lower) }
        if content.count >= 2, content.allSatisfy({ t[$0].isCapitalized }),
            !q.tokens.contains(where: { t[$0].kind == .punctuation && ".!?".contains(t[$0].text) })
        {
            return false
        }
        // Inside brackets: a gloss or a translation ("Pangaea (from the Greek for “all the Earth”)").
        let opened = t[..<q.open].filter { $0.is("(") }.count
        let closed = t[..<q.open].filter { $0.is(")") }.count
        if opened > closed { return false }
        for cue in Lexicon.namingCues {
            let from = q.open - cue.count
            if from >= 0, (0..<cue.count).allSatisfy({ t[from + $0].lower == cue[$0] }) { return false }
        }
        return true
    }

    /// Who said it, the token of the verb of speech, and whether the speaker was a pronoun.
    static func attribution(_ q: Sentence.Quotation, in s: Sentence, mentions: [PersonMention], previous: (person: Int, pronoun: Bool)?)
        -> (Int, Int?, Bool)?
    {
        let t = s.tokens
        func mention(at k: Int) -> PersonMention? { mentions.first { $0.tokens.contains(k) } }
        // “…,” he said / “…,” said Stalin / “…,” Stalin said / “…,” he is reported to have said
        var k = q.close + 1
        if k < t.count, t[k].is(",") { k += 1 }
        if k < t.count {
            if let m = mention(at: k) {
                var v = m.tokens.upperBound
                while v < t.count, v < m.tokens.upperBound + 5, t[v].isWord, !Lexicon.speechVerbs.contains(t[v].lower) { v += 1 }
                if v < t.count, Lexicon.speechVerbs.contains(t[v].lower) { return (m.person, v, m.isPronoun) }
            }
            if Lexicon.speechVerbs.contains(t[k].lower), k + 1 < t.count, let m = mention(at: k + 1) {
                return (m.person, k, m.isPronoun)
            }
        }
        // X said/wrote (that …) “…”; X, …, saying, “…”; according to X, “…”; X: “…”
        var j = q.open - 1
        let limit = max(0, q.open - 25)
        while j >= limit {
            if t[j].inQuote { break }
            let w = t[j].lower
            if w == "according", j + 2 < t.count, t[j + 1].lower == "to", let m = mention(at: j + 2) {
                return (m.person, nil, m.isPronoun)
            }
            if Lexicon.speechVerbs.contains(w), !isPassive(t, verb: j) {
                if w.hasSuffix("ing") {
                    // "…, saying," — the subject of the sentence, or the speaker just quoted.
                    if let previous { return (previous.person, j, previous.pronoun) }
                    if let m = mentions.first(where: { $0.tokens.lowerBound < j }) { return (m.person, j, m.isPronoun) }
                    return nil
                }
                if let m = mentions.last(where: { $0.tokens.upperBound <= j && $0.tokens.upperBound >= j - 12 }) {
                    return (m.person, j, m.isPronoun)
                }
                return nil
            }
            j -= 1
        }
        if q.open > 0, t[q.open - 1].is(":") {
            if let m = mentions.last(where: { $0.tokens.upperBound == q.open - 1 }) { return (m.person, nil, m.isPronoun) }
            // "the geologist Rollin T. Chamberlin put the mood bluntly: “…”": the subject of the clause before
            // the colon, the one person it names, and not the object of a preposition ("the headline about Stalin").
            let clauseStart = (0..<(q.open - 1)).last(where: { t[$0].inQuote || t[$0].is(";") }).map { $0 + 1 } ?? 0
            let named = mentions.filter { $0.tokens.lowerBound >= clauseStart && $0.tokens.upperBound < q.open }
            if named.count == 1, let m = named.first, m.tokens.lowerBound > 0 || clauseStart == 0 {
                let before = m.tokens.lowerBound > 0 ? t[m.tokens.lowerBound - 1].lower : ""
                let verb = t[m.tokens.upperBound..<(q.open - 1)].contains { $0.isWord }
                if verb, !Lexicon.prepositions.contains(before) { return (m.person, nil, m.isPronoun) }
            }
        }
        return nil
    }

    /// "as described in", "was called": the verb tells of the words, it does not attribute them.
    private static func isPassive(_ t: [Token], verb j: Int) -> Bool {
        guard j > 0 else { return false }
        let before = t[j - 1].lower
        if ["as", "was", "were", "is", "are", "be", "been", "being"].contains(before) { return true }
        if j + 1 < t.count, t[j + 1].lower == "by" || t[j + 1].lower == "in" { return true }
        return false
    }

    /// The date of the quotation: one given in its sentence (outside quotation marks), or in the sentence
    /// before it in the same paragraph when that sentence names the same speaker.
    static func date(
        for q: Sentence.Quotation, speaker: Int, sentence: Int, sentences: [Sentence], dates: [Int: [DateMention]],
        mentions: [Int: [PersonMention]]
    ) -> (DateValue?, Int?) {
        // A quotation is said at a moment: a range ("from 1905 to 1907") dates something else.
        func isMoment(_ d: DateMention) -> Bool { if case .single = d.date { true } else { false } }
        let here = (dates[sentence] ?? []).filter { d in
            isMoment(d) && !d.tokens.contains(where: { sentences[sentence].tokens[$0].inQuote })
        }
        if let d = here.last(where: { $0.tokens.lowerBound < q.open }) ?? here.first { return (d.date, sentence) }
        let previous = sentence - 1
        guard previous >= 0, sentences[previous].paragraph == sentences[sentence].paragraph else { return (nil, nil) }
        // "She later said …": another time than the sentence before.
        if sentences[sentence].tokens.contains(where: {
            !$0.inQuote && ["later", "afterwards", "afterward", "subsequently"].contains($0.lower)
        }) {
            return (nil, nil)
        }
        let there = (dates[previous] ?? []).filter { d in
            isMoment(d) && !d.tokens.contains(where: { sentences[previous].tokens[$0].inQuote })
        }
        guard let d = there.last, (mentions[previous] ?? []).contains(where: { $0.person == speaker }) else { return (nil, nil) }
        return (d.date, previous)
    }

    /// Where it was said: "radio address concerning Japan’s surrender", or what the speaker was doing.
    static func context(
        _ q: Sentence.Quotation, verb: Int?, in s: Sentence, sentence: Int, whenSentence: Int?, sentences: [Sentence],
        mentions: [PersonMention], dates: [Int: [DateMention]]
    ) -> String? {
        for index in [sentence, whenSentence].compactMap({ $0 }).uniqued() {
            if let phrase = speechEvent(in: sentences[index], dates: dates[index] ?? []) { return phrase }
        }
        let t = s.tokens
        guard let verb else { return nil }
        // "X wrote that the Siberian detention was the “…”": on the Siberian detention.
        if verb + 1 < q.open, t[verb + 1].lower == "that" {
            if let be = ((verb + 2)..<q.open).first(where: { ["was", "is", "were", "are"].contains(t[$0].lower) }), be > verb + 2 {
                return "On " + PersonFinder.joined(t, (verb + 2)..<be)
            }
        }
        // "X, …, despaired at the Soviet troops’ actions, saying": what the speaker was doing.
        guard let speaker = mentions.last(where: { $0.tokens.upperBound <= verb }) else { return nil }
        var start = speaker.tokens.upperBound
        if start < t.count, t[start].is(","), let close = t[(start + 1)..<verb].firstIndex(where: { $0.is(",") }) { start = close + 1 }
        var end = verb
        while end > start, t[end - 1].kind == .punctuation { end -= 1 }
        guard end - start >= 2, !((start..<end).contains { t[$0].inQuote }) else { return nil }
        return TermFinder.capitalized(PersonFinder.joined(t, start..<end))
    }

    /// "in a radio address concerning Japan’s surrender broadcast on September 2, 1945" without its date.
    static func speechEvent(in s: Sentence, dates: [DateMention]) -> String? {
        let t = s.tokens
        guard let noun = t.indices.first(where: { t[$0].isWord && !t[$0].inQuote && Lexicon.speechEventNouns.contains(t[$0].lower) }) else {
            return nil
        }
        var start = noun
        while start > 0, t[start - 1].isWord, !["in", "during", "at", "on", "from", "through"].contains(t[start - 1].lower),
            noun - start < 4
        { start -= 1 }
        guard start > 0, ["in", "during", "at", "on", "from", "through"].contains(t[start - 1].lower) else { return nil }
        if ["a", "an", "the", "his", "her", "their"].contains(t[start].lower) { start += 1 }
        var end = noun + 1
        while end < t.count, !(t[end].kind == .punctuation && ",.;:—".contains(t[end].text)), !t[end].inQuote { end += 1 }
        // Leave out the date and the preposition before it.
        if let d = dates.first(where: { $0.tokens.lowerBound > noun && $0.tokens.lowerBound < end }) {
            end = d.tokens.lowerBound
            if end > noun + 1, ["on", "in", "of"].contains(t[end - 1].lower) { end -= 1 }
        }
        guard end > start else { return nil }
        return TermFinder.capitalized(PersonFinder.joined(t, start..<end))
    }

    /// The quotation's words: a whole sentence ends with a stop, a fragment keeps none.
    static func cleaned(_ text: String) -> String {
        var q = text.trimmingCharacters()
        guard let first = q.first else { return q }
        if first.isUppercase {
            if q.last == "," || q.last == ";" || q.last == ":" { q.removeLast() }
            if let last = q.last, !".!?…".contains(last) { q.append(".") }
        } else {
            while let last = q.last, ".,;:".contains(last) { q.removeLast() }
        }
        return q
    }
}
