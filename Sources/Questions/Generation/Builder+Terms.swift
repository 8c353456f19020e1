import Facts

extension Builder {
    mutating func termQuestion(_ t: Term, _ d: Draft) -> Result<Question, SkippedQuestion> {
        let index = self.index
        guard let i = index.termPosition[t.id] else { return d.skip("the term is not in the deck") }
        let term = Phrasing.trimmed(t.term)
        let definition = Phrasing.label(t.definition)
        let explanation = Phrasing.sentence("\(term): \(definition)")
        let termKey = index.termKeys[i]
        let definitionKey = index.definitionKeys[i]
        // A term whose definition is this one's, or a definition of this same term, would also be right.
        let fits: (Int) -> Bool = { j in index.termKeys[j] != termKey && index.definitionKeys[j] != definitionKey }
        if d.kind != .flashcard, let clash = index.clashes.reason(t.id, d.focus) { return d.skip(clash) }
        // A definition repeating a word of its term points to it among the options.
        let repeatsTerm = !TextFolding.sharedWords(term, definition).isEmpty
        switch (d.kind, d.focus) {
        case (.multipleChoice, .definition), (.trueFalse, .definition):
            if repeatsTerm { return d.skip("the definition repeats a word of the term") }
            let picks = draw(from: index.terms.count, limit: options.optionCount + 3, fits: fits)
            let wrong = picks.map { Phrasing.label(index.terms[$0].definition) }
            if d.kind == .trueFalse {
                guard !wrong.isEmpty else { return d.skip(Self.noFalseStatement) }
                let isTrue = dealTruth()
                let shown = Phrasing.sentence(isTrue ? definition : wrong[0])
                return trueFalse(
                    d, statement: "This is the definition of \(Phrasing.quoted(term)): \(shown)", isTrue: isTrue, explanation: explanation)
            }
            guard let options = unorderedOptions(key: definition, distractors: wrong) else {
                return d.skip("not enough other terms for distractors")
            }
            return d.question(
                prompt: "Which definition fits \(Phrasing.quoted(term))?", options: options, answer: .option(definition),
                explanation: explanation, difficulty: Self.baseDifficulty(.multipleChoice))
        case (.multipleChoice, .term), (.typed, .term):
            // The term's own words are hidden in the definition shown: "The Japanese … in Manchuria".
            if let problem = index.hiddenDefinitionProblems[i] { return d.skip(problem) }
            let shown = index.shownDefinitions[i]
            let prompt = "Which term has this definition? " + Phrasing.sentence(shown)
            if d.kind == .typed {
                if (index.termsByDefinitionKey[definitionKey] ?? []).contains(where: { index.termKeys[$0] != termKey }) {
                    return d.skip("another term has the same definition")
                }
                return d.question(
                    prompt: prompt, answer: .accepted([term]), check: AnswerSpec(type: .text), explanation: explanation,
                    difficulty: Self.baseDifficulty(.typed))
            }
            let picks = draw(from: index.terms.count, limit: options.optionCount + 3, fits: fits)
            guard let options = unorderedOptions(key: term, distractors: picks.map { Phrasing.trimmed(index.terms[$0].term) }) else {
                return d.skip("not enough other terms for distractors")
            }
            return d.question(
                prompt: prompt, options: options, answer: .option(term), explanation: explanation,
                difficulty: Self.baseDifficulty(.multipleChoice))
        case (.flashcard, .definition):
            return d.question(
                prompt: term, answer: .accepted([definition]), check: AnswerSpec(type: .text), explanation: explanation,
                difficulty: Self.baseDifficulty(.flashcard))
        case (.flashcard, .term):
            // The definition with the term's own words hidden, as the other questions for the term show it.
            if let problem = index.hiddenDefinitionProblems[i] { return d.skip(problem) }
            return d.question(
                prompt: Phrasing.sentence(index.shownDefinitions[i]), answer: .accepted([term]), check: AnswerSpec(type: .text),
                explanation: explanation, difficulty: Self.baseDifficulty(.flashcard))
        default:
            return d.skip("not a focus of a term")
        }
    }

    mutating func cardQuestion(_ c: Flashcard, _ d: Draft) -> Result<Question, SkippedQuestion> {
        if let slot = CardSlot(rawValue: d.card.slot), slot != .back || c.cloze != nil {
            return cardSideQuestion(c, slot: slot, d)
        }
        let front = Phrasing.trimmed(c.front)
        let back = Phrasing.trimmed(c.back)
        let explanation = front + " " + Phrasing.sentence(back) + (c.extra.map { " " + Phrasing.sentence(Phrasing.trimmed($0)) } ?? "")
        switch d.kind {
        case .flashcard:
            return d.question(
                prompt: front, answer: .accepted([back]), check: AnswerSpec(type: .text), explanation: explanation,
                difficulty: Self.baseDifficulty(.flashcard))
        case .typed:
            return d.question(
                prompt: front, answer: .accepted([back]), check: AnswerSpec(type: .text), explanation: explanation,
                difficulty: Self.baseDifficulty(.typed))
        default:
            return d.skip("cards are asked as flashcards or typed answers only")
        }
    }
}
