/// A question as one version prints it: the item (number, options, key) joined with its question.
public struct PrintedQuestion: Hashable, Sendable {
    public var item: QuizItem
    public var question: QuizQuestion

    public var number: Int { item.number }
    public var kind: QuizQuestionKind { question.kind }

    /// The label beside each option: `A`, `B`… (`T` and `F` for true/false).
    public var labels: [String] {
        if kind == .trueFalse { return item.options.map { String($0.prefix(1)).uppercased() } }
        return item.options.indices.map(QuizVersioning.letter)
    }

    /// The left column of a matching question, in printed order.
    public var matchLeft: [String] {
        if case .pairs(let pairs) = question.answer { return pairs.map(\.left) }
        return []
    }

    /// The key spelled out for a reader: `B. 23 August 1945`, `True`, `1–C, 2–A`, `Order: C, A, B`.
    public var keyText: String {
        switch item.key {
        case .letter(let letter):
            if kind == .trueFalse { return letter == "T" ? "True" : "False" }
            let index = labels.firstIndex(of: letter)
            return index.map { "\(letter). \(item.options[$0])" } ?? letter
        case .text(let accepted):
            return accepted.first ?? ""
        case .letters(let letters):
            if kind == .matching {
                return letters.enumerated().map { "\($0.offset + 1)–\($0.element)" }.joined(separator: ", ")
            }
            return "Order: " + letters.joined(separator: ", ")
        }
    }

    /// Other accepted written answers, beyond the canonical one.
    public var alsoAccepted: [String] {
        if case .text(let accepted) = item.key { return Array(accepted.dropFirst()) }
        return []
    }

    /// Answer lines or blanks sized to the answer: the number of characters a student needs room for.
    public var answerRoom: Int {
        let longest = question.acceptedAnswers.map(\.count).max() ?? 10
        return min(60, max(12, longest * 3 / 2 + 4))
    }
}

extension Quiz {
    /// The questions of a version in printed order.
    public func printed(_ version: QuizVersion) -> [PrintedQuestion] {
        let byID = Dictionary(questions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return version.items.compactMap { item in byID[item.question].map { PrintedQuestion(item: item, question: $0) } }
    }

    /// The kinds present, for instructions.
    public var kindsPresent: Set<QuizQuestionKind> { Set(questions.map(\.kind)) }

    /// One-line instructions for the kinds this quiz holds.
    public var instructions: [String] {
        let kinds = kindsPresent
        var lines: [String] = []
        if kinds.contains(.multipleChoice) || kinds.contains(.trueFalse) {
            lines.append("Fill in one bubble for each multiple-choice and true/false question.")
        }
        if kinds.contains(where: \.isWritten) { lines.append("Write each written answer on its line.") }
        if kinds.contains(.matching) { lines.append("Matching: write the letter of its partner beside each numbered item.") }
        if kinds.contains(.ordering) { lines.append("Ordering: number the boxes 1 (first) to the last.") }
        return lines
    }
}
