import Questions

/// A question as a quiz prints and keeps it: a self-contained copy of what the question bank made,
/// so that a stored quiz can be shown and graded long after the deck has changed.
public struct QuizQuestion: Codable, Hashable, Sendable, Identifiable {
    /// The blank a cloze prompt shows where its answer goes.
    public static let blank = "_____"

    /// Stable for the same deck, fact and form.
    public var id: String
    /// The memory item the question tests, `deck/section/fact/slot`; grading records reviews against it.
    public var card: String
    /// The fact's full id, `events/order-9898`.
    public var fact: String
    public var kind: QuizQuestionKind
    /// The question; for `cloze`, a sentence holding `QuizQuestion.blank` once.
    public var prompt: String
    /// The choices in the bank's order (multiple choice; the items of an ordering question).
    public var options: [String]
    public var answer: QuizAnswer
    /// The fact's sentence, filled in: printed with the key.
    public var explanation: String
    /// 0 (easy) to 1 (hard).
    public var difficulty: Double
    /// For answers that are numbers: how an LMS should accept them.
    public var numeric: NumericAnswer?
    /// Every fact a matching or ordering question draws on (the fact alone for other kinds).
    public var facts: [String]
    /// The bank's question, whole, so that grading checks answers with the very checker a study session
    /// uses. Nil for questions made by hand, and for a stored one whose form this Recall no longer reads.
    public var source: Question?

    public init(
        id: String, card: String, fact: String, kind: QuizQuestionKind, prompt: String, options: [String] = [],
        answer: QuizAnswer, explanation: String = "", difficulty: Double = 0.5, numeric: NumericAnswer? = nil,
        facts: [String]? = nil, source: Question? = nil
    ) {
        self.id = id
        self.card = card
        self.fact = fact
        self.kind = kind
        self.prompt = prompt
        self.options = options
        self.answer = answer
        self.explanation = explanation
        self.difficulty = difficulty
        self.numeric = numeric
        self.facts = facts ?? [fact]
        self.source = source
    }

    private enum CodingKeys: String, CodingKey {
        case id, card, fact, kind, prompt, options, answer, explanation, difficulty, numeric, facts, source
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        card = try c.decode(String.self, forKey: .card)
        fact = try c.decode(String.self, forKey: .fact)
        kind = try c.decode(QuizQuestionKind.self, forKey: .kind)
        prompt = try c.decode(String.self, forKey: .prompt)
        options = try c.decodeIfPresent([String].self, forKey: .options) ?? []
        answer = try c.decode(QuizAnswer.self, forKey: .answer)
        explanation = try c.decodeIfPresent(String.self, forKey: .explanation) ?? ""
        difficulty = try c.decodeIfPresent(Double.self, forKey: .difficulty) ?? 0.5
        numeric = try c.decodeIfPresent(NumericAnswer.self, forKey: .numeric)
        facts = try c.decodeIfPresent([String].self, forKey: .facts) ?? [fact]
        // A question bank of another Recall may have written its questions differently: keep the quiz
        // readable and grade by the copy's own answers instead.
        source = try? c.decodeIfPresent(Question.self, forKey: .source)
    }

    /// The deck section the fact belongs to: `events` for `events/order-9898`.
    public var section: String {
        fact.split(separator: "/").first.map(String.init) ?? fact
    }

    /// Points the question is worth: one per pair for matching, one otherwise.
    public var points: Int {
        if case .pairs(let pairs) = answer { return max(1, pairs.count) }
        return 1
    }

    /// The accepted written answers (written kinds), the canonical one first.
    public var acceptedAnswers: [String] {
        switch answer {
        case .text(let accepted): accepted
        case .choice(let option): [option]
        case .truth(let value): [value ? "True" : "False"]
        case .pairs, .sequence: []
        }
    }

    /// The cloze prompt split around its blank, or nil when it holds none.
    public var clozeParts: (before: String, after: String)? {
        guard let range = prompt.range(of: Self.blank) else { return nil }
        var end = range.upperBound
        while end < prompt.endIndex, prompt[end] == "_" { end = prompt.index(after: end) }
        return (String(prompt[..<range.lowerBound]), String(prompt[end...]))
    }
}
