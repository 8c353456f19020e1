/// A short label for a dated statement, made from the words of its sentence.
///
/// The label is the clause that holds the date, without the date, the preposition before it and the
/// subordinating word that opens it ("When …"), with titles and roles taken off people's names ("Soviet leader
/// Josef Stalin" → "Josef Stalin"). A clause that is only an adverbial ("In the early hours of …") gives way
/// to the clause after it. Long labels are cut at a phrase boundary.
enum EventLabeler {
    static let maximumWords = 16

    static func label(_ s: Sentence, date: DateMention, people: [PersonMention]) -> String {
        let t = s.tokens
        var drop = Set(date.tokens)
        // The preposition that introduced the date goes with it: "in early September", "in 1904–05 during".
        var k = date.tokens.lowerBound - 1
        while k >= 0, t[k].isWord, Lexicon.partOfMonth.contains(t[k].lower) {
            drop.insert(k)
            k -= 1
        }
        if k >= 0, t[k].isWord, ["in", "on", "at", "by", "during", "since", "until", "till", "of", "from"].contains(t[k].lower), k > 0 {
            drop.insert(k)
        }
        for m in people where !m.isPronoun {
            if let role = m.role { drop.formUnion(role) }
        }
        // A date outside a quotation is labelled by the words outside it.
        let inQuote = t[date.tokens.lowerBound].inQuote
        if !inQuote { drop.formUnion(t.indices.filter { t[$0].inQuote }) }
        if let clause = date.clause {
            return finish(t, Array(clause), drop: drop)
        }
        let segments = self.segments(t, keeping: date.tokens).filter { segment in
            segment.contains { !drop.contains($0) || date.tokens.contains($0) }
        }
        guard var index = segments.firstIndex(where: { $0.contains(date.tokens.lowerBound) }) else {
            return finish(t, Array(t.indices), drop: drop)
        }
        let segment = segments[index]
        var chosen = segment
        let content = contentCount(t, segment.filter { !drop.contains($0) })
        // "In a radio address … on September 2, 1945, Stalin said …": an adverbial that the date ends.
        let opening = t[segment[0]].lower
        let adverbial =
            ["in", "on", "at", "by", "during", "from", "since", "until", "after", "before"].contains(opening) && segment.count > 1
            && !date.tokens.contains(segment[1]) && !(segment.count > 2 && Lexicon.partOfMonth.contains(t[segment[1]].lower))
        let opensAppositive =
            ["a", "an", "the"].contains(opening) && index > 0 && segments[index - 1].last.map({ t[$0].isCapitalized }) == true
        if opensAppositive {
            // "the Imperial Rescript of Surrender, a radio speech … on August 15"; "John Stevens, the chief engineer from 1905".
            let before = segments[index - 1]
            var n = before.count
            while n > 0,
                t[before[n - 1]].isCapitalized
                    || (t[before[n - 1]].isWord && ["of", "the", "de", "du", "von", "van"].contains(t[before[n - 1]].lower)
                        && n < before.count)
            { n -= 1 }
            let name = Array(before[n...])
            if !name.isEmpty, name.count <= 6 { chosen = name + [-1] + segment }
        } else if content < 3, index > 0, contentCount(t, segments[0].filter { !drop.contains($0) }) >= 2, !isCountedPhrase(t, segments[0])
        {
            // "…, on September 5, 1945—three days after …": the main clause said what happened; a verb left in
            // the date's clause goes with it ("A wider set of locks …, opened on June 26, 2016").
            let verb = segment.first {
                !drop.contains($0) && t[$0].isWord && !t[$0].isCapitalized && !Lexicon.functionWords.contains(t[$0].lower)
            }
            chosen = segments[0] + (verb.map { [$0] } ?? [])
            index = 0
        } else if content < 3 || adverbial, index + 1 < segments.count {
            index += 1
            chosen = segments[index]
        }
        // A clause that opens with its verb takes its subject from the sentence: "Goethals, an army engineer, took over".
        if let first = chosen.first(where: { $0 >= 0 && !drop.contains($0) }), t[first].isWord, !t[first].isCapitalized,
            !Lexicon.functionWords.contains(t[first].lower), index > 0,
            let subject = people.first(where: { !$0.isPronoun && segments[0].contains($0.tokens.lowerBound) && $0.tokens.lowerBound <= 2 })
        {
            chosen = Array(subject.tokens) + chosen
        }
        return finish(t, chosen, drop: drop)
    }

    /// The sentence cut at commas, semicolons, colons, dashes and brackets, with the date kept whole.
    static func segments(_ t: [Token], keeping date: Range<Int>) -> [[Int]] {
        var out: [[Int]] = []
        var current: [Int] = []
        for k in t.indices {
            let token = t[k]
            let spacedDash =
                token.text == "–" && k > 0 && k + 1 < t.count
                && (t[k - 1].range.upperBound < token.range.lowerBound || token.range.upperBound < t[k + 1].range.lowerBound)
            if token.kind == .punctuation, ",;:—()".contains(token.text) || spacedDash, !date.contains(k), !token.inQuote {
                if !current.isEmpty { out.append(current) }
                current = []
                continue
            }
            current.append(k)
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Punctuation that a label does without at its ends (a percent sign or a currency sign stays).
    private static func isLoose(_ token: Token) -> Bool {
        token.kind == .punctuation && !"%$£€¥".contains(token.text)
    }

    /// "Two days later", "three years after": a segment that only counts time.
    static func isCountedPhrase(_ t: [Token], _ segment: [Int]) -> Bool {
        guard segment.count <= 4, segment.count >= 3 else { return false }
        return DateFinder.count(t[segment[0]].lower) != nil && Lexicon.timeUnits[t[segment[1]].lower] != nil
    }

    private static func contentCount(_ t: [Token], _ indices: [Int]) -> Int {
        indices.filter { $0 >= 0 && t[$0].isWord && !Lexicon.functionWords.contains(t[$0].lower) }.count
    }

    /// The label's text: leading joiners and relative phrases removed, cut to length, first letter capitalized.
    private static func finish(_ t: [Token], _ chosen: [Int], drop: Set<Int>) -> String {
        var words: [Int] = chosen.filter { $0 < 0 || !drop.contains($0) }
        func lower(_ k: Int) -> String { k < 0 ? "," : t[k].lower }
        // Trailing prepositions the date leaves behind ("continued its push until").
        let hangers: Set<String> = [
            "on", "in", "of", "until", "till", "by", "since", "from", "at", "during", "to", "early", "late", "mid", "the", "around",
            "before", "after", "between", "and",
        ]
        while let last = words.last, last >= 0, hangers.contains(lower(last)) || isLoose(t[last]) { words.removeLast() }
        // Opening words that are no part of what happened.
        let openers: Set<String> = [
            "when", "after", "before", "as", "while", "and", "but", "then", "however", "so", "on", "in", "that", "by", "since", "until",
            "although", "though", "once", "because",
        ]
        while let first = words.first, first >= 0, openers.contains(lower(first)) || isLoose(t[first]) { words.removeFirst() }
        // "three days after Japan signed …": the counted phrase is not part of the label.
        if words.count > 3, let count = words.first, count >= 0, DateFinder.count(lower(count)) != nil,
            Lexicon.timeUnits[lower(words[1])] != nil, ["after", "before", "later", "earlier"].contains(lower(words[2]))
        {
            words.removeFirst(3)
        }
        while let last = words.last, last >= 0, hangers.contains(lower(last)) || isLoose(t[last]) { words.removeLast() }
        // Cut a long label at a phrase boundary.
        let wordPositions = words.enumerated().filter { $0.element >= 0 && t[$0.element].isWord }.map(\.offset)
        if wordPositions.count > maximumWords {
            let boundaries: Set<String> = [
                "in", "of", "to", "on", "at", "with", "for", "from", "and", "that", "which", "who", "as", "during", "after", "before", "by",
                "while", "because",
            ]
            var cut = wordPositions[maximumWords]
            for p in wordPositions.prefix(maximumWords + 1).reversed() where p > wordPositions[5] && boundaries.contains(lower(words[p])) {
                cut = p
                break
            }
            words = Array(words[..<cut])
            while let last = words.last, last >= 0, hangers.contains(lower(last)) || isLoose(t[last]) { words.removeLast() }
        }
        var text = ""
        var previous: Token?
        for k in words {
            if k < 0 {
                text += ","
                previous = nil
                continue
            }
            let token = t[k]
            if token.kind == .punctuation, "“”\"‘’".contains(token.text) { continue }
            let apart = previous.map { $0.range.upperBound < token.range.lowerBound } ?? true
            if !text.isEmpty, apart || text.last == "," { text += " " }
            text += token.text
            previous = token
        }
        text = text.trimmingCharacters()
        return TermFinder.capitalized(text)
    }
}
