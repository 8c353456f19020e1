import Facts

extension Builder {
    /// The sentence a question about an event reads from: the deck's `text` when it has the slot asked.
    /// Otherwise one built from the fields, framed so that any label reads well, a noun phrase or a sentence:
    /// - the fact itself (the explanation): "23 August 1945: Order No. 9898 issued … (Josef Stalin)."
    /// - for the date: "This happened on 23 August 1945: Order No. 9898 issued … (Josef Stalin)."
    /// - for the people: "Josef Stalin is linked to this event: Order No. 9898 issued … (23 August 1945)."
    func eventSentence(_ e: Event, position: Int, asking slot: TextTemplate.Placeholder?) -> [TextTemplate.Segment] {
        if let text = e.text, slot == nil || text.placeholders.contains(slot!) { return text.segments }
        let label = Phrasing.capitalized(index.eventLabels[position])
        let people = e.who.compactMap(index.person)
        let words = TextFolding.words(label)
        let showWho = !people.isEmpty && !people.allSatisfy({ index.mentions(words, person: $0) })
        let end: [TextTemplate.Segment] = Phrasing.endsSentence(label) ? [] : [.text(".")]
        switch slot {
        case .who?:
            let verb = people.count > 1 ? " are" : " is"
            return [.slot(.who), .text(verb + " linked to this event: " + label + " ("), .slot(.date), .text(")")] + [.text(".")]
        case .date?:
            let opening = (e.date.isRange ? "This took place " : "This happened ") + (e.date.start.precision == .day ? "on " : "in ")
            var segments: [TextTemplate.Segment] = [.text(opening), .slot(.date), .text(": " + label)]
            if showWho { segments += [.text(" ("), .slot(.who), .text(")")] }
            return segments + end
        default:
            var segments: [TextTemplate.Segment] = [.slot(.date), .text(": " + label)]
            if showWho { segments += [.text(" ("), .slot(.who), .text(")")] }
            return segments + end
        }
    }

    func render(_ segments: [TextTemplate.Segment], _ fill: (TextTemplate.Placeholder) -> String) -> String {
        TextTemplate(segments: segments).render(fill)
    }

    func names(_ people: [Int]) -> String { Phrasing.list(people.map { index.people[$0].name }) }

    /// The event named for a direct question: its label, with the people (or the date) in brackets.
    func eventContext(_ e: Event, position: Int, showWho: Bool, showDate: Bool) -> String {
        var text = Phrasing.capitalized(index.eventLabels[position])
        var extra: [String] = []
        let people = e.who.compactMap(index.person)
        let words = TextFolding.words(text)
        if showWho, !people.isEmpty, !people.allSatisfy({ index.mentions(words, person: $0) }) { extra.append(names(people)) }
        if showDate { extra.append(e.date.description) }
        if !extra.isEmpty {
            if Phrasing.endsSentence(text) { return text + " (" + extra.joined(separator: ", ") + ")" }
            text += " (" + extra.joined(separator: ", ") + ")"
        }
        return Phrasing.sentence(text)
    }

    /// "In which year did this happen?", "On which dates did this take place?"
    func whenQuestion(_ date: DateValue) -> String {
        let noun = typedNoun(date)
        let preposition = date.start.precision == .day ? "On" : "In"
        return date.isRange ? "\(preposition) which \(noun) did this take place?" : "\(preposition) which \(noun) did this happen?"
    }

    /// The answer's noun for a typed date: a month is asked with its year.
    func typedNoun(_ date: DateValue) -> String {
        switch (date.isRange, date.start.precision == date.end.precision ? date.start.precision : .day) {
        case (false, .year): "year"
        case (false, .month): "month and year"
        case (false, .day): "date"
        case (true, .year): "years"
        case (true, .month): "months"
        case (true, .day): "dates"
        }
    }

    mutating func eventQuestion(_ e: Event, slot: CardSlot, _ d: Draft) -> Result<Question, SkippedQuestion> {
        guard let position = index.eventPosition[e.id] else { return d.skip("the event is not in the deck") }
        return eventQuestion(e, position: position, slot: slot, d)
    }

    mutating func eventQuestion(_ e: Event, position i: Int, slot: CardSlot, _ d: Draft) -> Result<Question, SkippedQuestion> {
        let index = self.index
        let people = e.who.compactMap(index.person)
        let fullSentence = render(eventSentence(e, position: i, asking: nil)) { p in
            switch p {
            case .date: e.date.description
            case .who: names(people)
            case .value: ""
            }
        }
        let explanation = Phrasing.sentence(fullSentence)
        switch slot {
        case .date: return eventDateQuestion(e, position: i, people: people, explanation: explanation, d)
        case .who: return eventWhoQuestion(e, position: i, people: people, explanation: explanation, d)
        case .event: return whatHappenedQuestion(e, position: i, explanation: explanation, d)
        default: return d.skip("events have no slot '\(slot.rawValue)'")
        }
    }

    /// Whether a prompt names the year of a year-precision answer (for finer dates, a shown year only narrows the answer).
    func givesYearAway(_ prompt: String, _ date: DateValue) -> Bool {
        guard date.start.precision == .year || date.end.precision == .year else { return false }
        let words = TextFolding.words(prompt)
        return date.yearTexts.contains { words.contains($0) }
    }

    mutating func eventDateQuestion(_ e: Event, position i: Int, people: [Int], explanation: String, _ d: Draft) -> Result<Question, SkippedQuestion> {
        let index = self.index
        let segments = eventSentence(e, position: i, asking: .date)
        func sentence(date: String) -> String {
            Phrasing.sentence(render(segments) { p in p == .date ? date : p == .who ? names(people) : "" })
        }
        let direct = whenQuestion(e.date) + " " + eventContext(e, position: i, showWho: true, showDate: false)
        switch d.kind {
        case .multipleChoice, .trueFalse:
            let pool = DateDistractors.pool(
                for: e.date, index: index, latestYear: latestYear,
                excluded: { index.sameLabelEvent(as: i, overlaps: $0) }, using: &rng)
            if d.kind == .trueFalse {
                if givesYearAway(render(segments) { p in p == .date ? "" : p == .who ? names(people) : "" }, e.date) {
                    return d.skip("the sentence gives the year away")
                }
                let wrong = (pool.below + pool.above).sorted { $0.closeness > $1.closeness }.prefix(3).shuffled(using: &rng).first
                let isTrue = dealTruth(falseAvailable: wrong != nil)
                let statement = sentence(date: isTrue ? e.date.description : wrong!.text)
                return trueFalse(d, statement: statement, isTrue: isTrue, explanation: explanation, closeness: wrong?.closeness ?? 0)
            }
            let prompt: String
            if e.text?.placeholders.contains(.date) == true {
                let verb = e.date.isRange ? "complete" : "completes"
                prompt = "Choose the \(e.date.noun) that \(verb) the sentence: " + sentence(date: Phrasing.blank)
            } else {
                prompt = direct
            }
            if givesYearAway(prompt, e.date) { return d.skip("the prompt gives the year away") }
            guard let (options, closeness) = orderedOptions(
                key: e.date.description, order: (Double(e.date.days.lowerBound), Double(e.date.days.upperBound)), pool: pool)
            else { return d.skip("not enough distinct dates for distractors") }
            return d.question(
                prompt: prompt, options: options, answer: .option(e.date.description), explanation: explanation,
                difficulty: Self.baseDifficulty(.multipleChoice) + 0.3 * closeness)
        case .typed:
            if givesYearAway(direct, e.date) { return d.skip("the label gives the year away") }
            return d.question(
                prompt: direct, answer: .accepted([e.date.description]), check: AnswerSpec(type: .date, date: e.date.isoText),
                explanation: explanation, difficulty: Self.baseDifficulty(.typed) + (e.date.start.precision == .day ? 0.15 : 0))
        case .cloze:
            let prompt = "Fill in the blank with the \(typedNoun(e.date)): " + sentence(date: Phrasing.blank)
            if givesYearAway(prompt, e.date) { return d.skip("the sentence gives the year away") }
            return d.question(
                prompt: prompt, answer: .accepted([e.date.description]), check: AnswerSpec(type: .date, date: e.date.isoText),
                explanation: explanation, difficulty: Self.baseDifficulty(.cloze) + (e.date.start.precision == .day ? 0.15 : 0))
        default:
            return d.skip("not a focus of an event's date")
        }
    }

    mutating func eventWhoQuestion(_ e: Event, position i: Int, people: [Int], explanation: String, _ d: Draft) -> Result<Question, SkippedQuestion> {
        guard !people.isEmpty else { return d.skip("the event credits nobody") }
        let segments = eventSentence(e, position: i, asking: .who)
        // With several people credited, one is asked and the others stay in the sentence.
        let asked = people.count == 1 ? 0 : Int.random(in: 0..<people.count, using: &rng)
        let key = people[asked]
        func sentence(asked name: String) -> String {
            var list = people.map { index.people[$0].name }
            list[asked] = name
            return Phrasing.sentence(render(segments) { p in p == .date ? e.date.description : p == .who ? Phrasing.list(list) : "" })
        }
        let blanked = sentence(asked: Phrasing.blank)
        let others = people.enumerated().filter { $0.offset != asked }.map(\.element)
        if index.mentions(TextFolding.words(blanked), person: key) && !others.contains(where: { index.maySamePerson($0, key) }) {
            return d.skip("the sentence names the person asked")
        }
        let context = eventContext(e, position: i, showWho: false, showDate: true)
        let contextWords = TextFolding.words(context)
        let labelNames = people.contains { index.mentions(contextWords, person: $0) }
        let fromTemplate = e.text?.placeholders.contains(.who) == true
        switch d.kind {
        case .multipleChoice, .trueFalse:
            let wrong = otherPeople(excluding: people, limit: options.optionCount + 2).map { index.people[$0].name }
            if d.kind == .trueFalse {
                let isTrue = dealTruth(falseAvailable: !wrong.isEmpty)
                return trueFalse(d, statement: sentence(asked: isTrue ? index.people[key].name : wrong[0]), isTrue: isTrue, explanation: explanation)
            }
            let prompt: String
            if fromTemplate {
                prompt = "Choose the person who completes the sentence: " + blanked
            } else {
                if labelNames { return d.skip("the label names the person asked") }
                prompt = (people.count == 1 ? "Who is linked to this event? " : "Which of these people is linked to this event? ") + context
            }
            guard let options = unorderedOptions(key: index.people[key].name, distractors: wrong) else {
                return d.skip("not enough other people in the deck for distractors")
            }
            return d.question(
                prompt: prompt, options: options, answer: .option(index.people[key].name), explanation: explanation,
                difficulty: Self.baseDifficulty(.multipleChoice))
        case .typed:
            if labelNames { return d.skip("the label names the person asked") }
            if people.count == 1 {
                return d.question(
                    prompt: "Who is linked to this event? " + context, answer: .accepted(index.acceptedNames[key]),
                    check: AnswerSpec(type: .name), explanation: explanation, difficulty: Self.baseDifficulty(.typed))
            }
            var accepted = [Phrasing.alternatives(people.map { index.people[$0].name })]
            for p in people { accepted += index.acceptedNames[p] }
            return d.question(
                prompt: "Name one of the people linked to this event: " + context, answer: .accepted(accepted),
                check: AnswerSpec(type: .name), explanation: explanation, difficulty: Self.baseDifficulty(.typed) - 0.1)
        case .cloze:
            return d.question(
                prompt: "Fill in the blank with a name: " + blanked, answer: .accepted(index.acceptedNames[key]),
                check: AnswerSpec(type: .name), explanation: explanation, difficulty: Self.baseDifficulty(.cloze))
        default:
            return d.skip("not a focus of an event's people")
        }
    }

    mutating func whatHappenedQuestion(_ e: Event, position i: Int, explanation: String, _ d: Draft) -> Result<Question, SkippedQuestion> {
        let index = self.index
        let key = Phrasing.capitalized(index.eventLabels[i])
        if TextFolding.words(key).contains(where: { e.date.yearTexts.contains($0) }) {
            return d.skip("the label gives the date away")
        }
        let days = e.date.days
        // An event is a fitting distractor only if no event with its label could have happened on the key's date.
        let labelKey = index.eventLabelKeys[i]
        let fits: (Int) -> Bool = { j in
            let other = index.eventLabelKeys[j]
            guard other != labelKey else { return false }
            return (index.eventsByLabelKey[other] ?? [j]).allSatisfy { !index.eventDays[$0].overlaps(days) }
        }
        // Events near in time make the better distractors; random ones fill in.
        let rank = index.chronologicalRank[i]
        let nearby = index.chronological[max(0, rank - 6)..<min(index.chronological.count, rank + 7)].filter(fits)
        var picks = Array(nearby.shuffled(using: &rng).prefix(options.optionCount - 1))
        if picks.count < options.optionCount - 1 {
            picks += draw(from: index.events.count, limit: options.optionCount + 3) { fits($0) && !picks.contains($0) }
        }
        let verb = e.date.isRange ? "took place" : "happened"
        guard let options = unorderedOptions(key: key, distractors: picks.map { Phrasing.capitalized(index.eventLabels[$0]) }) else {
            return d.skip("not enough events on other dates for distractors")
        }
        return d.question(
            prompt: "Which of these \(verb) \(e.date.prepositional)?", options: options, answer: .option(key),
            explanation: explanation, difficulty: Self.baseDifficulty(.multipleChoice))
    }
}
