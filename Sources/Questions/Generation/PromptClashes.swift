import Facts

/// One prompt, one answer, across a bank: where two facts would be asked with the same prompt and different
/// answers (two events on one day asked "Which of these happened on…?", two people with one description, two
/// definitions worded alike), neither is asked that way; where two facts would make the same question, it is
/// asked once, for the first. Judged from the fields that make each prompt, so the
/// bank, a printed quiz and a study session skip the same questions.
struct PromptClashes: Sendable {
    private var reasons: [FactID: [QuestionFocus: String]] = [:]
    private var repeats: [FactID: [QuestionFocus: FactID]] = [:]
    private var sharers: [FactID: [QuestionFocus: FactID]] = [:]

    init(_ deck: Deck) {
        func fold(_ text: String?) -> String { text.map(TextFolding.fold) ?? "" }
        func template(_ t: TextTemplate?) -> String { t.map { TextFolding.fold($0.render { "{\($0.rawValue)}" }) } ?? "" }
        // A sentence without the slot asked is not read: the question is phrased from the fields.
        func template(asking slot: TextTemplate.Placeholder, _ t: TextTemplate?) -> String {
            t?.placeholders.contains(slot) == true ? template(t) : ""
        }
        let names = Dictionary(deck.people.map { ($0.id, fold($0.name)) }, uniquingKeysWith: { a, _ in a })
        func who(_ ids: [FactID]) -> String { ids.map { names[$0] ?? $0.local }.sorted().joined(separator: "+") }

        note(
            deck.people, .role, prompt: { fold($0.name) }, answer: { fold($0.role) }, id: \.id,
            "another person of this name has another description")
        note(
            deck.people.filter { $0.role != nil }, .personForRole, prompt: { fold($0.role) }, answer: { fold($0.name) }, id: \.id,
            "another person has the same description")
        note(
            deck.events, .when, prompt: { fold($0.label) + "|" + who($0.who) + "|" + template(asking: .date, $0.text) },
            answer: { $0.date.description },
            id: \.id,
            "another event with the same label and people has another date")
        note(
            deck.events, .who, prompt: { fold($0.label) + "|" + $0.date.description + "|" + template(asking: .who, $0.text) },
            answer: { who($0.who) },
            id: \.id,
            "another event with the same label and date credits other people")
        // A sentence is asked without its label: two events whose sentences read alike are asked alike.
        let dated = deck.events.filter { $0.text?.placeholders.contains(.date) == true }
        note(
            dated, .when, prompt: { template($0.text) + "|" + ($0.text?.placeholders.contains(.who) == true ? who($0.who) : "") },
            answer: { $0.date.description }, id: \.id, "another event's sentence reads the same and has another date")
        let credited = deck.events.filter { $0.text?.placeholders.contains(.who) == true }
        note(
            credited, .who,
            prompt: { template($0.text) + "|" + ($0.text?.placeholders.contains(.date) == true ? $0.date.description : "") },
            answer: { who($0.who) }, id: \.id, "another event's sentence reads the same and credits other people")
        note(
            deck.events, .whatHappened, prompt: { $0.date.description }, answer: { fold($0.label) }, id: \.id,
            "another event has the same date, so “what happened then” has two answers")
        note(
            deck.figures, .howMany, prompt: { $0.text.map(template) ?? fold($0.unit) }, answer: { $0.quantity.description }, id: \.id,
            "another figure is asked the same way and has another value")
        note(
            deck.quotes, .whoSaid, prompt: { fold($0.quote) }, answer: { names[$0.who] ?? $0.who.local }, id: \.id,
            "the deck gives the same words to another person")
        note(
            deck.terms, .term, prompt: { fold($0.definition) }, answer: { fold($0.term) }, id: \.id, "another term has the same definition")
        note(
            deck.terms, .definition, prompt: { fold($0.term) }, answer: { fold($0.definition) }, id: \.id,
            "the same term has another definition")
        note(
            deck.cards, .frontBack, prompt: { fold($0.front) }, answer: { fold($0.back) }, id: \.id,
            "another card has the same front and another back")
    }

    private mutating func note<F>(
        _ facts: [F], _ focus: QuestionFocus, prompt: (F) -> String, answer: (F) -> String, id: KeyPath<F, FactID>, _ reason: String
    ) {
        var groups: [String: [F]] = [:]
        for f in facts { groups[prompt(f), default: []].append(f) }
        for group in groups.values where group.count > 1 {
            if Set(group.map(answer)).count > 1 {
                for f in group { reasons[f[keyPath: id], default: [:]][focus] = reason }
                for f in group.dropFirst() { sharers[f[keyPath: id], default: [:]][focus] = group[0][keyPath: id] }
            } else {
                // The same question twice: asked once, for the first.
                let first = group[0][keyPath: id]
                for f in group.dropFirst() { repeats[f[keyPath: id], default: [:]][focus] = first }
            }
        }
    }

    /// Why the fact cannot be asked in this focus, or nil when its prompt is its own.
    func reason(_ fact: FactID, _ focus: QuestionFocus) -> String? {
        reasons[fact]?[focus]
    }

    /// The first fact whose prompt this fact shares with another answer, when that is not this fact: a statement
    /// true of several ("the deck gives the same words to two people") is made once, for the first.
    func sharedFirst(_ fact: FactID, _ focus: QuestionFocus) -> FactID? {
        sharers[fact]?[focus]
    }

    /// Why the fact is not asked in this focus in any kind: an earlier fact makes the same question.
    func repetition(_ fact: FactID, _ focus: QuestionFocus) -> String? {
        repeats[fact]?[focus].map { "it repeats \($0), which is asked instead" }
    }
}
