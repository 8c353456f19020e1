import Facts

extension Builder {
    mutating func quoteQuestion(_ q: Quote, _ d: Draft) -> Result<Question, SkippedQuestion> {
        guard let speaker = index.person(q.who) else { return d.skip("the speaker is not in the deck") }
        let name = index.people[speaker].name
        let quoted = Phrasing.quoted(q.quote)
        if index.mentions(TextFolding.words(q.quote), person: speaker) { return d.skip("the quotation names its speaker") }
        if let clash = index.clashes.reason(q.id, d.focus), d.kind == .typed || d.kind == .multipleChoice { return d.skip(clash) }
        // The context is shown unless it names the speaker.
        var citation: [String] = []
        var contextWords: [String] = []
        if let context = q.context.map(Phrasing.label), !context.isEmpty, !index.mentions(TextFolding.words(context), person: speaker),
            !namesWork(of: speaker, context)
        {
            citation.append(context)
            contextWords = TextFolding.words(context)
        }
        // The date, unless the context already gives its year.
        if let when = q.when, !when.yearTexts.allSatisfy(contextWords.contains) { citation.append(show(when)) }
        let source = citation.joined(separator: ", ")
        // A source with brackets of its own follows a dash rather than sitting in brackets.
        let cited = source.isEmpty ? "" : source.contains(where: { $0 == "(" || $0 == ")" }) ? " — " + source : " (" + source + ")"
        let fragment = Phrasing.isFragment(q.quote)
        func statement(_ who: String) -> String {
            fragment ? "\(who) used the words \(quoted)\(cited)." : "\(who) said: \(quoted)\(cited)"
        }
        let explanation = statement(name)
        let prompt = fragment ? "Who used the words \(quoted)?\(cited)" : "Who said this? \(quoted)\(cited)"
        // Everyone the deck gives the same words to is right, so none of them is a distractor.
        let speakers = (index.speakersByQuoteKey[TextFolding.fold(q.quote)] ?? [q.who]).compactMap(index.person)
        switch d.kind {
        case .multipleChoice, .trueFalse:
            // Of the speaker's time: the quotation's date, or else when the speaker is known to have lived.
            let around =
                q.when.map(\.days)
                ?? index.traits[speaker].era.map { era in
                    HistoricalDate(year: HistoricalDate.writtenYear(astronomical: era.lowerBound))
                        .firstDay...HistoricalDate(year: HistoricalDate.writtenYear(astronomical: era.upperBound)).lastDay
                }
            let wrong = whoDistractors(
                credited: speakers, around: around, pronoun: PersonTraits.pronoun(in: contextWords), shown: TextFolding.words(prompt),
                limit: options.optionCount + 2
            ).map { index.people[$0].name }
            if d.kind == .trueFalse {
                if let first = index.clashes.sharedFirst(q.id, d.focus) {
                    return d.skip("the deck gives the same words to another person in \(first), whose statement is made instead")
                }
                guard !wrong.isEmpty else { return d.skip(Self.noFalseStatement) }
                let isTrue = dealTruth()
                return trueFalse(d, statement: statement(isTrue ? name : wrong[0]), isTrue: isTrue, explanation: explanation)
            }
            guard let options = unorderedOptions(key: name, distractors: wrong) else {
                return d.skip("not enough other people of the time in the deck for distractors")
            }
            return d.question(
                prompt: prompt, options: options, answer: .option(name), explanation: explanation,
                difficulty: Self.baseDifficulty(.multipleChoice))
        case .typed:
            if speakers.contains(where: { !index.maySamePerson($0, speaker) }) {
                return d.skip("the deck gives the same words to several people")
            }
            return d.question(
                prompt: prompt, answer: .accepted(index.names.acceptedNames[speaker]), check: nameSpec([speaker]),
                explanation: explanation, difficulty: Self.baseDifficulty(.typed))
        default:
            return d.skip("not a focus of a quotation")
        }
    }

    /// Whether a quotation's context names something the deck credits to the speaker ("On Painting (De
    /// pictura)" beside Alberti's "On Painting", "in the Lives" beside Vasari's): a capitalised word, not the
    /// first of either text, that both hold.
    func namesWork(of speaker: Int, _ context: String) -> Bool {
        !DeckIndex.nameWords(context).isDisjoint(with: index.creditedNameWords[speaker])
    }
}
