import Facts

/// Limits the generator works within.
enum Limits {
    /// A card's back is asked as a typed answer only when it is this short (in words).
    static let typedCardBackWords = 6
    /// Tries at drawing a random fitting distractor before giving up on a crowded deck.
    static let draws = 64
    /// How much longer than the next the longest description among a question's options may be.
    static let lengthRatio = 1.4
    /// The fewest words of meaning a description needs to be asked as "Who fits the description …?" typed,
    /// with no options to choose among.
    static let typedRoleWords = 4
}

/// The question being made: its card, kind and focus, so that success and failure both name them.
struct Draft {
    let card: CardID
    let fact: FactID
    let kind: QuestionKind
    let focus: QuestionFocus

    func skip(_ reason: String) -> Result<Question, SkippedQuestion> {
        .failure(SkippedQuestion(card: card, fact: fact, kind: kind, focus: focus, reason: reason))
    }

    func question(
        prompt: String, items: [String]? = nil, options: [String]? = nil, answer: Answer, check: AnswerSpec? = nil,
        explanation: String, difficulty: Double, facts: [FactID]? = nil
    ) -> Result<Question, SkippedQuestion> {
        .success(
            Question(
                id: Question.id(card: card, kind: kind, focus: focus), card: card, fact: fact, kind: kind, focus: focus,
                prompt: prompt, items: items, options: options, answer: answer, check: check, explanation: explanation,
                difficulty: (min(1, max(0, difficulty)) * 100).rounded() / 100, facts: facts))
    }
}

/// Makes questions one at a time, holding the random generator and the dealer of key positions.
struct Builder<R: RandomNumberGenerator> {
    let index: DeckIndex
    let options: QuestionGenerator.Options
    var rng: R
    var dealer = PositionDealer()

    init(index: DeckIndex, options: QuestionGenerator.Options, rng: R) {
        self.index = index
        self.options = options
        self.rng = rng
    }

    var latestYear: Int { options.referenceYear }

    func draft(_ fact: FactID, slot: CardSlot, kind: QuestionKind, focus: QuestionFocus) -> Draft {
        Draft(card: CardID(deck: index.deck.id, fact: fact, slot: slot.rawValue), fact: fact, kind: kind, focus: focus)
    }

    /// Base difficulty of each kind before the closeness of the distractors is added.
    static func baseDifficulty(_ kind: QuestionKind) -> Double {
        switch kind {
        case .trueFalse: 0.2
        case .multipleChoice: 0.35
        case .matching: 0.45
        case .flashcard: 0.5
        case .ordering: 0.55
        case .cloze: 0.6
        case .typed: 0.7
        }
    }

    mutating func make(_ fact: Fact, slot: CardSlot, kind: QuestionKind, focus: QuestionFocus) -> Result<Question, SkippedQuestion> {
        let d = draft(fact.id, slot: slot, kind: kind, focus: focus)
        if let repetition = index.clashes.repetition(fact.id, focus) { return d.skip(repetition) }
        switch fact {
        case .person(let p): return personQuestion(p, d)
        case .event(let e): return eventQuestion(e, slot: slot, d)
        case .figure(let f): return figureQuestion(f, d)
        case .quote(let q): return quoteQuestion(q, d)
        case .term(let t): return termQuestion(t, d)
        case .card(let c): return cardQuestion(c, d)
        }
    }

    // MARK: - Options

    /// Options in random order with the key at a dealt position; nil when fewer than two distractors are left
    /// once equal ones (as written or folded) are dropped.
    ///
    /// The options are alike in length, since the longest is often the key's tell ("Leon Battista Alberti"
    /// among one-word names): distractors are taken in the order given while the longest option stays within
    /// `Limits.lengthRatio` of the next longest, whichever option that is; then, if too few, those that
    /// lengthen the gap least.
    mutating func unorderedOptions(key: String, distractors: [String]) -> [String]? {
        var seen = [TextFolding.fold(key)]
        var candidates: [String] = []
        for d in distractors {
            let folded = TextFolding.fold(d)
            if !seen.contains(folded) {
                seen.append(folded)
                candidates.append(d)
            }
        }
        var chosen: [String] = []
        func gap(_ options: [String]) -> Double {
            let lengths = options.map(\.count).sorted(by: >)
            return lengths.count < 2 ? 1 : Double(lengths[0]) / Double(max(1, lengths[1]))
        }
        var rest: [String] = []
        for d in candidates {
            if chosen.count < options.optionCount - 1, gap([key] + chosen + [d]) <= Limits.lengthRatio {
                chosen.append(d)
            } else {
                rest.append(d)
            }
        }
        while chosen.count < options.optionCount - 1,
            let best = rest.indices.min(by: { gap([key] + chosen + [rest[$0]]) < gap([key] + chosen + [rest[$1]]) })
        {
            chosen.append(rest.remove(at: best))
        }
        guard chosen.count >= 2 else { return nil }
        let position = dealer.next(count: chosen.count + 1, using: &rng)
        chosen.shuffle(using: &rng)
        chosen.insert(key, at: position)
        return chosen
    }

    /// Options in their natural order (dates, numbers), made whole by `make(count, rank, rng)` with the key at a
    /// dealt rank; other ranks are tried only when the key's domain leaves none at the dealt one (a key at the
    /// edge of what is possible), and 3 options when the full count cannot be made.
    mutating func dealOrdered<T>(_ make: (_ count: Int, _ rank: Int, _ rng: inout R) -> T?) -> T? {
        for count in options.optionCount > 3 ? [options.optionCount, 3] : [3] {
            let dealt = dealer.next(count: count, using: &rng)
            for rank in [dealt] + (0..<count).filter({ $0 != dealt }).shuffled(using: &rng) {
                if let made = make(count, rank, &rng) { return made }
            }
        }
        return nil
    }

    /// True or false, dealt so that half of a bank's statements are true. A statement is asked only when a
    /// wholly false one could be made, so that never being able to say "false" does not tilt the deal.
    mutating func dealTruth() -> Bool {
        dealer.next(count: 2, using: &rng) == 0
    }

    static var noFalseStatement: String { "no wholly and clearly false statement to pair with the true one" }

    static var trueFalseOptions: [String] { ["True", "False"] }

    func trueFalse(_ d: Draft, statement: String, isTrue: Bool, explanation: String, closeness: Double = 0) -> Result<
        Question, SkippedQuestion
    > {
        d.question(
            prompt: "True or false? " + statement, options: Self.trueFalseOptions,
            answer: .option(isTrue ? "True" : "False"), explanation: explanation,
            difficulty: Self.baseDifficulty(.trueFalse) + (isTrue ? 0.1 : 0.2 * closeness))
    }

    // MARK: - Drawing people

    /// People that are wrong for the question: none that may be the same person as anyone in `excluded`, in
    /// random order, each once; `extra` rules out more (a description that fits them too).
    mutating func otherPeople(
        excluding excluded: [Int], limit: Int, among candidates: [Int]? = nil, where extra: (Int) -> Bool = { _ in true }
    ) -> [Int] {
        let count = candidates?.count ?? index.people.count
        guard count > 0 else { return [] }
        let person: (Int) -> Int = { candidates?[$0] ?? $0 }
        var result: [Int] = []
        var seen: [String] = excluded.map { index.nameFolds[$0] }
        func take(_ j: Int) {
            let name = index.nameFolds[j]
            guard !seen.contains(name) else { return }
            // The option shows a name, so everyone of that name must be wrong.
            for k in index.peopleByName[name] ?? [j] {
                guard !excluded.contains(where: { index.maySamePerson($0, k) }), extra(k) else { return }
            }
            seen.append(name)
            result.append(j)
        }
        if count <= Limits.draws {
            for j in (0..<count).shuffled(using: &rng) where result.count < limit { take(person(j)) }
        } else {
            for _ in 0..<Limits.draws where result.count < limit { take(person(Int.random(in: 0..<count, using: &rng))) }
        }
        return result
    }

    /// Draws up to `limit` positions from `0..<count` in random order that pass `fits`, without scanning a big
    /// deck whole.
    mutating func draw(from count: Int, limit: Int, fits: (Int) -> Bool) -> [Int] {
        guard count > 0 else { return [] }
        var result: [Int] = []
        if count <= Limits.draws * 2 {
            for j in (0..<count).shuffled(using: &rng) where result.count < limit && fits(j) { result.append(j) }
        } else {
            var tried: Set<Int> = []
            for _ in 0..<(Limits.draws * 2) where result.count < limit {
                let j = Int.random(in: 0..<count, using: &rng)
                if tried.insert(j).inserted, fits(j) { result.append(j) }
            }
        }
        return result
    }
}
