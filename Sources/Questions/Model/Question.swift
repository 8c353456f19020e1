import Facts

/// One question derived from a deck's facts, ready to ask, print or export.
///
/// Encoded as JSON with the fields `id`, `card`, `fact`, `kind`, `focus`, `prompt`, `options` (choice kinds
/// and ordering, in display order), `items` (matching: the numbered left column), `answer`, `check` (typed
/// kinds: how a typed answer is read), `explanation`, `difficulty` and `facts` (matching and ordering).
public struct Question: Hashable, Sendable, Codable {
    /// Stable for the same deck, fact and form (kind and focus): `<card>/<kind>/<focus>`.
    public var id: String
    /// The memory item the question tests.
    public var card: CardID
    /// The fact the question is about (for matching and ordering, the fact the group was built around).
    public var fact: FactID
    public var kind: QuestionKind
    public var focus: QuestionFocus
    public var prompt: String
    /// The left column of a matching question, numbered 1, 2, 3… in this order.
    public var items: [String]?
    /// The options in display order, lettered A, B, C…: choices, the right column of a matching question,
    /// or the events of an ordering question.
    public var options: [String]?
    public var answer: Answer
    /// How a typed answer is read and compared (typed and cloze; flashcards when typed).
    public var check: AnswerSpec?
    /// The fact's sentence, filled in: what to show after the answer.
    public var explanation: String
    /// 0 (easy) to 1 (hard), from the kind and how close the distractors are.
    public var difficulty: Double
    /// Every fact a matching or ordering question draws on, in item order.
    public var facts: [FactID]?

    public init(
        id: String, card: CardID, fact: FactID, kind: QuestionKind, focus: QuestionFocus, prompt: String,
        items: [String]? = nil, options: [String]? = nil, answer: Answer, check: AnswerSpec? = nil,
        explanation: String, difficulty: Double, facts: [FactID]? = nil
    ) {
        self.id = id
        self.card = card
        self.fact = fact
        self.kind = kind
        self.focus = focus
        self.prompt = prompt
        self.items = items
        self.options = options
        self.answer = answer
        self.check = check
        self.explanation = explanation
        self.difficulty = difficulty
        self.facts = facts
    }

    /// The stable id of a question of this card, kind and focus.
    public static func id(card: CardID, kind: QuestionKind, focus: QuestionFocus) -> String {
        "\(card)/\(kind.rawValue)/\(focus.rawValue)"
    }

    /// The index of the right option, for choice kinds.
    public var keyIndex: Int? {
        guard case .option(let text) = answer else { return nil }
        return options?.firstIndex(of: text)
    }

    /// The answer as text to show: the option, the first accepted answer, the order or the pairs.
    public var answerText: String {
        switch answer {
        case .option(let text): text
        case .accepted(let texts): texts.first ?? ""
        case .sequence(let texts): texts.joined(separator: "; ")
        case .pairs(let pairs): pairs.map { "\($0.item): \($0.match)" }.joined(separator: "; ")
        }
    }

    private enum CodingKeys: String, CodingKey {
        case id, card, fact, kind, focus, prompt, items, options, answer, check, explanation, difficulty, facts
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        card = try c.decode(CardID.self, forKey: .card)
        fact = try c.decode(FactID.self, forKey: .fact)
        kind = try c.decode(QuestionKind.self, forKey: .kind)
        focus = try c.decode(QuestionFocus.self, forKey: .focus)
        prompt = try c.decode(String.self, forKey: .prompt)
        items = try c.decodeIfPresent([String].self, forKey: .items)
        options = try c.decodeIfPresent([String].self, forKey: .options)
        switch kind {
        case .multipleChoice, .trueFalse: answer = .option(try c.decode(String.self, forKey: .answer))
        case .ordering: answer = .sequence(try c.decode([String].self, forKey: .answer))
        case .matching: answer = .pairs(try c.decode([Answer.Pair].self, forKey: .answer))
        case .cloze, .typed, .flashcard: answer = .accepted(try c.decode([String].self, forKey: .answer))
        }
        check = try c.decodeIfPresent(AnswerSpec.self, forKey: .check)
        explanation = try c.decode(String.self, forKey: .explanation)
        difficulty = try c.decode(Double.self, forKey: .difficulty)
        facts = try c.decodeIfPresent([FactID].self, forKey: .facts)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(card, forKey: .card)
        try c.encode(fact, forKey: .fact)
        try c.encode(kind, forKey: .kind)
        try c.encode(focus, forKey: .focus)
        try c.encode(prompt, forKey: .prompt)
        try c.encodeIfPresent(items, forKey: .items)
        try c.encodeIfPresent(options, forKey: .options)
        switch answer {
        case .option(let text): try c.encode(text, forKey: .answer)
        case .accepted(let texts), .sequence(let texts): try c.encode(texts, forKey: .answer)
        case .pairs(let pairs): try c.encode(pairs, forKey: .answer)
        }
        try c.encodeIfPresent(check, forKey: .check)
        try c.encode(explanation, forKey: .explanation)
        try c.encode(difficulty, forKey: .difficulty)
        try c.encodeIfPresent(facts, forKey: .facts)
    }
}

/// The right answer to a question, shaped by its kind.
public enum Answer: Hashable, Sendable {
    /// Multiple choice and true/false: the text of the right option (JSON: a string).
    case option(String)
    /// Typed, cloze and flashcard: the accepted answers, the one to show first (JSON: an array of strings).
    case accepted([String])
    /// Ordering: the options in the right order (JSON: an array of strings).
    case sequence([String])
    /// Matching: each item with its match, in item order (JSON: an array of `{item, match}`).
    case pairs([Pair])

    public struct Pair: Hashable, Sendable, Codable {
        public var item: String
        public var match: String

        public init(item: String, match: String) {
            self.item = item
            self.match = match
        }
    }
}

/// How a typed answer is read: as a date, a number, a name or a phrase.
///
/// Carried by the question (and its JSON) so that a study session and paper grading check the same way.
public struct AnswerSpec: Hashable, Sendable, Codable {
    public enum Reading: String, Hashable, Sendable, Codable {
        /// A date at the key's precision, in any common way of writing it.
        case date
        /// A number, with grouping, `k`/`thousand`/`million`, scientific notation.
        case number
        /// A person's name: the accepted answers are the full name, unshared aliases and an unshared surname.
        case name
        /// A term or a card's back: case, articles and punctuation ignored.
        case text
    }

    public var type: Reading
    /// The key date as a deck writes it (`1945-08-23`, `1904/1905`), for `date`.
    public var date: String?
    /// The key number as written (`575000`, `-273.15`, `6.02214076e23`), for an exact `number`.
    public var value: String?
    /// The bounds of a range, for a `number` given as a range.
    public var low: String?
    public var high: String?
    /// The relative tolerance accepted (0.05 for a figure marked `about: approximately`).
    public var tolerance: Double?
    /// What the number counts or measures, for `number`: its words and symbols are read as the unit, not as a
    /// multiplier (`564 m` of metres), and a multiplier it begins with is the answer's ("billion US dollars").
    public var unit: String?
    /// For `name` with several people credited: each one's accepted names. Any one of them is right, and so
    /// are several of them named together.
    public var people: [[String]]?
    /// For `name`: other people's names a slip would turn the answer into, which are wrong, not near misses.
    public var lookalikes: [String]?

    public init(
        type: Reading, date: String? = nil, value: String? = nil, low: String? = nil, high: String? = nil, tolerance: Double? = nil,
        unit: String? = nil, people: [[String]]? = nil, lookalikes: [String]? = nil
    ) {
        self.type = type
        self.date = date
        self.value = value
        self.low = low
        self.high = high
        self.tolerance = tolerance
        self.unit = unit
        self.people = people
        self.lookalikes = lookalikes
    }
}
