import Facts
import Foundation

extension Builder {
    func numberSpec(_ f: Figure) -> AnswerSpec {
        let q = f.quantity
        let tolerance: Double? = q.qualifier == .approximately ? 0.05 : nil
        let unit = Phrasing.trimmed(f.unit)
        switch q.value {
        case .exact(let n): return AnswerSpec(type: .number, value: n.literal, tolerance: tolerance, unit: unit)
        case .range(let l, let h): return AnswerSpec(type: .number, low: l.literal, high: h.literal, tolerance: tolerance, unit: unit)
        }
    }

    mutating func figureQuestion(_ f: Figure, _ d: Draft) -> Result<Question, SkippedQuestion> {
        guard let i = index.figurePosition[f.id] else { return d.skip("the figure is not in the deck") }
        let key = f.quantity.numberText
        let template = f.text.flatMap { $0.placeholders.contains(.value) ? $0 : nil }
        // The figure's sentence with `number` in it; nil when it has none (then it is asked by a direct question).
        func sentence(_ number: String) -> String? {
            template.map { text in Phrasing.sentence(text.render { $0 == .value ? number : "" }) }
        }
        let noSentence = "it has no text with {value} to make a sentence from"
        let explanation = sentence(key) ?? Phrasing.sentence(Phrasing.quantityPhrase(f))
        let keyWords = TextFolding.words(key)
        var literalWords: [String] = []
        // Among options, the whole part of a decimal gives it away too: "a “78” record turned at 78.26
        // revolutions" (typed, "78" is a wrong answer, not a hint).
        var wholeWords: [String] = []
        if case .exact(let n) = f.quantity.value {
            literalWords = TextFolding.words(n.literal)
            if !n.fractionDigits.isEmpty, n.exponent == nil, n.integerDigits != "0", d.kind == .multipleChoice || d.kind == .trueFalse {
                wholeWords = [n.integerDigits]
            }
        }
        // The number in digits or in words ("beats in each bar of “Take Five”" for 5).
        func givesAway(_ text: String) -> Bool {
            let words = TextFolding.words(text)
            let spelled = TextFolding.words(NumberWords.digits(in: words.joined(separator: " ")))
            return [words, spelled].contains { words in
                TextFolding.containsWords(words, keyWords) || (!literalWords.isEmpty && TextFolding.containsWords(words, literalWords))
                    || (!wholeWords.isEmpty && TextFolding.containsWords(words, wholeWords))
            }
        }
        if givesAway(f.unit) { return d.skip("its unit gives the number away") }
        if template == nil {
            let sharing = (index.figuresByUnit[index.figureUnitKeys[i]] ?? []).count
            if sharing > 1 {
                return d.skip("another figure counts \(Phrasing.trimmed(f.unit)) too, and this one has no text to say which it is")
            }
            if FigurePhrasing.form(ofUnit: f.unit) == .unaskable {
                return d.skip("its unit, \(Phrasing.trimmed(f.unit)), does not say what is measured: add a text")
            }
        } else if let blanked = sentence(Phrasing.blank), givesAway(blanked) {
            return d.skip("the sentence gives the number away")
        }
        if let clash = index.clashes.reason(f.id, d.focus) { return d.skip(clash) }
        let spec = numberSpec(f)
        switch d.kind {
        case .multipleChoice, .trueFalse:
            if let bound = FigurePhrasing.boundQualifier(f.quantity) {
                return d.skip("“\(bound.rawValue)” makes every number on one side true too, so it is asked only by typing")
            }
            let domain = FigureDomain.of(i, in: index)
            let quantity = f.quantity
            if d.kind == .trueFalse {
                let rank = Int.random(in: 0...1, using: &rng)
                let pair =
                    NumberOptions.make(key: quantity, count: 2, rank: rank, domain: domain, falseStatement: true, using: &rng)
                    ?? NumberOptions.make(key: quantity, count: 2, rank: 1 - rank, domain: domain, falseStatement: true, using: &rng)
                let wrong = pair?.first { $0.text != key }
                guard let wrong else { return d.skip(Self.noFalseStatement) }
                let isTrue = dealTruth()
                guard let statement = sentence(isTrue ? key : wrong.text) else { return d.skip(noSentence) }
                return trueFalse(d, statement: statement, isTrue: isTrue, explanation: explanation)
            }
            let prompt: String
            if let blanked = sentence(Phrasing.blank) {
                prompt = "Choose \(FigurePhrasing.blankNoun(f)) that completes the sentence: " + blanked
            } else if let direct = FigurePhrasing.question(f, typed: false) {
                prompt = direct
            } else {
                return d.skip("its unit, \(Phrasing.trimmed(f.unit)), does not say what is measured: add a text")
            }
            guard
                let options = dealOrdered({ count, rank, rng in
                    NumberOptions.make(key: quantity, count: count, rank: rank, domain: domain, using: &rng)
                })
            else {
                return d.skip("not enough numbers written like it, inside what it can be, for distractors")
            }
            let key = quantity.bounds.lowerBound
            let ratios = options.filter { $0.text != f.quantity.numberText }.map {
                key == 0 || $0.low == 0 ? 0 : abs(log(abs($0.low / key)))
            }
            let closeness = ratios.map { max(0, 1 - $0 / log(3)) }.reduce(0, +) / Double(max(1, ratios.count))
            return d.question(
                prompt: prompt, options: options.map(\.text), answer: .option(f.quantity.numberText), explanation: explanation,
                difficulty: Self.baseDifficulty(.multipleChoice) + 0.3 * closeness)
        case .cloze:
            let noun = FigurePhrasing.blankNoun(f)
            // "a number", "a percentage", "a range"; "the number of Japanese soldiers" as it is.
            let article = noun.hasPrefix("the number of") ? noun : "a" + noun.dropFirst(3)
            guard let blanked = sentence(Phrasing.blank) else { return d.skip(noSentence) }
            return d.question(
                prompt: "Fill in the blank with \(article): " + blanked, answer: .accepted([key]), check: spec,
                explanation: explanation, difficulty: Self.baseDifficulty(.cloze) + 0.1)
        case .typed:
            guard let prompt = FigurePhrasing.question(f, typed: true) else {
                return d.skip("its unit, \(Phrasing.trimmed(f.unit)), does not say what is measured: add a text")
            }
            return d.question(
                prompt: prompt, answer: .accepted([key]), check: spec, explanation: explanation,
                difficulty: Self.baseDifficulty(.typed) + 0.1)
        default:
            return d.skip("not a focus of a figure")
        }
    }
}
