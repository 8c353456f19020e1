extension TermFinder {
    /// Names, titles and new terms an author set in italic or bold: *Carrying the Fire*, **Pangaea**,
    /// *continental drift*. Not stress ("it was *not* enough", "*very* large"), a label ("**Born:**"), a
    /// quotation or a person's name.
    static func emphasized(in s: Sentence, index: Int, excluding people: Set<Int>) -> [Candidate] {
        let t = s.tokens
        var out: [Candidate] = []
        for span in s.emphasized {
            if t[span.upperBound - 1].is(":") { continue }
            var range = span
            while !range.isEmpty, t[range.upperBound - 1].kind == .punctuation { range = range.lowerBound..<(range.upperBound - 1) }
            while !range.isEmpty, t[range.lowerBound].kind == .punctuation { range = (range.lowerBound + 1)..<range.upperBound }
            guard !range.isEmpty, range.count <= 10, !range.contains(where: { people.contains($0) || t[$0].inQuote }) else { continue }
            let words = range.filter { t[$0].isWord }
            guard !words.isEmpty else { continue }
            if t[range.lowerBound].isCapitalized || t[range.lowerBound].isAcronym || t[range.lowerBound].kind == .number {
                // A title keeps its small words, but a sentence in italics is stress or a quotation.
                if words.contains(where: {
                    !t[$0].isCapitalized && (Lexicon.commonVerbs.contains(t[$0].lower) || Lexicon.speechVerbs.contains(t[$0].lower))
                }) {
                    continue
                }
                if words.count == 1, Lexicon.functionWords.contains(t[words[0]].lower) || Lexicon.months[t[words[0]].lower] != nil {
                    continue
                }
                if words.allSatisfy({ Lexicon.nationalities.contains(t[$0].lower) }) { continue }
            } else {
                guard words.count <= 4, range.allSatisfy({ t[$0].isWord }),
                    words.allSatisfy({ isTermWord(t[$0]) || (t[$0].lower == "of" && $0 != words.first && $0 != words.last) })
                else { continue }
                // One lowercase word is a name where a name goes: "a *cartouche*", "called *pitchblende*".
                if words.count == 1, range.lowerBound == 0 || !namingLead.contains(t[range.lowerBound - 1].lower) { continue }
            }
            let head = describingNoun(t, before: range.lowerBound) ?? t[range.upperBound - 1].lower
            var kind = Lexicon.termHeads[t[range.upperBound - 1].lower]
            if kind == .office { kind = nil }
            let found = definition(s, range, head: head)
            out.append(
                Candidate(
                    words: range.map { t[$0].text }, sentence: index, tokens: range, kind: kind, definition: found?.text,
                    explained: found != nil, forced: true, head: head, text: PersonFinder.joined(t, range), gloss: found?.gloss))
        }
        return out
    }

    /// Words after which a single lowercase word stands as a name.
    static let namingLead = Lexicon.words("a an the of as called named termed dubbed this these")

    /// The noun that says what a name is when it stands right before it: "the journal *Nature*", "his book".
    static func describingNoun(_ t: [Token], before start: Int) -> String? {
        guard start >= 2, t[start - 1].isWord, !t[start - 1].isCapitalized, !Lexicon.functionWords.contains(t[start - 1].lower),
            Lexicon.functionWords.contains(t[start - 2].lower)
        else { return nil }
        return t[start - 1].lower
    }
}
