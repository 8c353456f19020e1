import Facts

extension QuestionGenerator {
    /// The focuses of a reversed card's `front` and of a cloze card's deletions: typed while the answer is
    /// short enough to type, a flashcard always.
    static func cardFocuses(_ c: Flashcard, slot: CardSlot) -> [(kind: QuestionKind, focus: QuestionFocus)] {
        switch slot {
        case .front where c.reverse && c.cloze == nil:
            return isShort(c.front) ? [(.typed, .backFront), (.flashcard, .backFront)] : [(.flashcard, .backFront)]
        case .cloze(let n):
            guard let deletions = c.cloze?.deletions(n), !deletions.isEmpty else { return [] }
            // One blank is typed; several hidden at once are recalled and graded by the learner.
            let typable = deletions.count == 1 && isShort(deletions[0].answer)
            return typable ? [(.cloze, .deletion), (.flashcard, .deletion)] : [(.flashcard, .deletion)]
        default:
            return []
        }
    }

    static func isShort(_ text: String) -> Bool {
        text.split(whereSeparator: { $0.isWhitespace }).count <= Limits.typedCardBackWords
    }
}

extension Builder {
    /// A reversed card's back-to-front question, or a cloze card's deletion.
    mutating func cardSideQuestion(_ c: Flashcard, slot: CardSlot, _ d: Draft) -> Result<Question, SkippedQuestion> {
        let extra = c.extra.map { " " + Phrasing.sentence(Phrasing.trimmed($0)) } ?? ""
        switch slot {
        case .front:
            let front = Phrasing.trimmed(c.front)
            let back = Phrasing.trimmed(c.back)
            let explanation = back + " " + Phrasing.sentence(front) + extra
            let kind: QuestionKind = d.kind == .typed ? .typed : .flashcard
            guard d.kind == .typed || d.kind == .flashcard else { return d.skip("cards are asked as flashcards or typed answers only") }
            return d.question(
                prompt: back, answer: .accepted([front]), check: AnswerSpec(type: .text), explanation: explanation,
                difficulty: Self.baseDifficulty(kind))
        case .cloze(let n):
            guard let cloze = c.cloze else { return d.skip("the card has no cloze deletions") }
            let hidden = cloze.deletions(n)
            guard !hidden.isEmpty else { return d.skip("the card has no deletion c\(n)") }
            let prompt = Phrasing.trimmed(
                cloze.render { number, answer, hint in
                    number == n ? Phrasing.blank + (hint.map { " (\($0))" } ?? "") : answer
                })
            let answers = hidden.map(\.answer)
            let explanation = Phrasing.sentence(Phrasing.trimmed(cloze.filled)) + extra
            switch d.kind {
            case .cloze:
                return d.question(
                    prompt: prompt, answer: .accepted(answers), check: AnswerSpec(type: .text), explanation: explanation,
                    difficulty: Self.baseDifficulty(.cloze))
            case .flashcard:
                return d.question(
                    prompt: prompt, answer: .accepted([answers.joined(separator: " … ")]), check: AnswerSpec(type: .text),
                    explanation: explanation, difficulty: Self.baseDifficulty(.flashcard))
            default:
                return d.skip("cloze cards are asked as cloze or flashcard questions only")
            }
        default:
            return d.skip("cards have no slot '\(slot.rawValue)'")
        }
    }
}
