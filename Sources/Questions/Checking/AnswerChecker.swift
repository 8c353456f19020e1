import Facts

/// The outcome of checking one answer.
public struct AnswerCheck: Hashable, Sendable, Codable {
    public enum Verdict: String, Hashable, Sendable, Codable {
        case correct
        /// Right but for a slip worth pointing out (one typo in a long word of a name).
        case nearMiss = "near-miss"
        case wrong
    }

    public var verdict: Verdict
    /// The right answer as it should be shown: "B. 23 August 1945", "Lavrentiy Beria", "C A B", "1B 2A 3C".
    public var expected: String
    /// Why a near miss is one, or why an answer could not be read.
    public var note: String?

    public init(verdict: Verdict, expected: String, note: String? = nil) {
        self.verdict = verdict
        self.expected = expected
        self.note = note
    }
}

/// Checks a typed or chosen answer against a question: the same code for a study session and for grading paper.
///
/// Choices are given by letter (`B`, `b`), number (`2`) or the option's text; true/false also as `T`, `F`,
/// `true`, `false`, `yes`, `no`. Orderings as `3 1 2` or `C A B`; matchings as `1B 2A 3C` or `1-B,2-A`.
/// Typed answers are read by the question's `check`: dates in any common writing at the key's precision,
/// numbers with grouping and `k`/`million` (±5 % for an approximate figure, any value inside a range), names
/// by full name, alias or unshared surname with case, accents and punctuation ignored and one typo in a word
/// of five letters or more taken as a near miss, terms and card backs with case, articles and punctuation
/// ignored (and a part in brackets optional).
public struct AnswerChecker: Sendable {
    public init() {}

    public func check(_ response: String, for question: Question) -> AnswerCheck {
        switch question.kind {
        case .multipleChoice, .trueFalse: return checkChoice(response, question)
        case .ordering: return checkOrdering(response, question)
        case .matching: return checkMatching(response, question)
        case .typed, .cloze, .flashcard: return checkTyped(response, question)
        }
    }

    // MARK: - Choices

    static func letter(_ i: Int) -> String { String(UnicodeScalar(UInt8(65 + i))) }

    /// The option a response picks: by letter, number, true/false word or the option's text.
    static func optionIndex(_ response: String, options: [String], trueFalse: Bool) -> Int? {
        var t = Phrasing.trimmed(response)
        while let last = t.last, ".)".contains(last), t.count > 1 { t.removeLast() }
        if t.hasPrefix("("), t.count > 1 { t.removeFirst() }
        let lower = t.lowercased()
        // An option's own text wins over reading it as a position: "3" among the options 2, 3, 4, 5 is "3".
        if let exact = options.firstIndex(where: { $0.lowercased() == lower }) { return exact }
        let folded = TextFolding.fold(response)
        let loose = options.indices.filter { TextFolding.fold(options[$0]) == folded }
        if !folded.isEmpty, loose.count == 1 { return loose[0] }
        if trueFalse {
            if ["t", "true", "yes", "y", "vrai"].contains(lower) { return 0 }
            if ["f", "false", "no", "n", "faux"].contains(lower) { return 1 }
        }
        if lower.count == 1, let scalar = lower.unicodeScalars.first, scalar.value >= 97, scalar.value < 97 + UInt32(options.count) {
            return Int(scalar.value - 97)
        }
        if let n = Int(lower), n >= 1, n <= options.count { return n - 1 }
        return nil
    }

    private func checkChoice(_ response: String, _ q: Question) -> AnswerCheck {
        let options = q.options ?? []
        guard let key = q.keyIndex else { return AnswerCheck(verdict: .wrong, expected: q.answerText, note: "the question has no key") }
        let expected = q.kind == .trueFalse ? options[key] : "\(Self.letter(key)). \(options[key])"
        guard let picked = Self.optionIndex(response, options: options, trueFalse: q.kind == .trueFalse) else {
            return AnswerCheck(verdict: .wrong, expected: expected, note: "not one of the options")
        }
        return AnswerCheck(verdict: picked == key ? .correct : .wrong, expected: expected)
    }

    // MARK: - Ordering and matching

    /// The options a response lists, by letter or number: "3 1 2", "C A B", "C, A, B", "CAB".
    static func sequence(_ response: String, count: Int) -> [Int]? {
        var tokens = response.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.lowercased() }
        if tokens.count == 1, tokens[0].count == count, tokens[0].allSatisfy(\.isLetter) { tokens = tokens[0].map { String($0) } }
        if tokens.count == 1, tokens[0].count == count, count < 10, tokens[0].allSatisfy(\.isASCIIDigitCharacter) {
            tokens = tokens[0].map { String($0) }
        }
        let indices = tokens.map { token -> Int? in
            if let n = Int(token) { return n >= 1 && n <= count ? n - 1 : nil }
            guard token.count == 1, let v = token.unicodeScalars.first?.value, v >= 97, v < 97 + UInt32(count) else { return nil }
            return Int(v - 97)
        }
        let list = indices.compactMap { $0 }
        guard indices.count == count, list.count == count else { return nil }
        return Set(list).count == count ? list : nil
    }

    private func checkOrdering(_ response: String, _ q: Question) -> AnswerCheck {
        let options = q.options ?? []
        guard case .sequence(let order) = q.answer else { return AnswerCheck(verdict: .wrong, expected: q.answerText) }
        let key = order.compactMap { options.firstIndex(of: $0) }
        let expected = key.map(Self.letter).joined(separator: " ")
        guard let given = Self.sequence(response, count: options.count) else {
            return AnswerCheck(verdict: .wrong, expected: expected, note: "list every option once, by letter or number, earliest first")
        }
        if given == key { return AnswerCheck(verdict: .correct, expected: expected) }
        let placed = zip(given, key).filter { $0 == $1 }.count
        return AnswerCheck(verdict: .wrong, expected: expected, note: "\(placed) of \(key.count) in the right place")
    }

    /// The pairs a response gives: "1B 2A 3C", "1-B, 2-A", "1 B; 2 A"; or only letters in item order, "BAC".
    static func pairs(_ response: String, items: Int, options: Int) -> [Int: Int]? {
        var result: [Int: Int] = [:]
        var pendingItem: Int?
        var number = ""
        func letterIndex(_ c: Character) -> Int? {
            guard let v = c.lowercased().unicodeScalars.first?.value, v >= 97, v < 97 + UInt32(options) else { return nil }
            return Int(v - 97)
        }
        let letters = response.filter(\.isLetter)
        if !response.contains(where: \.isNumber), letters.count == items {
            for (i, c) in letters.enumerated() {
                guard let o = letterIndex(c) else { return nil }
                result[i] = o
            }
            return result
        }
        for c in response + " " {
            if c.isASCIIDigitCharacter {
                number.append(c)
                continue
            }
            if !number.isEmpty {
                guard let n = Int(number), n >= 1, n <= items else { return nil }
                pendingItem = n - 1
                number = ""
            }
            if c.isLetter {
                guard let item = pendingItem, let o = letterIndex(c), result[item] == nil else { return nil }
                result[item] = o
                pendingItem = nil
            }
        }
        return result.count == items ? result : nil
    }

    private func checkMatching(_ response: String, _ q: Question) -> AnswerCheck {
        let items = q.items ?? []
        let options = q.options ?? []
        guard case .pairs(let pairs) = q.answer else { return AnswerCheck(verdict: .wrong, expected: q.answerText) }
        let key = items.map { item in options.firstIndex(of: pairs.first { $0.item == item }?.match ?? "") ?? -1 }
        let expected = key.enumerated().map { "\($0.offset + 1)\(Self.letter(max(0, $0.element)))" }.joined(separator: " ")
        guard let given = Self.pairs(response, items: items.count, options: options.count) else {
            return AnswerCheck(verdict: .wrong, expected: expected, note: "pair every item with a letter, like 1B 2A 3C")
        }
        let right = key.indices.filter { given[$0] == key[$0] }.count
        if right == key.count { return AnswerCheck(verdict: .correct, expected: expected) }
        return AnswerCheck(verdict: .wrong, expected: expected, note: "\(right) of \(key.count) pairs right")
    }

    // MARK: - Typed answers

    private func checkTyped(_ response: String, _ q: Question) -> AnswerCheck {
        guard case .accepted(let accepted) = q.answer, let shown = accepted.first else {
            return AnswerCheck(verdict: .wrong, expected: q.answerText)
        }
        guard !Phrasing.trimmed(response).isEmpty else { return AnswerCheck(verdict: .wrong, expected: shown, note: "no answer") }
        guard let spec = q.check else { return checkText(response, accepted: accepted, shown: shown) }
        switch spec.type {
        case .date: return checkDate(response, spec: spec, shown: shown)
        case .number: return checkNumber(response, spec: spec, shown: shown)
        case .name: return checkName(response, spec: spec, accepted: accepted, shown: shown)
        case .text: return checkText(response, accepted: accepted, shown: shown)
        }
    }

    private func checkDate(_ response: String, spec: AnswerSpec, shown: String) -> AnswerCheck {
        guard let text = spec.date, case .success(let key) = DateValue.parse(text) else {
            return checkText(response, accepted: [shown], shown: shown)
        }
        switch DateAnswerParser.read(DateAnswerParser.expandingShortYears(response, for: key)) {
        case .ambiguous:
            return AnswerCheck(verdict: .wrong, expected: shown, note: "day and month could be either way round: write the month as a word")
        case .unreadable:
            return AnswerCheck(verdict: .wrong, expected: shown, note: "not a date")
        case .date(let given):
            func matches(_ g: HistoricalDate, _ k: HistoricalDate) -> Bool? {
                // An answer less precise than the key is not enough; a more precise one must agree with it.
                guard g.precision >= k.precision else { return nil }
                return g.year == k.year && (k.month == nil || g.month == k.month) && (k.day == nil || g.day == k.day)
            }
            let results: [Bool?]
            switch (given, key) {
            case (.single(let g), .single(let k)): results = [matches(g, k)]
            case (.range(let g1, let g2), .range(let k1, let k2)): results = [matches(g1, k1), matches(g2, k2)]
            default: results = [false]
            }
            if results.contains(where: { $0 == nil }) {
                return AnswerCheck(verdict: .wrong, expected: shown, note: "give the \(Self.precisionWords(key))")
            }
            return AnswerCheck(verdict: results.allSatisfy { $0 == true } ? .correct : .wrong, expected: shown)
        }
    }

    static func precisionWords(_ date: DateValue) -> String {
        switch date.precision {
        case .year: date.isRange ? "years" : "year"
        case .month: "month and year"
        case .day: "day, month and year"
        }
    }

    private func checkNumber(_ response: String, spec: AnswerSpec, shown: String) -> AnswerCheck {
        let tolerance = spec.tolerance ?? 0
        func near(_ x: Double, _ k: Double) -> Bool {
            abs(x - k) <= max(tolerance * abs(k), 1e-9 * max(1, abs(k)))
        }
        let unit = spec.unit.map(NumberAnswerParser.Unit.init)
        let (reading, multiplied) = NumberAnswerParser.reading(response, unit: unit)
        // With a unit that begins with a multiplier ("billion US dollars"), an answer is in that unit
        // ("25.4", "25.4 billion") or written out in full ("25,400,000,000").
        func candidates(_ x: Double) -> [Double] {
            guard let m = unit?.multiplier else { return [x] }
            return multiplied ? [x / m] : [x, x / m]
        }
        if let low = spec.low.flatMap(Double.init), let high = spec.high.flatMap(Double.init) {
            switch reading {
            case .value:
                // The question asks for the range: one number inside it is not the answer.
                return AnswerCheck(verdict: .wrong, expected: shown, note: "give the range, from the lowest to the highest")
            case .range(let a, let b):
                let ends = zip(candidates(a), candidates(b))
                let right = ends.contains { near($0, min(low, high)) && near($1, max(low, high)) }
                return AnswerCheck(verdict: right ? .correct : .wrong, expected: shown)
            case .unreadable: return AnswerCheck(verdict: .wrong, expected: shown, note: "not a number")
            }
        }
        guard let key = spec.value.flatMap(Double.init) else { return checkText(response, accepted: [shown], shown: shown) }
        switch reading {
        case .value(let x): return AnswerCheck(verdict: candidates(x).contains { near($0, key) } ? .correct : .wrong, expected: shown)
        case .range: return AnswerCheck(verdict: .wrong, expected: shown, note: "give one number")
        case .unreadable: return AnswerCheck(verdict: .wrong, expected: shown, note: "not a number")
        }
    }

    private func checkName(_ response: String, spec: AnswerSpec?, accepted: [String], shown: String) -> AnswerCheck {
        if NameMatcher.matches(response, accepted: accepted) { return AnswerCheck(verdict: .correct, expected: shown) }
        // A nickname in quotes inside the name: Charlie "Bird" Parker.
        if let plain = NameMatcher.withoutQuotedNickname(response), NameMatcher.matches(plain, accepted: accepted) {
            return AnswerCheck(verdict: .correct, expected: shown)
        }
        // Several people credited: any of them, or several of them named together ("Hillary and Tenzing").
        if let people = spec?.people, people.count > 1 {
            let parts = NameMatcher.parts(response)
            for reading in [parts, NameMatcher.sharingFamilyName(parts)].compactMap({ $0 }) where reading.count > 1 {
                var named: Set<Int> = []
                let all = reading.allSatisfy { part in
                    guard let who = people.indices.first(where: { NameMatcher.matches(part, accepted: people[$0]) }) else { return false }
                    return named.insert(who).inserted
                }
                if all { return AnswerCheck(verdict: .correct, expected: shown) }
            }
        }
        let given = TextFolding.words(response)
        // A slip that makes another person's name is that person, not a near miss; with the rest of the name
        // typed right ("Jan Bruegel the Elder" for Jan Brueghel the Elder) it is still this person.
        let lookalikes = Set((spec?.lookalikes ?? []).map(TextFolding.fold))
        if given.count == 1, given.contains(where: lookalikes.contains) { return AnswerCheck(verdict: .wrong, expected: shown) }
        for (i, words) in accepted.map(TextFolding.words).enumerated() where words.count == given.count {
            let differing = zip(words, given).filter { $0 != $1 }
            if differing.count == 1, let (right, typed) = differing.first, right.count >= 5,
                TextFolding.editDistance(right, typed, limit: 1) == 1
            {
                return AnswerCheck(verdict: .nearMiss, expected: shown, note: "almost: it is spelled \(accepted[i])")
            }
        }
        return AnswerCheck(verdict: .wrong, expected: shown)
    }

    static let articles: Set<String> = ["a", "an", "the"]

    /// A phrase key with number words (and their plurals) in digits: "trading fours" → "trading 4s".
    static func numeralKey(_ key: String) -> String {
        key.split(separator: " ").map { word -> String in
            let w = String(word)
            if let n = NumberWords.units[w] { return NumberWords.format(n) }
            for ending in ["es", "s"] where w.hasSuffix(ending) {
                if let n = NumberWords.units[String(w.dropLast(ending.count))] { return NumberWords.format(n) + "s" }
            }
            return w
        }.joined(separator: " ")
    }

    /// A phrase's words for comparison: folded, articles dropped.
    static func phraseKey(_ text: String) -> String {
        TextFolding.words(text).filter { !articles.contains($0) }.joined(separator: " ")
    }

    /// The text without its parts in brackets: "China (its northeast)" → "China". A part in brackets is
    /// optional in a typed answer.
    public static func withoutBrackets(_ text: String) -> String {
        var out = ""
        var depth = 0
        for c in text {
            if c == "(" || c == "[" {
                depth += 1
            } else if c == ")" || c == "]" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                out.append(c)
            }
        }
        return out
    }

    private func checkText(_ response: String, accepted: [String], shown: String) -> AnswerCheck {
        let given = Self.phraseKey(response)
        let keys = accepted.flatMap { [Self.phraseKey($0), Self.phraseKey(Self.withoutBrackets($0))] }.filter { !$0.isEmpty }
        let squeeze: (String) -> String = { $0.replacingAll(" ", with: "") }
        if keys.contains(where: { $0 == given || squeeze($0) == squeeze(given) }) {
            return AnswerCheck(verdict: .correct, expected: shown)
        }
        // A number in digits for the word: "trading 4s" for trading fours.
        let numerals = Self.numeralKey(given)
        if keys.contains(where: { Self.numeralKey($0) == numerals }) {
            return AnswerCheck(verdict: .correct, expected: shown)
        }
        // The plural of a one-word name for a thing is that thing: "Luddites" for Luddite.
        if !given.contains(" "),
            keys.contains(where: { !$0.contains(" ") && $0.count >= 4 && $0 != given && TextFolding.stem(given) == $0 })
        {
            return AnswerCheck(verdict: .correct, expected: shown)
        }
        return AnswerCheck(verdict: .wrong, expected: shown)
    }
}
