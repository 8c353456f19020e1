import Facts

/// Finds the figures of an article: every number with what it counts or measures, its qualifier and range.
///
/// Years and dates (read first, by `DateFinder`), ordinals, list numbering, the numbers of names and clauses
/// ("Order Number 9898", "Clause 9", "Volume 7"), times, conversions in brackets ("(minus 58 F)") and small
/// counts in words ("three political factors") are not figures.
enum FigureFinder {
    static func find(in sentences: [Sentence], dates: [DateMention]) -> [FigureMention] {
        var consumed: [Int: Set<Int>] = [:]
        for d in dates { consumed[d.sentence, default: []].formUnion(d.tokens) }
        var found: [FigureMention] = []
        for (index, s) in sentences.enumerated() where !s.isHeading {
            var i = 0
            var inSentence: [FigureMention] = []
            while i < s.tokens.count {
                if consumed[index]?.contains(i) == true {
                    i += 1
                    continue
                }
                guard let figure = figure(in: s, index: index, at: i, consumed: consumed[index] ?? [], before: inSentence, previous: found)
                else {
                    i += 1
                    continue
                }
                inSentence.append(figure)
                found.append(figure)
                i = figure.tokens.upperBound
                if i + 1 < s.tokens.count, s.tokens[i].isWord, s.tokens[i + 1].is("(") { i += 1 }
                i = skipConversion(s.tokens, after: i)
            }
        }
        return found
    }

    private static func figure(
        in s: Sentence, index: Int, at i: Int, consumed: Set<Int>, before: [FigureMention], previous: [FigureMention]
    ) -> FigureMention? {
        let t = s.tokens
        guard let first = NumberReader.read(t, at: i) else { return nil }
        if (first.currency == nil && isName(t, at: i)) || isTime(t, after: first.tokens.upperBound) || isBracketedLabel(t, first.tokens) {
            return nil
        }
        if first.tokens.contains(where: { consumed.contains($0) }) { return nil }
        if first.inWords {
            // "three political factors" is prose; "two million", "twelve kilometres", "two and a half hours"
            // and "forty" are figures.
            let n = Int(first.value.integerDigits) ?? 0
            let next = first.tokens.upperBound < t.count ? t[first.tokens.upperBound].lower : ""
            let measured =
                Lexicon.measureWords.contains(next) || Lexicon.unitSymbols[next] != nil || Lexicon.durationsBelowADay.contains(next)
            guard first.scaled || n >= 10 || measured || !first.value.fractionDigits.isEmpty else { return nil }
            if t[i].lower == "one" || t[i].lower == "a" || t[i].lower == "an", !first.scaled, !Lexicon.measureWords.contains(next) {
                return nil
            }
        }
        var start = first.tokens.lowerBound
        var end = first.tokens.upperBound
        var value: Quantity.Value = .exact(first.value)
        var about: Quantity.Qualifier?
        var hedge = qualifier(t, before: start)
        // Ranges: between X and Y, from X to Y, X to Y, X–Y; "between several and 14" is up to 14.
        let opener = start > 0 ? t[start - 1].lower : ""
        if end + 1 < t.count, let second = rangeEnd(t, after: end, opener: opener), let low = Optional(first.value) {
            var lowValue = low
            if second.scaled, !first.scaled, let power = scalePower(t, second.tokens) {
                let (a, b) = NumberReader.shift(low.integerDigits, low.fractionDigits, by: power)
                lowValue = DecimalNumber(isNegative: low.isNegative, integerDigits: a, fractionDigits: b)
            }
            if lowValue < second.value {
                value = .range(lowValue, second.value)
                end = second.tokens.upperBound
                if opener == "between" || opener == "from" { hedge = qualifier(t, before: start - 1) }
            }
        } else if opener == "and", start >= 3, t[start - 3].lower == "between", Lexicon.vagueAmounts.contains(t[start - 2].lower) {
            about = .upTo
        }
        if about == nil { about = hedge.flatMap { Quantity.Qualifier(rawValue: $0) } }
        if let after = postQualifier(t, after: end) { about = about ?? after }
        let (unit, guessed) = self.unit(
            in: s, after: end, start: start, currency: first.currency, before: before, previous: previous, sentence: index)
        if unit.isEmpty { return nil }
        // Durations counted from a date are dates, not figures: "14 years later". No date in a deck is finer
        // than a day, so "19 minutes later" is a figure.
        if end + 1 < t.count, Lexicon.durationWords.contains(t[end].lower), !Lexicon.durationsBelowADay.contains(t[end].lower),
            ["later", "earlier", "ago", "after", "before", "afterwards"].contains(t[end + 1].lower)
        {
            return nil
        }
        start = first.tokens.lowerBound
        return FigureMention(
            sentence: index, tokens: start..<end, quantity: Quantity(value, qualifier: about), unit: unit, unitGuessed: guessed)
    }

    // MARK: What a number is not

    /// A number that is part of a name or a label: "Order Number 9898", "Clause 9", "Apollo 11", "No. 5".
    static func isName(_ t: [Token], at i: Int) -> Bool {
        guard i > 0 else { return false }
        var k = i - 1
        if t[k].is("."), k > 0 { k -= 1 }
        if t[k].is("#") { return true }
        let before = t[k]
        if Lexicon.identifierWords.contains(before.lower) || Lexicon.identifierWords.contains(before.lower + ".") { return true }
        if before.isCapitalized {
            let word = before.lower
            let isPlain =
                Lexicon.functionWords.contains(word) || Lexicon.qualifiers.contains { $0.phrase.contains(word) }
                || Lexicon.months[word] != nil || word == "us" || word == "minus" || Lexicon.places.contains(word)
                || Lexicon.nationalities.contains(word)
            return !isPlain
        }
        return false
    }

    /// "9:30", "10 a.m.", "5 o'clock".
    static func isTime(_ t: [Token], after end: Int) -> Bool {
        guard end < t.count else { return false }
        if t[end].is(":"), end + 1 < t.count, t[end + 1].kind == .number { return true }
        return ["a.m.", "p.m.", "am", "pm", "o’clock", "o'clock", "hrs"].contains(t[end].lower)
    }

    /// A number alone in brackets, "(1)", numbers a list or a footnote.
    static func isBracketedLabel(_ t: [Token], _ range: Range<Int>) -> Bool {
        guard range.lowerBound > 0, range.upperBound < t.count else { return false }
        return t[range.lowerBound - 1].is("(") && t[range.upperBound].is(")") && range.count == 1
    }

    /// After a figure, a conversion in brackets — "(minus 58 F)", "(36 miles)" — is the same figure again.
    static func skipConversion(_ t: [Token], after end: Int) -> Int {
        guard end < t.count, t[end].is("(") else { return end }
        var k = end + 1
        if k < t.count, t[k].lower == "minus" || t[k].lower == "about" || t[k].lower == "some" { k += 1 }
        guard k < t.count, t[k].kind == .number else { return end }
        guard let close = t[k...].firstIndex(where: { $0.is(")") }), close - k <= 4 else { return end }
        return close + 1
    }

    // MARK: Qualifiers and ranges

    /// The qualifier written before a number, as the deck's `about` value (nil for "as low as").
    static func qualifier(_ t: [Token], before start: Int) -> String? {
        for (phrase, about) in Lexicon.qualifiers.sorted(by: { $0.phrase.count > $1.phrase.count }) {
            let from = start - phrase.count
            guard from >= 0 else { continue }
            if (0..<phrase.count).allSatisfy({ t[from + $0].lower == phrase[$0] }) { return about }
        }
        return nil
    }

    /// "or more", "or so", "-plus" after a number.
    static func postQualifier(_ t: [Token], after end: Int) -> Quantity.Qualifier? {
        guard end + 1 < t.count else { return nil }
        if t[end].lower == "or", t[end + 1].lower == "more" { return .atLeast }
        if t[end].lower == "or", t[end + 1].lower == "so" { return .approximately }
        if t[end].is("-") || t[end].is("+"), t[end + 1].lower == "plus" || t[end].is("+") { return .moreThan }
        return nil
    }

    private static func rangeEnd(_ t: [Token], after end: Int, opener: String) -> NumberReader.Reading? {
        guard end < t.count else { return nil }
        let joiner = t[end]
        let joins: Bool
        switch opener {
        case "between": joins = joiner.lower == "and"
        case "from": joins = joiner.lower == "to" || DateFinder.isDash(joiner)
        default: joins = joiner.lower == "to" || (DateFinder.isDash(joiner) && joiner.range.lowerBound == t[end - 1].range.upperBound)
        }
        guard joins, end + 1 < t.count, let second = NumberReader.read(t, at: end + 1), !second.inWords || second.scaled else { return nil }
        return second
    }

    private static func scalePower(_ t: [Token], _ range: Range<Int>) -> Int? {
        for k in range where t[k].isWord {
            if let p = NumberReader.scale(t[k].lower, afterCurrency: false) { return p }
        }
        return nil
    }

    // MARK: Units

    /// What a number counts or measures, and whether it had to be guessed.
    private static func unit(
        in s: Sentence, after end: Int, start: Int, currency: String?, before: [FigureMention], previous: [FigureMention], sentence: Int
    ) -> (String, Bool) {
        let t = s.tokens
        if let currency {
            return (currency, false)
        }
        if start > 0,
            ["aged", "age"].contains(t[start - 1].lower) || (start > 1 && t[start - 1].lower == "of" && t[start - 2].lower == "age")
        {
            return ("years of age", false)
        }
        var k = end
        if k < t.count, t[k].is("%") || t[k].lower == "percent" || (t[k].lower == "per" && k + 1 < t.count && t[k + 1].lower == "cent") {
            k += t[k].lower == "per" ? 2 : 1
            if let phrase = ofPhrase(t, at: k) { return ("percent of " + phrase, false) }
            return ("percent", false)
        }
        if k < t.count, t[k].lower == "degrees" || t[k].lower == "degree", k + 1 < t.count,
            let symbol = Lexicon.unitSymbols[t[k + 1].lower], symbol.hasPrefix("degrees")
        {
            return (symbol, false)
        }
        if k + 1 < t.count, t[k].is("°"), let symbol = Lexicon.unitSymbols["°" + t[k + 1].lower] {
            return (symbol, false)
        }
        if k < t.count, t[k].isWord, let symbol = Lexicon.unitSymbols[t[k].lower] {
            // A symbol: "50 C", "5 km", "10kg"; a single lowercase letter only when written against the number.
            let attached = t[k].range.lowerBound == t[k - 1].range.upperBound
            if t[k].text.count > 1 || attached || ["C", "F", "K"].contains(t[k].text) { return (symbol, false) }
        }
        if let phrase = nounPhrase(t, from: k) {
            if Lexicon.measureWords.contains(t[k].lower), phrase.split(separator: " ").count == 1, let of = ofPhrase(t, at: k + 1) {
                return (phrase + " of " + of, false)
            }
            return (phrase, false)
        }
        // "the workforce numbered more than 40,000", "the population reached 2 million"
        var v = start - 1
        while v > 0, Lexicon.qualifiers.contains(where: { $0.phrase.contains(t[v].lower) }) { v -= 1 }
        if v > 0, t[v].isWord {
            let verb = t[v].lower
            var subjectIndex: Int?
            if ["numbered", "totalled", "totaled", "reached", "exceeded", "topped", "numbering", "totalling", "totaling"].contains(verb) {
                subjectIndex = v - 1
            } else if ["at", "to"].contains(verb), v > 1,
                ["stood", "rose", "fell", "grew", "climbed", "dropped", "amounted", "came"].contains(t[v - 1].lower)
            {
                subjectIndex = v - 2
            }
            if let k = subjectIndex, k >= 0, t[k].isWord, !Lexicon.functionWords.contains(t[k].lower), !t[k].isCapitalized || k > 0 {
                return (t[k].text, false)
            }
        }
        // "55,000 of the detainees", "2,000 of them"
        if k < t.count, t[k].lower == "of", let phrase = nounPhrase(t, from: k + 2), ["the", "these", "those"].contains(t[k + 1].lower) {
            return (phrase, false)
        }
        // "put the number of deaths between 62,000 and 92,000", "a total of …"
        for j in stride(from: start - 1, through: 1, by: -1) where t[j].lower == "of" {
            let head = t[j - 1].lower
            if ["number", "total", "toll", "count", "tally", "figure"].contains(head), let phrase = nounPhrase(t, from: j + 1) {
                return (phrase, false)
            }
        }
        // "575,000 Japanese, including 14,000 transferred to Mongolia": the figure it belongs to.
        if let last = before.last(where: { !isMeasure($0.unit) }) { return (last.unit, true) }
        // "Of these, 55,000 died": the figure of the sentence before.
        let opening = t.prefix(3).map(\.lower)
        if opening.first == "of", let main = previous.first(where: { $0.sentence == sentence - 1 && !isMeasure($0.unit) }) {
            return (main.unit, true)
        }
        if k < t.count,
            ["died", "were", "perished", "fled", "survived", "lived", "worked", "lost", "had", "remained", "returned"].contains(t[k].lower)
        {
            return ("people", true)
        }
        if let last = previous.last(where: { !isMeasure($0.unit) }), last.sentence >= sentence - 1 { return (last.unit, true) }
        return ("", true)
    }

    /// Whether a unit measures (years, kilograms) rather than counts (soldiers).
    static func isMeasure(_ unit: String) -> Bool {
        let head = unit.split(separator: " ").first.map { $0.lowercased() } ?? ""
        return Lexicon.durationWords.contains(head) || Lexicon.measureWords.contains(head) || Lexicon.unitSymbols.values.contains(unit)
    }

    /// "of diamonds", "of gold bullion": the noun phrase after "of" at `k`, if there is one.
    private static func ofPhrase(_ t: [Token], at k: Int) -> String? {
        guard k < t.count, t[k].lower == "of" else { return nil }
        var j = k + 1
        if j < t.count, t[j].lower == "the" { j += 1 }
        guard let phrase = nounPhrase(t, from: j, limit: 3) else { return nil }
        return (j > k + 1 ? "the " : "") + phrase
    }

    /// The words after a number that say what it counts: "Soviet troops", "carats", "people".
    static func nounPhrase(_ t: [Token], from k: Int, limit: Int = 4) -> String? {
        var words: [String] = []
        var j = k
        while j < t.count, words.count < limit, t[j].isWord {
            let token = t[j]
            let w = token.lower
            if Lexicon.functionWords.contains(w) && !(words.isEmpty && w == "people") { break }
            if Lexicon.commonVerbs.contains(w) || Lexicon.irregularVerbs.contains(w) || Lexicon.speechVerbs.contains(w) {
                if !(Lexicon.participleAdjectives.contains(w) && j + 1 < t.count && t[j + 1].isWord
                    && !Lexicon.functionWords.contains(t[j + 1].lower))
                {
                    break
                }
            }
            if (w.hasSuffix("ed") || w.hasSuffix("ing")) && !token.isCapitalized {
                let adjective =
                    Lexicon.participleAdjectives.contains(w) && j + 1 < t.count && t[j + 1].isWord
                    && !Lexicon.functionWords.contains(t[j + 1].lower)
                if !adjective && !w.hasSuffix("ling")
                    && !["things", "beings", "buildings", "belongings", "savings", "earnings", "holdings"].contains(w)
                {
                    break
                }
            }
            if Lexicon.months[w] != nil && token.isCapitalized { break }
            // Dimensions belong to the sentence, not the unit: "10 miles wide", "82 kilometres long".
            if !words.isEmpty, ["wide", "long", "high", "deep", "tall", "thick", "away", "apart", "old", "ago"].contains(w) { break }
            // A word after a plural noun is a verb more often than not: "14,000 ships pass".
            if let last = words.last?.lowercased(), last.count > 3, last.hasSuffix("s"), !last.hasSuffix("ss"), !token.isCapitalized {
                break
            }
            words.append(token.text)
            j += 1
            if j < t.count, t[j].kind == .possessive { break }
        }
        guard !words.isEmpty else { return nil }
        // End on a noun: drop a trailing adjective of a place unless it stands alone ("575,000 Japanese").
        return words.joined(separator: " ")
    }
}
