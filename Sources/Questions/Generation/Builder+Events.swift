import Facts

extension Builder {
    /// The sentence a question about an event reads from: the deck's `text` when it has the slot asked.
    /// Otherwise one built from the fields, framed so that any label reads well, a noun phrase or a sentence:
    /// - the fact itself (the explanation): "23 August 1945: Order No. 9898 issued … (Josef Stalin)."
    /// - for the people: "Josef Stalin is linked to this event: Order No. 9898 issued … (23 August 1945)."
    /// A label that ends in brackets is followed by a dash instead: "… (now St Bavo's) — 6 May 1432".
    /// A date is stated in a sentence only from the deck's own text (see `eventDateQuestion`).
    func eventSentence(_ e: Event, position: Int, asking slot: TextTemplate.Placeholder?) -> [TextTemplate.Segment] {
        if let text = e.text, slot == nil || text.placeholders.contains(where: { $0 == slot }) { return text.segments }
        let label = Phrasing.capitalized(index.eventLabels[position])
        let people = e.who.compactMap(index.person)
        let words = TextFolding.words(label)
        // A label that already names everyone credited ("The Curies announce…") does not repeat them in brackets.
        let showWho = !people.isEmpty && !people.allSatisfy({ index.mentions(words, person: $0) })
        func labelWith(_ extra: TextTemplate.Placeholder?) -> [TextTemplate.Segment] {
            guard let extra else { return [.text(label)] }
            if label.hasSuffix(")") { return [.text(label + " — "), .slot(extra)] }
            return [.text(label + " ("), .slot(extra), .text(")")]
        }
        let end: [TextTemplate.Segment] = Phrasing.endsSentence(label) ? [] : [.text(".")]
        switch slot {
        case .who?:
            let verb = people.count > 1 ? " are" : " is"
            return [.slot(.who), .text(verb + " linked to this event: ")] + labelWith(.date) + [.text(".")]
        default:
            return [.slot(.date), .text(": ")] + labelWith(showWho ? .who : nil) + end
        }
    }

    /// The sentence with its slots filled, the date as the words before it need it ("between 1420 and 1436");
    /// a nil date is the blank.
    func render(_ segments: [TextTemplate.Segment], date: DateValue?, who: String) -> String {
        var sentence = ""
        for segment in segments {
            switch segment {
            case .text(let text): sentence += text
            case .slot(.date): sentence += date.map { index.dateStyle.text($0, after: sentence) } ?? Phrasing.blank
            case .slot(.who): sentence += who
            case .slot(.value): break
            }
        }
        return sentence
    }

    /// The words of a sentence before its first date slot, which say how a date there is written.
    func textBeforeDate(_ segments: [TextTemplate.Segment]) -> String {
        var before = ""
        for segment in segments {
            switch segment {
            case .text(let text): before += text
            case .slot(.date): return before
            case .slot: before += " "
            }
        }
        return before
    }

    func names(_ people: [Int]) -> String { Phrasing.list(people.map { index.people[$0].name }) }

    func show(_ date: DateValue) -> String { index.dateStyle.text(date) }

    /// The event named for a direct question: its label, with the people (or the date) in brackets.
    func eventContext(_ e: Event, position: Int, showWho: Bool, showDate: Bool) -> String {
        var text = Phrasing.capitalized(index.eventLabels[position])
        var extra: [String] = []
        let people = e.who.compactMap(index.person)
        let words = TextFolding.words(text)
        if showWho, !people.isEmpty, !people.allSatisfy({ index.mentions(words, person: $0) }) { extra.append(names(people)) }
        if showDate { extra.append(show(e.date)) }
        if !extra.isEmpty {
            if Phrasing.endsSentence(text) { return text + " (" + extra.joined(separator: ", ") + ")" }
            // After the label's own brackets, a dash rather than a second pair.
            text += text.hasSuffix(")") ? " — " + extra.joined(separator: ", ") : " (" + extra.joined(separator: ", ") + ")"
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
        let people = e.who.compactMap(index.person)
        let fullSentence = render(eventSentence(e, position: i, asking: nil), date: e.date, who: names(people))
        let explanation = Phrasing.sentence(fullSentence)
        if let clash = index.clashes.reason(e.id, d.focus) { return d.skip(clash) }
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

    /// Whether a sentence places its date relative to another ("three days after Japan signed"), so that a
    /// false date would make it contradict itself.
    static func datesItselfRelatively(_ text: TextTemplate) -> Bool {
        let words = Set(TextFolding.words(text.render { _ in " " }))
        let relative: Set<String> = ["after", "before", "later", "earlier", "previous", "following", "preceding", "afterwards", "ago"]
        let units: Set<String> = ["day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"]
        let months = Set(HistoricalDate.monthNames.map { $0.lowercased() })
        return !words.isDisjoint(with: relative) && (!words.isDisjoint(with: units) || !words.isDisjoint(with: months))
    }

    mutating func eventDateQuestion(_ e: Event, position i: Int, people: [Int], explanation: String, _ d: Draft) -> Result<
        Question, SkippedQuestion
    > {
        let index = self.index
        let segments = eventSentence(e, position: i, asking: .date)
        func sentence(date: DateValue?) -> String { Phrasing.sentence(render(segments, date: date, who: names(people))) }
        let direct = whenQuestion(e.date) + " " + eventContext(e, position: i, showWho: true, showDate: false)
        let key = show(e.date)
        // Without the deck's sentence a statement or a blank would be phrased from a label, present tense and
        // all ("Columbia releases “Kind of Blue”: this happened on …"), which no teacher prints: the date is
        // asked directly.
        if d.kind == .trueFalse || d.kind == .cloze, e.text?.placeholders.contains(.date) != true {
            return d.skip("it has no text with {date} to make a sentence from, so its date is asked only directly")
        }
        // No date the deck rules out: another event's with this label, or one when someone credited was not yet
        // grown up or had died (Leonardo at Amboise after 1519). For a birth or a death: a birth before, and a
        // death after, everything else the deck dates in that life, each other fact's earliest possible end and
        // latest possible start taken ("1516–1520" ends on 1 January 1520 at the earliest); what the deck
        // credits to someone after their death (a sale, a later edition) aside.
        let life = index.eventLives[i]
        let lives = life != nil ? [] : people.map { index.traits[$0] }
        let days = index.eventDays[i]
        let others =
            life == nil
            ? []
            : index.events.indices.filter { $0 != i && index.events[$0].who.contains(e.who[0]) }.map {
                (end: index.events[$0].date.end.firstDay, start: index.events[$0].date.start.lastDay)
            }.filter { life == .birth ? $0.end >= days.lowerBound : $0.start <= days.upperBound }
        let excluded: (DateValue) -> Bool = { date in
            if index.sameLabelEvent(as: i, overlaps: date) || lives.contains(where: { !$0.mayHaveDone(during: date.days) }) { return true }
            switch life {
            case .birth?: return others.contains { $0.start < date.days.lowerBound + PersonTraits.adulthood }
            case .death?: return others.contains { $0.end > date.days.upperBound }
            case nil: return false
            }
        }
        switch d.kind {
        case .trueFalse:
            if givesYearAway(render(segments, date: nil, who: names(people)), e.date) {
                return d.skip("the sentence gives the year away")
            }
            if let text = e.text, text.placeholders.contains(.date), Self.datesItselfRelatively(text) {
                return d.skip("the sentence dates itself against another event, so a false date would contradict it")
            }
            let wrong = DateOptions.falseDate(for: e.date, latestYear: latestYear, excluded: excluded, using: &rng)
            guard let wrong else { return d.skip(Self.noFalseStatement) }
            let isTrue = dealTruth()
            return trueFalse(d, statement: sentence(date: isTrue ? e.date : wrong), isTrue: isTrue, explanation: explanation)
        case .multipleChoice:
            let prompt: String
            // Options that complete a sentence are written as it needs them ("1420 and 1436" after "between").
            var option: (DateValue) -> String = show
            if e.text?.placeholders.contains(.date) == true {
                let verb = e.date.isRange ? "complete" : "completes"
                prompt = "Choose the \(e.date.noun) that \(verb) the sentence: " + sentence(date: nil)
                let before = textBeforeDate(segments)
                option = { index.dateStyle.text($0, after: before) }
            } else {
                prompt = direct
            }
            if givesYearAway(prompt, e.date) { return d.skip("the prompt gives the year away") }
            let latest = latestYear
            guard
                let dates = dealOrdered({ count, rank, rng in
                    DateOptions.make(key: e.date, count: count, rank: rank, latestYear: latest, excluded: excluded, using: &rng)
                })
            else { return d.skip("not enough distinct dates for distractors") }
            let window = Double(Self.dateWindow(e.date.start.precision))
            let distances = dates.filter { $0 != e.date }.map { Double(abs($0.days.lowerBound - e.date.days.lowerBound)) }
            let closeness = distances.map { max(0, 1 - $0 / window) }.reduce(0, +) / Double(max(1, distances.count))
            return d.question(
                prompt: prompt, options: dates.map(option), answer: .option(option(e.date)), explanation: explanation,
                difficulty: Self.baseDifficulty(.multipleChoice) + 0.3 * closeness)
        case .typed:
            if givesYearAway(direct, e.date) { return d.skip("the label gives the year away") }
            return d.question(
                prompt: direct, answer: .accepted([key]), check: AnswerSpec(type: .date, date: e.date.isoText),
                explanation: explanation, difficulty: Self.baseDifficulty(.typed) + (e.date.start.precision == .day ? 0.15 : 0))
        case .cloze:
            let prompt = "Fill in the blank with the \(typedNoun(e.date)): " + sentence(date: nil)
            if givesYearAway(prompt, e.date) { return d.skip("the sentence gives the year away") }
            return d.question(
                prompt: prompt, answer: .accepted([index.dateStyle.text(e.date, after: textBeforeDate(segments))]),
                check: AnswerSpec(type: .date, date: e.date.isoText),
                explanation: explanation, difficulty: Self.baseDifficulty(.cloze) + (e.date.start.precision == .day ? 0.15 : 0))
        default:
            return d.skip("not a focus of an event's date")
        }
    }

    /// How far in days a date option may lie from the key and still count as close, for the difficulty.
    static func dateWindow(_ precision: HistoricalDate.Precision) -> Int {
        switch precision {
        case .year: 365 * 30
        case .month: 31 * 24
        case .day: 120
        }
    }

    mutating func eventWhoQuestion(_ e: Event, position i: Int, people: [Int], explanation: String, _ d: Draft) -> Result<
        Question, SkippedQuestion
    > {
        guard !people.isEmpty else { return d.skip("the event credits nobody") }
        let segments = eventSentence(e, position: i, asking: .who)
        func sentence(_ list: [String]) -> String {
            Phrasing.sentence(render(segments, date: e.date, who: Phrasing.list(list)))
        }
        let fromTemplate = e.text?.placeholders.contains(.who) == true
        let context = eventContext(e, position: i, showWho: false, showDate: true)
        let contextWords = TextFolding.words(context)
        // With several people credited, the first the prompt does not name is asked and the others stay in the
        // sentence, so the bank and every quiz ask the same one.
        func blanked(asking a: Int) -> String {
            sentence(people.enumerated().map { $0.offset == a ? Phrasing.blank : index.people[$0.element].name })
        }
        let asked = people.indices.first { a in
            let shown = fromTemplate && d.kind != .typed ? TextFolding.words(blanked(asking: a)) : contextWords
            return !index.mentions(shown, person: people[a])
        }
        guard let asked else { return d.skip(fromTemplate ? "the sentence names the person asked" : "the label names the person asked") }
        let key = people[asked]
        let prompt = blanked(asking: asked)
        let promptWords = TextFolding.words(fromTemplate ? prompt : context)
        switch d.kind {
        case .multipleChoice, .trueFalse:
            let wrong = whoDistractors(
                credited: people, around: index.eventDays[i], pronoun: PersonTraits.pronoun(in: promptWords), shown: promptWords,
                limit: d.kind == .trueFalse ? people.count : options.optionCount + 2, life: index.eventLives[i])
            if d.kind == .trueFalse {
                // A sentence with the date in it is the date's true/false statement too: asked once, for the date.
                if fromTemplate, let text = e.text, text.placeholders.contains(.date), !Self.datesItselfRelatively(text),
                    !givesYearAway(render(segments, date: nil, who: names(people)), e.date)
                {
                    return d.skip("the sentence is the date's true/false statement too, and is asked once, for the date")
                }
                // Wholly false: everyone credited is replaced, so no part of the statement is true.
                guard wrong.count >= people.count else { return d.skip(Self.noFalseStatement) }
                let isTrue = dealTruth()
                let list = isTrue ? people.map { index.people[$0].name } : wrong.prefix(people.count).map { index.people[$0].name }
                return trueFalse(d, statement: sentence(list), isTrue: isTrue, explanation: explanation)
            }
            let question =
                fromTemplate
                ? "Choose the person who completes the sentence: " + prompt
                : (people.count == 1 ? "Who is linked to this event? " : "Which of these people is linked to this event? ") + context
            guard let options = unorderedOptions(key: index.people[key].name, distractors: wrong.map { index.people[$0].name }) else {
                return d.skip("not enough other people of the time in the deck for distractors")
            }
            return d.question(
                prompt: question, options: options, answer: .option(index.people[key].name), explanation: explanation,
                difficulty: Self.baseDifficulty(.multipleChoice))
        case .typed:
            if people.contains(where: { index.mentions(contextWords, person: $0) }) { return d.skip("the label names a person asked") }
            if people.count == 1 {
                return d.question(
                    prompt: "Who is linked to this event? " + context, answer: .accepted(index.names.acceptedNames[key]),
                    check: nameSpec([key]), explanation: explanation, difficulty: Self.baseDifficulty(.typed))
            }
            let accepted = [Phrasing.alternatives(people.map { index.people[$0].name })] + index.names.acceptedNames(forAnyOf: people)
            return d.question(
                prompt: "Name one of the people linked to this event: " + context, answer: .accepted(accepted),
                check: nameSpec(people), explanation: explanation, difficulty: Self.baseDifficulty(.typed) - 0.1)
        case .cloze:
            return d.question(
                prompt: "Fill in the blank with a name: " + prompt, answer: .accepted(index.names.acceptedNames[key]),
                check: nameSpec([key]), explanation: explanation, difficulty: Self.baseDifficulty(.cloze))
        default:
            return d.skip("not a focus of an event's people")
        }
    }

    /// How a typed name is checked: the people any of whom is right, and the names a slip would turn it into.
    func nameSpec(_ people: [Int]) -> AnswerSpec {
        var spec = AnswerSpec(type: .name)
        if people.count > 1 { spec.people = people.map { index.names.acceptedNames[$0] } }
        let lookalikes = people.flatMap { index.names.lookalikes[$0] }
        if !lookalikes.isEmpty { spec.lookalikes = lookalikes }
        return spec
    }

    /// People who are wrong for a question about who did something, and plausible on their face: never
    /// credited, never named by the prompt, of the sentence's pronoun, and of the time: alive then as far as the
    /// deck dates births and deaths, known from other facts within a lifetime of the event, or (only when too few
    /// are) of no known time.
    mutating func whoDistractors(
        credited: [Int], around days: ClosedRange<Int>?, pronoun: Person.Pronoun?, shown: [String], limit: Int,
        life: PersonTraits.LifeEvent? = nil
    ) -> [Int] {
        let index = self.index
        let year = days.map { d -> ClosedRange<Int> in
            let a = HistoricalDate(dayNumber: d.lowerBound).astronomicalYear
            let b = HistoricalDate(dayNumber: d.upperBound).astronomicalYear
            return a...b
        }
        func fits(_ j: Int, strict: Bool) -> Bool {
            if index.mentions(shown, person: j) { return false }
            let t = index.traits[j]
            if let pronoun, !index.mayBeCalled(pronoun, person: j, strict: strict) { return false }
            if let days, let year {
                // Born or died then: nobody whose birth or death the deck puts at another time; otherwise
                // someone alive and grown up then.
                if let life {
                    if !t.mayBe(life, during: days, eventYears: year) { return false }
                } else if !t.mayHaveDone(during: days) {
                    return false
                }
            }
            if let year {
                if let gap = t.distance(to: year) {
                    if gap > PersonTraits.contemporaries { return false }
                } else if strict {
                    return false
                }
            }
            return true
        }
        // Contemporaries first, found by when they lived; then, only if too few, people of no known time.
        // Among them, those whose descriptions share a word with a credited person's ("painter", "trumpeter")
        // come first: a king offered as the carver of a statue is ruled out by his description.
        let near = year.map { index.people(near: $0, within: PersonTraits.contemporaries) }
        let kinds = Set(credited.flatMap { index.roleWordNumbers[$0] })
        func alike(_ j: Int) -> Bool { index.roleWordNumbers[j].contains(where: kinds.contains) }
        // The credited person's kind is drawn from all of them, however many of other kinds the deck has;
        // others of another kind only make up the two distractors a question needs.
        let pool = near ?? Array(index.people.indices)
        let ofKind = pool.filter(alike)
        let sameKind = otherPeople(excluding: credited, limit: limit, among: ofKind) { fits($0, strict: true) }
        var chosen = sameKind
        if sameKind.count < min(limit, 2) {
            let ofOtherKinds = pool.filter { !alike($0) }
            chosen += otherPeople(excluding: credited + sameKind, limit: limit - sameKind.count, among: ofOtherKinds) {
                fits($0, strict: true)
            }
        }
        // People of no known time only make up the two distractors a question needs, never more: a student
        // who knows when they lived could rule them out.
        let needed = min(limit, 2)
        if chosen.count < needed {
            chosen += otherPeople(
                excluding: credited + chosen, limit: needed - chosen.count, among: year == nil ? nil : index.peopleOfNoKnownTime
            ) {
                fits($0, strict: false)
            }
        }
        return chosen
    }

    mutating func whatHappenedQuestion(_ e: Event, position i: Int, explanation: String, _ d: Draft) -> Result<Question, SkippedQuestion> {
        let index = self.index
        let key = Phrasing.capitalized(index.eventLabels[i])
        if TextFolding.words(key).contains(where: { e.date.yearTexts.contains($0) }) {
            return d.skip("the label gives the date away")
        }
        let days = e.date.days
        // An event is a fitting distractor only if no event with its label could have happened on the key's date,
        // and if it is of the key's shape: a span for a span ("took place from 1811 to 1816"), a moment for a
        // moment, since an option of the other shape is ruled out by its shape alone.
        let labelKey = index.eventLabelKeys[i]
        let span = e.date.isRange
        let fits: (Int) -> Bool = { j in
            let other = index.eventLabelKeys[j]
            guard other != labelKey, index.events[j].date.isRange == span else { return false }
            return (index.eventsByLabelKey[other] ?? [j]).allSatisfy { !index.eventDays[$0].overlaps(days) }
        }
        // Events near in time make the better distractors; random ones fill in.
        let rank = index.chronologicalRank[i]
        var nearby = index.chronological[max(0, rank - 6)..<min(index.chronological.count, rank + 7)].filter(fits)
        // Within a generation of the key where the deck has enough: an event of centuries later ("sold at
        // Christie's in 2017" offered for 1568) is ruled out by what it names.
        let generation = 365 * PersonTraits.generation
        let close = nearby.filter { abs(index.eventDays[$0].lowerBound - days.lowerBound) <= generation }
        if close.count >= options.optionCount - 1 { nearby = close }
        // A few more than are shown, so that the options can be alike in length.
        var picks = Array(nearby.shuffled(using: &rng).prefix(options.optionCount + 2))
        if picks.count < options.optionCount - 1 {
            picks += draw(from: index.events.count, limit: options.optionCount + 3) { fits($0) && !picks.contains($0) }
        }
        let verb = e.date.isRange ? "took place" : "happened"
        guard let options = unorderedOptions(key: key, distractors: picks.map { Phrasing.capitalized(index.eventLabels[$0]) }) else {
            return d.skip(
                span ? "not enough other spans of time in the deck for distractors" : "not enough events on other dates for distractors")
        }
        return d.question(
            prompt: "Which of these \(verb) \(index.dateStyle.prepositional(e.date))?", options: options, answer: .option(key),
            explanation: explanation, difficulty: Self.baseDifficulty(.multipleChoice))
    }
}
