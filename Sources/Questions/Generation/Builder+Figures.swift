import Facts

extension Builder {
    /// What the blank holds, for a prompt: "the number of Japanese soldiers", "the value per mole", with
    /// "(a range)" for a range. Templates carry the number alone, so the prompt names the unit.
    func measure(_ f: Figure) -> String {
        let unit = Phrasing.trimmed(f.unit)
        var text = unit.lowercased().hasPrefix("per ") ? "the value \(unit)" : "the number of \(unit)"
        if case .range = f.quantity.value { text += " (a range)" }
        return text
    }

    /// A direct question for a figure without a sentence: "About how many Japanese soldiers?"
    func howMany(_ f: Figure) -> String {
        let unit = Phrasing.trimmed(f.unit)
        if case .range = f.quantity.value {
            return unit.lowercased().hasPrefix("per ") ? "What is the range of the value \(unit)?" : "How many \(unit), as a range?"
        }
        if unit.lowercased().hasPrefix("per ") {
            switch f.quantity.qualifier {
            case nil: return "What is the value \(unit)?"
            case .approximately?: return "What is the value \(unit), approximately?"
            case .upTo?: return "Up to what value \(unit)?"
            case .atLeast?: return "At least what value \(unit)?"
            case .moreThan?: return "More than what value \(unit)?"
            }
        }
        switch f.quantity.qualifier {
        case nil: return "How many \(unit)?"
        case .approximately?: return "About how many \(unit)?"
        case .upTo?: return "Up to how many \(unit)?"
        case .atLeast?: return "At least how many \(unit)?"
        case .moreThan?: return "More than how many \(unit)?"
        }
    }

    func numberSpec(_ q: Quantity) -> AnswerSpec {
        let tolerance: Double? = q.qualifier == .approximately ? 0.05 : nil
        switch q.value {
        case .exact(let n): return AnswerSpec(type: .number, value: n.literal, tolerance: tolerance)
        case .range(let l, let h): return AnswerSpec(type: .number, low: l.literal, high: h.literal, tolerance: tolerance)
        }
    }

    mutating func figureQuestion(_ f: Figure, _ d: Draft) -> Result<Question, SkippedQuestion> {
        guard let i = index.figurePosition[f.id] else { return d.skip("the figure is not in the deck") }
        let key = f.quantity.numberText
        let template = f.text.flatMap { $0.placeholders.contains(.value) ? $0 : nil }
        func sentence(_ number: String) -> String {
            Phrasing.sentence(template!.render { $0 == .value ? number : "" })
        }
        let explanation = template != nil ? sentence(key) : Phrasing.sentence(Phrasing.quantityPhrase(f))
        let keyWords = TextFolding.words(key)
        let literalWords: [String]
        if case .exact(let n) = f.quantity.value { literalWords = TextFolding.words(n.literal) } else { literalWords = [] }
        func givesAway(_ text: String) -> Bool {
            let words = TextFolding.words(text)
            return TextFolding.containsWords(words, keyWords) || (!literalWords.isEmpty && TextFolding.containsWords(words, literalWords))
        }
        if template == nil {
            let sharing = (index.figuresByUnit[index.figureUnitKeys[i]] ?? []).count
            if sharing > 1 {
                return d.skip("another figure counts \(Phrasing.trimmed(f.unit)) too, and this one has no text to say which it is")
            }
        } else if givesAway(sentence(Phrasing.blank)) {
            return d.skip("the sentence gives the number away")
        }
        let spec = numberSpec(f.quantity)
        switch d.kind {
        case .multipleChoice, .trueFalse:
            let pool = NumberDistractors.pool(for: i, index: index, need: options.optionCount, using: &rng)
            if d.kind == .trueFalse {
                let wrong = (pool.below + pool.above).sorted { $0.closeness > $1.closeness }.prefix(3).shuffled(using: &rng).first
                let isTrue = dealTruth(falseAvailable: wrong != nil)
                return trueFalse(d, statement: sentence(isTrue ? key : wrong!.text), isTrue: isTrue, explanation: explanation, closeness: wrong?.closeness ?? 0)
            }
            let prompt = template != nil
                ? "Choose \(measure(f)) that completes the sentence: " + sentence(Phrasing.blank)
                : howMany(f)
            let bounds = f.quantity.bounds
            guard let (options, closeness) = orderedOptions(key: key, order: (bounds.lowerBound, bounds.upperBound), pool: pool) else {
                return d.skip("not enough distinct numbers for distractors")
            }
            return d.question(
                prompt: prompt, options: options, answer: .option(key), explanation: explanation,
                difficulty: Self.baseDifficulty(.multipleChoice) + 0.3 * closeness)
        case .cloze:
            return d.question(
                prompt: "Fill in the blank with \(measure(f)): " + sentence(Phrasing.blank), answer: .accepted([key]), check: spec,
                explanation: explanation, difficulty: Self.baseDifficulty(.cloze) + 0.1)
        case .typed:
            return d.question(
                prompt: howMany(f), answer: .accepted([key]), check: spec, explanation: explanation,
                difficulty: Self.baseDifficulty(.typed) + 0.1)
        default:
            return d.skip("not a focus of a figure")
        }
    }
}
