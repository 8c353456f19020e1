import Facts

extension DraftBuilder {
    /// An event before ids are given and duplicates merged.
    struct PendingEvent {
        var date: DateValue
        var label: String
        var who: [Int]
        var text: TextTemplate?
        var sentence: Int
        var checks: [String]
        var derived: Bool
        var words: Set<String>
    }

    mutating func addEvents() {
        var pending: [PendingEvent] = []
        for d in dates {
            let event = pendingEvent(d)
            if let same = pending.lastIndex(where: { isSame($0, event) }) {
                pending[same].who = (pending[same].who + event.who).uniqued()
                if pending[same].derived && !event.derived { pending[same] = event }
                continue
            }
            pending.append(event)
        }
        for e in pending {
            let id = uniqueID(.events, Slug.make(Slug.content(e.label), limit: 4))
            let who = e.who.compactMap { personIDs[$0] }
            var text = e.text
            if let t = text, t.placeholders.contains(.who), who.count != 1 { text = nil }
            deck.events.append(Event(id: id, date: e.date, label: e.label, who: who, text: text, location: location(e.sentence)))
            record(id, sentence: e.sentence, checks: e.checks)
        }
    }

    /// Two mentions of one event: the same date, and words enough in common (fewer when one is counted from
    /// the other, or they stand in neighbouring sentences).
    private func isSame(_ a: PendingEvent, _ b: PendingEvent) -> Bool {
        guard a.date == b.date else { return false }
        let shared = a.words.intersection(b.words).count
        let union = a.words.union(b.words).count
        if union > 0, Double(shared) / Double(union) >= 0.5 { return true }
        let near = sentences[a.sentence].paragraph == sentences[b.sentence].paragraph && abs(a.sentence - b.sentence) <= 1
        return shared >= 2 && (a.derived || b.derived) && (near || a.derived != b.derived)
    }

    private func pendingEvent(_ d: DateMention) -> PendingEvent {
        let s = sentences[d.sentence]
        let mentions = people.mentions(in: d.sentence)
        var checks: [String] = []
        let inQuote = d.tokens.contains { s.tokens[$0].inQuote }
        var who: [Int]
        if inQuote, let speaker = quoteRecords.first(where: { $0.sentence == d.sentence })?.person {
            who = [speaker]
        } else if let clause = d.clause {
            who = namedPeople(in: d.sentence, within: clause)
        } else {
            who = namedPeople(in: d.sentence)
            if who.isEmpty {
                who = mentions.filter(\.isPronoun).map(\.person).uniqued()
                if !who.isEmpty { checks.append("'who' was named by a pronoun in the sentence: check it") }
            }
        }
        if who.count > 3 { who = Array(who.prefix(3)) }
        let label = EventLabeler.label(s, date: d, people: mentions)
        var text: TextTemplate?
        switch d.origin {
        case .explicit:
            break
        case .yearFromContext(let year):
            checks.append("the article gives no year here: \(year) was taken from the date before")
        case .relative(let phrase):
            checks.append("“\(phrase)” was read as \(d.date), counting from the date before")
        case .counted(let phrase):
            checks.append("“\(phrase)” was counted back to \(d.date) from the date before")
        }
        if inQuote {
            checks.append("the date is in a quotation: check that it dates an event")
            text = quotedText(s, d, speaker: who.first)
        } else if let clause = d.clause {
            let words = TemplateBuilder.escaped(s.text(tokens: clause.lowerBound, through: clause.upperBound - 1))
            text = TemplateBuilder.parse(TermFinder.capitalized(words) + " on {date}.")
        } else {
            var replacements: [(Range<Int>, String)] = []
            if case .relative = d.origin {
                let atStart = d.tokens.lowerBound == 0
                let comma = d.tokens.upperBound < s.tokens.count && s.tokens[d.tokens.upperBound].is(",")
                replacements.append((d.tokens, (atStart ? "On {date}" : "on {date}") + (atStart && !comma ? "," : "")))
            } else {
                replacements.append((d.tokens, "{date}"))
            }
            if who.count == 1, let m = mentions.first(where: { !$0.isPronoun && $0.person == who[0] && !$0.tokens.overlaps(d.tokens) }) {
                replacements.append((m.tokens, "{who}"))
            }
            text = TemplateBuilder.template(s, replacing: replacements)
        }
        let words = Set(Slug.content(label).map(Self.stem))
        let derived: Bool
        switch d.origin {
        case .relative, .counted: derived = true
        default: derived = false
        }
        return PendingEvent(
            date: d.date, label: label, who: who, text: text, sentence: d.sentence, checks: checks, derived: derived, words: words)
    }

    /// "According to {who}, the defeat of the Russian troops in {date} …": the quoted sentence holding the date.
    private func quotedText(_ s: Sentence, _ d: DateMention, speaker: Int?) -> TextTemplate? {
        guard let q = s.quotation(containing: d.tokens.lowerBound) else { return nil }
        let t = s.tokens
        var start = q.tokens.lowerBound
        var end = q.tokens.upperBound
        for k in q.tokens where t[k].kind == .punctuation && ".!?".contains(t[k].text) {
            if k < d.tokens.lowerBound {
                start = k + 1
            } else if k >= d.tokens.upperBound {
                end = k
                break
            }
        }
        guard start < end else { return nil }
        let from = t[start].range.lowerBound
        let to = t[end - 1].range.upperBound
        let before = TemplateBuilder.escaped(s.text(from..<t[d.tokens.lowerBound].range.lowerBound))
        let after = TemplateBuilder.escaped(s.text(t[d.tokens.upperBound - 1].range.upperBound..<to))
        var sentence = before + "{date}" + after
        if speaker != nil {
            if let first = t[start].isWord ? t[start].lower : nil, Lexicon.functionWords.contains(first) {
                sentence = sentence.prefix(1).lowercased() + sentence.dropFirst()
            }
            sentence = "According to {who}, " + sentence
        }
        if let last = sentence.last, !".!?".contains(last) { sentence += "." }
        return TemplateBuilder.parse(sentence)
    }

    /// A crude stem for comparing labels: "signed" and "signs" meet at "sign".
    static func stem(_ word: String) -> String {
        var w = word.lowercased().filter { $0.isLetter || $0.isNumber }
        for suffix in ["ing", "ed", "es", "s"] where w.count > suffix.count + 3 && w.hasSuffix(suffix) {
            w.removeLast(suffix.count)
            break
        }
        return w
    }
}
