import Questions

extension QuizQuestion {
    /// The printable copy of a question from the bank.
    public init(_ question: Question) {
        let kind = QuizQuestionKind(rawValue: question.kind.rawValue) ?? .typed
        let answer: QuizAnswer
        switch question.answer {
        case .option(let text):
            answer = kind == .trueFalse ? .truth(text == (question.options?.first ?? "True")) : .choice(text)
        case .accepted(let texts):
            answer = .text(texts)
        case .sequence(let texts):
            answer = .sequence(texts)
        case .pairs(let pairs):
            // In the order of the numbered left column.
            let items = question.items ?? pairs.map(\.item)
            answer = .pairs(items.compactMap { item in pairs.first { $0.item == item }.map { MatchPair(left: item, right: $0.match) } })
        }
        self.init(
            id: question.id, card: question.card.description, fact: question.fact.description, kind: kind,
            prompt: question.prompt, options: question.options ?? [], answer: answer, explanation: question.explanation,
            difficulty: question.difficulty, numeric: Self.numeric(question.check),
            facts: question.facts.map { $0.map(\.description) }, source: question)
    }

    /// How an LMS should accept a numeric answer: a range, or a value within the relative tolerance.
    static func numeric(_ spec: AnswerSpec?) -> NumericAnswer? {
        guard let spec, spec.type == .number else { return nil }
        if let low = spec.low.flatMap(Double.init), let high = spec.high.flatMap(Double.init) {
            return .range(low, high)
        }
        guard let value = spec.value.flatMap(Double.init) else { return nil }
        return .value(value, tolerance: abs(value) * (spec.tolerance ?? 0))
    }
}
