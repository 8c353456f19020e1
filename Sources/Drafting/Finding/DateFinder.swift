import Facts

/// Finds the dates of an article: "August 9, 1945", "9 August 1945", "early September", "April 1991",
/// "1904–05", "between 1946 and 1956", "44 BC", "AD 79", and dates relative to the one before ("that same
/// morning", "the next day", "three days after …").
///
/// Dates without a year take it from the last date read, and relative dates are counted from it, so the
/// sentences are read in order and the finder keeps that date as it goes.
struct DateFinder {
    private(set) var mentions: [DateMention] = []
    /// The last date read, which a date without a year or a relative date is resolved against.
    private var last: HistoricalDate?

    /// Finds every date in `sentences`, in order.
    static func find(in sentences: [Sentence]) -> [DateMention] {
        var finder = DateFinder()
        for (index, sentence) in sentences.enumerated() where !sentence.isHeading {
            finder.read(sentence, index: index)
        }
        // "A month later, on the Ides of March (15 March 44 BC)": the date written out says it more precisely.
        return finder.mentions.filter { m in
            guard case .relative = m.origin else { return true }
            return !finder.mentions.contains { other in
                other.sentence == m.sentence && other.origin == .explicit && other.date.precision > m.date.precision
                    && m.date.start <= other.date.start && other.date.end <= m.date.end.lastDayOfPeriod
            }
        }
    }

    private mutating func read(_ s: Sentence, index: Int) {
        var i = 0
        while i < s.tokens.count {
            if let (range, date, origin, clause) = match(s, at: i) {
                mentions.append(DateMention(sentence: index, tokens: range, date: date, origin: origin, clause: clause))
                // A counted date dates a clause; the dates after it go on from the date it was counted from.
                if case .counted = origin {} else { last = date.end }
                i = max(range.upperBound, i + 1)
            } else {
                i += 1
            }
        }
    }

    private typealias Match = (Range<Int>, DateValue, DateMention.Origin, Range<Int>?)

    private mutating func match(_ s: Sentence, at i: Int) -> Match? {
        let t = s.tokens
        if t[i].isCapitalized, let month = Self.month(t, at: i) {
            return monthFirst(s, at: i, month: month)
        }
        if t[i].kind == .number, let m = dayFirst(s, at: i) { return m }
        if t[i].kind == .number, let m = year(s, at: i) { return m }
        if t[i].isWord, t[i].lower == "ad" || t[i].lower == "a.d.", i + 1 < t.count, t[i + 1].kind == .number,
            let y = Int(t[i + 1].text), (1...2100).contains(y)
        {
            return (i..<(i + 2), .single(HistoricalDate(year: y)), .explicit, nil)
        }
        if t[i].isWord || t[i].kind == .number, let m = relative(s, at: i) { return m }
        return nil
    }

    // MARK: Months

    /// The month a token names: a capitalized month name, or an abbreviation followed by its period.
    static func month(_ t: [Token], at i: Int) -> Int? {
        guard t[i].isCapitalized, let month = Lexicon.months[t[i].lower] else { return nil }
        let lower = t[i].lower
        if Lexicon.monthAbbreviations.contains(lower) {
            // "Aug." or "Aug 9"; "Mar" and "Jan" alone are too often names.
            let next = i + 1 < t.count ? t[i + 1] : nil
            guard next?.is(".") == true || next?.kind == .number else { return nil }
        }
        if lower == "may" || lower == "march" {
            // Also a verb and a noun: a month only next to a day or a year.
            let next = i + 1 < t.count ? t[i + 1] : nil
            let before = i > 0 ? t[i - 1] : nil
            let nearNumber = next?.kind == .number || before?.kind == .number
            let afterCue = before.map { Lexicon.yearCues.contains($0.lower) || Lexicon.partOfMonth.contains($0.lower) } ?? false
            guard nearNumber || (afterCue && before?.lower != "to") else { return nil }
        }
        return month
    }

    private func monthFirst(_ s: Sentence, at i: Int, month: Int) -> Match? {
        let t = s.tokens
        var j = i + 1
        if j < t.count, t[j].is(".") { j += 1 }
        // Month year-with-era: "January 27 BC", "March AD 14".
        if j < t.count, let (year, end) = Self.yearNumber(t, at: j, requireFourDigits: true) ?? Self.adYear(t, at: j),
            end > j + 1 || t[j].lower == "ad"
        {
            return (i..<end, .single(HistoricalDate(year: year, month: month)), .explicit, nil)
        }
        // Month day[–day][,] year
        if j < t.count, let day = Self.day(t[j]) {
            var k = j + 1
            var endDay: Int?
            if k + 1 < t.count, Self.isDash(t[k]), let d2 = Self.day(t[k + 1]), d2 > day {
                endDay = d2
                k += 2
            }
            return dayDate(t, start: i, day: day, endDay: endDay, month: month, after: k)
        }
        // Month[–Month] [,] year
        var k = j
        var endMonth: Int?
        if k + 1 < t.count, Self.isDash(t[k]) || t[k].lower == "to", let m2 = Self.month(t, at: k + 1), m2 > month {
            endMonth = m2
            k += 2
        }
        var yearIndex = k
        if yearIndex < t.count, t[yearIndex].is(",") { yearIndex += 1 }
        if yearIndex < t.count, let (year, end) = Self.yearNumber(t, at: yearIndex, requireFourDigits: true) {
            let start = HistoricalDate(year: year, month: month)
            if let endMonth { return (i..<end, .range(start, HistoricalDate(year: year, month: endMonth)), .explicit, nil) }
            return (i..<end, .single(start), .explicit, nil)
        }
        // A month alone, after "in", "early", "until": the year of the date before. After "of" only as "the end of"
        // ("the Ides of March" is a name).
        let before = i > 0 ? t[i - 1].lower : ""
        guard Lexicon.yearCues.contains(before) || Lexicon.partOfMonth.contains(before) || before == "last" || before == "next" else {
            return nil
        }
        if before == "of", !(i > 1 && Lexicon.partOfMonth.contains(t[i - 2].lower)) { return nil }
        guard let year = last?.year else { return nil }
        return (i..<(i + 1), .single(HistoricalDate(year: year, month: month)), .yearFromContext(year), nil)
    }

    /// "9 August 1945", "the 9th of August", "6–9 August 1945".
    private func dayFirst(_ s: Sentence, at i: Int) -> Match? {
        let t = s.tokens
        guard let day = Self.day(t[i]) else { return nil }
        var j = i + 1
        var endDay: Int?
        if j + 1 < t.count, Self.isDash(t[j]), let d2 = Self.day(t[j + 1]), d2 > day {
            endDay = d2
            j += 2
        }
        if j < t.count, t[j].lower == "of" { j += 1 }
        guard j < t.count, let month = Self.month(t, at: j) else { return nil }
        var k = j + 1
        if k < t.count, t[k].is(".") { k += 1 }
        return dayDate(t, start: i, day: day, endDay: endDay, month: month, after: k)
    }

    /// A day (or days) of `month` whose year is written after `after` (past a comma) or, when it is not, taken
    /// from the date before.
    private func dayDate(_ t: [Token], start: Int, day: Int, endDay: Int?, month: Int, after: Int) -> Match? {
        var yearIndex = after
        if yearIndex < t.count, t[yearIndex].is(",") { yearIndex += 1 }
        let year: Int
        let end: Int
        let origin: DateMention.Origin
        if yearIndex < t.count,
            let (written, e) = Self.yearNumber(t, at: yearIndex, requireFourDigits: true) ?? Self.adYear(t, at: yearIndex)
        {
            (year, end, origin) = (written, e, .explicit)
        } else if let context = last?.year {
            (year, end, origin) = (context, after, .yearFromContext(context))
        } else {
            return nil
        }
        guard let date = Self.day(day, month: month, year: year) else { return nil }
        if let endDay, let lastDay = Self.day(endDay, month: month, year: year) { return (start..<end, .range(date, lastDay), origin, nil) }
        return (start..<end, .single(date), origin, nil)
    }

    // MARK: Years

    /// A year standing alone or in a range: "in 1991", "1904–05", "between 1946 and 1956", "44 BC".
    private func year(_ s: Sentence, at i: Int) -> Match? {
        let t = s.tokens
        guard let (first, end) = Self.yearNumber(t, at: i, requireFourDigits: false) else { return nil }
        let hasEra = end > i + 1
        if !hasEra {
            guard Self.isYearContext(t, at: i) else { return nil }
        }
        // A range: 1904–05, 1939–1945, 1946 to 1956, between 1946 and 1956, from 1946 until 1956.
        let opener = i > 0 ? t[i - 1].lower : ""
        let joiners: Set<String> = opener == "between" ? ["and"] : opener == "from" ? ["to", "until", "till", "through"] : ["to"]
        if end + 2 < t.count, joiners.contains(t[end].lower), Lexicon.commonEra.contains(t[end + 1].lower), t[end + 2].kind == .number,
            let y = Int(t[end + 2].text), (1...2100).contains(y), HistoricalDate(year: first) < HistoricalDate(year: y)
        {
            // "from 27 BC to AD 14"
            let start = opener == "between" || opener == "from" ? i - 1 : i
            return (start..<(end + 3), .range(HistoricalDate(year: first), HistoricalDate(year: y)), .explicit, nil)
        }
        // "in 1828 and 1829": two years running are one span.
        if opener == "in", end + 1 < t.count, t[end].lower == "and",
            let (second, last) = Self.yearNumber(t, at: end + 1, requireFourDigits: false),
            second == first + 1, first > 0
        {
            return ((i - 1)..<last, .range(HistoricalDate(year: first), HistoricalDate(year: second)), .explicit, nil)
        }
        if end < t.count, Self.isDash(t[end]) || t[end].is("/") || joiners.contains(t[end].lower), end + 1 < t.count,
            t[end + 1].kind == .number, !t[end + 1].isOrdinal
        {
            let secondText = t[end + 1].text
            var second: Int?
            var last = end + 2
            if secondText.count == 2, first > 0, let tail = Int(secondText) {
                // "1904–05": the century of the first year.
                let candidate = (first / 100) * 100 + tail
                if candidate > first { second = candidate }
            } else if let (y2, e2) = Self.yearNumber(t, at: end + 1, requireFourDigits: false) {
                second = y2
                last = e2
            }
            if var second {
                var low = first
                if second < 0 && low > 0 && !hasEra { low = -low }  // "between 500 and 400 BC"
                if low < 0 && second > 0 && -low > second && !hasEra { second = -second }
                let a = HistoricalDate(year: low)
                let b = HistoricalDate(year: second)
                if a < b {
                    let start = opener == "between" || opener == "from" ? i - 1 : i
                    return (start..<last, .range(a, b), .explicit, nil)
                }
            }
        }
        return (i..<end, .single(HistoricalDate(year: first)), .explicit, nil)
    }

    /// A year number at `i`, with its era if one follows ("44 BC"): the year as written (negative for BC) and
    /// the index after it. Without an era, only four digits from 1000 to 2100 count when `requireFourDigits`.
    static func yearNumber(_ t: [Token], at i: Int, requireFourDigits: Bool) -> (Int, Int)? {
        let token = t[i]
        guard token.kind == .number, !token.isOrdinal, !token.text.contains(","), !token.text.contains("."),
            !token.text.hasSuffix("s"), let value = Int(token.text), value > 0
        else { return nil }
        if i + 1 < t.count {
            let era = t[i + 1].lower
            if Lexicon.beforeCommonEra.contains(era) { return (-value, i + 2) }
            if Lexicon.commonEra.contains(era) { return (value, i + 2) }
            if i + 2 < t.count, t[i + 2].is("."), Lexicon.beforeCommonEra.contains(era + ".") { return (-value, i + 3) }
        }
        if token.text.count == 4, (1000...2100).contains(value) { return (value, i + 1) }
        if !requireFourDigits, i > 1, t[i - 1].lower == "year", t[i - 2].lower == "the", value <= 2100 { return (value, i + 1) }
        return nil
    }

    /// "AD 14": a year after its era.
    static func adYear(_ t: [Token], at i: Int) -> (Int, Int)? {
        guard i + 1 < t.count, Lexicon.commonEra.contains(t[i].lower), t[i + 1].kind == .number, let y = Int(t[i + 1].text),
            (1...2100).contains(y)
        else { return nil }
        return (y, i + 2)
    }

    /// Whether a four-digit number reads as a year here rather than as a count or a name ("Order 9898",
    /// "1500 soldiers").
    static func isYearContext(_ t: [Token], at i: Int) -> Bool {
        if i > 0 {
            let before = t[i - 1]
            if Lexicon.identifierWords.contains(before.lower) { return false }
            if before.isCapitalized, !Lexicon.yearCues.contains(before.lower), !Lexicon.functionWords.contains(before.lower),
                Lexicon.months[before.lower] == nil, !Lexicon.partOfMonth.contains(before.lower)
            {
                // "Boeing 1945", "Number 1945": a name.
                return false
            }
            if Lexicon.qualifiers.contains(where: { $0.phrase.last == before.lower }) && !Lexicon.yearCues.contains(before.lower) {
                return false
            }
            if Lexicon.yearCues.contains(before.lower) { return true }
        }
        if i + 1 < t.count {
            let next = t[i + 1]
            if next.isWord, !next.isCapitalized {
                let word = next.lower
                if Lexicon.measureWords.contains(word) || Lexicon.durationWords.contains(word) { return false }
                if word.hasSuffix("s"), !Lexicon.functionWords.contains(word), !Lexicon.commonVerbs.contains(word), word.count > 3 {
                    return false
                }
            }
        }
        return true
    }

    // MARK: Relative dates

    private mutating func relative(_ s: Sentence, at i: Int) -> Match? {
        let t = s.tokens
        guard let base = last else { return nil }
        func word(_ k: Int) -> String { k < t.count && (t[k].isWord || t[k].kind == .number) ? t[k].lower : "" }
        let w0 = word(i)
        // that same morning / the same day / that day / later that day / the next day / the following morning
        var j = i
        var shift = 0
        var unit: Lexicon.TimeUnit?
        if w0 == "later" || w0 == "earlier", word(i + 1) == "that" {
            j = i + 2
            let w = word(j)
            if Lexicon.partsOfDay.contains(w) { unit = .day } else if w == "month" { unit = .month } else if w == "year" { unit = .year }
            j += 1
        } else if w0 == "that" || w0 == "the" || w0 == "this" {
            j = i + 1
            var w = word(j)
            var same = false
            if w == "same" {
                same = true
                j += 1
                w = word(j)
            } else if w == "next" || w == "following" || w == "previous" || w == "preceding" {
                shift = w == "next" || w == "following" ? 1 : -1
                j += 1
                w = word(j)
            } else if w0 == "the" {
                // "the day after", "the day before"
                if w == "day", word(j + 1) == "after" || word(j + 1) == "before", !Self.clauseFollows(t, at: j + 2) {
                    return (
                        i..<(j + 2), shifted(base, by: word(j + 1) == "after" ? 1 : -1, .day), .relative(s.text(tokens: i, through: j + 1)),
                        nil
                    )
                }
                return nil
            }
            if shift == 0, !(w0 == "the" && !same),
                let month = Self.month(t, at: j)
                    ?? Lexicon.months[w].flatMap({ t[j].isCapitalized && !Lexicon.monthAbbreviations.contains(w) ? $0 : nil })
            {
                // "That November", "that same May": the month of the year before.
                return (i..<(j + 1), .single(HistoricalDate(year: base.year, month: month)), .relative(s.text(tokens: i, through: j)), nil)
            }
            if shift == 0, Lexicon.seasons.contains(w) {
                // "That spring": the year before, as precise as a season allows.
                return (i..<(j + 1), .single(HistoricalDate(year: base.year)), .relative(s.text(tokens: i, through: j)), nil)
            }
            if Lexicon.partsOfDay.contains(w) {
                unit = .day
            } else if w == "week" && shift != 0 {
                unit = .day
                shift *= 7
            } else if w == "month" {
                unit = .month
            } else if w == "year" {
                unit = .year
            } else {
                return nil
            }
            if shift == 0 && !same && w0 == "the" { return nil }  // "the morning" alone is no date
            j += 1
        } else if let count = Self.count(w0), i + 2 < t.count, let (u, factor) = Lexicon.timeUnits[word(i + 1)] {
            // "two days later", "a week after …", "three days after Japan signed …"
            let direction = word(i + 2)
            guard ["later", "after", "earlier", "before", "afterwards", "afterward"].contains(direction) else { return nil }
            let amount = count * factor
            let phrase = s.text(tokens: i, through: i + 2)
            // "Three years later, on 19 April 1906": the date written after it is the one that counts.
            if Self.explicitDateFollows(t, from: i + 3) { return nil }
            if direction == "after" || direction == "before" {
                // "three days after CLAUSE": CLAUSE happened that long before (or after) the date before.
                let clauseStart = i + 3
                guard Self.clauseFollows(t, at: clauseStart) else {
                    return (i..<(i + 3), shifted(base, by: direction == "after" ? amount : -amount, u), .relative(phrase), nil)
                }
                let clauseEnd = Self.clauseEnd(t, from: clauseStart)
                // A clause that gives its own date is dated by it, not counted.
                if (clauseStart..<clauseEnd).contains(where: { k in t[k].kind == .number || Self.month(t, at: k) != nil }) { return nil }
                let date = shifted(base, by: direction == "after" ? -amount : amount, u)
                return (i..<(i + 3), date, .counted(phrase), clauseStart..<clauseEnd)
            }
            return (
                i..<(i + 3), shifted(base, by: direction == "later" || direction.hasPrefix("afterward") ? amount : -amount, u),
                .relative(phrase), nil
            )
        } else if (w0 == "next" || w0 == "following") && (word(i + 1) == "day" || word(i + 1) == "morning") && i > 0 && word(i - 1) != "the"
        {
            return (i..<(i + 2), shifted(base, by: 1, .day), .relative(s.text(tokens: i, through: i + 1)), nil)
        } else {
            return nil
        }
        guard let unit else { return nil }
        let needed: HistoricalDate.Precision = unit == .day ? .day : unit == .month ? .month : .year
        guard base.precision >= needed else { return nil }
        return (i..<j, shifted(base, by: shift, unit), .relative(s.text(tokens: i, through: j - 1)), nil)
    }

    private func shifted(_ date: HistoricalDate, by amount: Int, _ unit: Lexicon.TimeUnit) -> DateValue {
        let truncated: HistoricalDate
        switch unit {
        case .day: truncated = date
        case .month: truncated = HistoricalDate(year: date.year, month: date.month)
        case .year: truncated = HistoricalDate(year: date.year)
        }
        if unit == .day, truncated.precision != .day {
            return .single(truncated)
        }
        if unit == .month, truncated.month == nil { return .single(truncated) }
        return .single(truncated.shifted(by: amount))
    }

    /// Whether a clause (words with a verb, not a date) starts at `k`: "Japan had formally signed …".
    static func clauseFollows(_ t: [Token], at k: Int) -> Bool {
        guard k < t.count, t[k].isWord else { return false }
        return month(t, at: k) == nil && clauseEnd(t, from: k) - k >= 2
    }

    /// Where a clause starting at `k` ends: the next comma, semicolon, dash or closing stop.
    static func clauseEnd(_ t: [Token], from k: Int) -> Int {
        var e = k
        while e < t.count, !(t[e].kind == .punctuation && ",;:.!?—–()".contains(t[e].text)) { e += 1 }
        return e
    }

    /// Whether a written date comes right after `k` (past a comma and a preposition): ", on 19 April 1906".
    static func explicitDateFollows(_ t: [Token], from k: Int) -> Bool {
        var j = k
        while j < t.count, j < k + 3, t[j].is(",") || ["on", "in", "of"].contains(t[j].lower) { j += 1 }
        guard j < t.count else { return false }
        if month(t, at: j) != nil { return true }
        if t[j].kind == .number, j + 1 < t.count, month(t, at: j + 1) != nil { return true }
        return yearNumber(t, at: j, requireFourDigits: true) != nil && isYearContext(t, at: j)
    }

    // MARK: Pieces

    static func isDash(_ t: Token) -> Bool { t.is("–") || t.is("-") || t.is("—") || t.is("‑") }

    static func day(_ t: Token) -> Int? {
        guard t.kind == .number, !t.text.contains(","), !t.text.contains(".") else { return nil }
        let digits = t.isOrdinal ? String(t.text.dropLast(2)) : t.text
        guard digits.count <= 2, let d = Int(digits), (1...31).contains(d) else { return nil }
        return d
    }

    static func day(_ day: Int, month: Int, year: Int) -> HistoricalDate? {
        guard day <= HistoricalDate.daysIn(month: month, year: year) else { return nil }
        return HistoricalDate(year: year, month: month, day: day)
    }

    /// A small count written as a word or digits: "a" week, "three" days, "2" years.
    static func count(_ word: String) -> Int? {
        if word == "a" || word == "an" || word == "one" { return 1 }
        if let n = Lexicon.smallNumbers[word], n > 0 { return n }
        if let n = Int(word), n > 0, n < 1000 { return n }
        return nil
    }
}
