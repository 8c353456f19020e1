import Facts

/// Derives questions from a deck's facts: the whole bank, or one question for one card in one kind.
///
/// Pure: every random choice comes from the generator passed in, and the current year (for "no future
/// years") is an option, so the same deck, options and seed always give the same questions.
public struct QuestionGenerator: Sendable {
    public struct Options: Sendable, Hashable {
        /// The kinds to generate; the bank leaves out the others.
        public var kinds: Set<QuestionKind>
        /// Options per multiple-choice question: 4 by default, 3 when the deck cannot supply enough good
        /// distractors, never fewer. Clamped to 3...8.
        public var optionCount: Int
        /// The current year: generated dates never go past it.
        public var referenceYear: Int

        public init(kinds: Set<QuestionKind> = Set(QuestionKind.allCases), optionCount: Int = 4, referenceYear: Int) {
            self.kinds = kinds
            self.optionCount = min(8, max(3, optionCount))
            self.referenceYear = referenceYear
        }
    }

    public let deck: Deck
    public let options: Options
    let index: DeckIndex
    private let factPositions: [FactID: Int]
    private let allFacts: [Fact]

    public init(deck: Deck, options: Options) {
        self.deck = deck
        self.options = options
        index = DeckIndex(deck)
        allFacts = deck.facts
        var positions: [FactID: Int] = [:]
        for (i, fact) in allFacts.enumerated() where positions[fact.id] == nil { positions[fact.id] = i }
        factPositions = positions
    }

    /// Every card of the deck in file order, with the kinds of question that can ask it (all kinds, whatever
    /// `options.kinds` says, so a study session can choose).
    public var cards: [CardInfo] {
        allFacts.flatMap { fact in
            CardSlot.slots(for: fact).compactMap { slot -> CardInfo? in
                let focuses = Self.focuses(for: fact, slot: slot, index: index)
                guard !focuses.isEmpty else { return nil }
                var kinds: [QuestionKind] = []
                for f in focuses where !kinds.contains(f.kind) { kinds.append(f.kind) }
                return CardInfo(
                    id: CardID(deck: deck.id, fact: fact.id, slot: slot.rawValue), fact: fact.id, slot: slot,
                    kinds: kinds.sorted())
            }
        }
    }

    /// The kinds a card can be asked in (empty for a card the deck does not have).
    public func kinds(for card: CardID) -> [QuestionKind] {
        guard card.deck == deck.id, let fact = fact(card.fact), let slot = CardSlot(rawValue: card.slot) else { return [] }
        var kinds: [QuestionKind] = []
        for f in Self.focuses(for: fact, slot: slot, index: index) where !kinds.contains(f.kind) { kinds.append(f.kind) }
        return kinds.sorted()
    }

    /// The kinds a card can actually be asked in: those of `kinds(for:)` that this deck does not skip, so that a
    /// study session never offers a form the bank would leave out.
    public func askableKinds(for card: CardID, using rng: inout some RandomNumberGenerator) -> [QuestionKind] {
        kinds(for: card).filter { kind in
            if case .success = question(for: card, kind: kind, using: &rng) { return true }
            return false
        }
    }

    /// The focuses a card can be asked in, for one kind (several for a person's role in multiple choice).
    public func focuses(for card: CardID, kind: QuestionKind) -> [QuestionFocus] {
        guard let fact = fact(card.fact), let slot = CardSlot(rawValue: card.slot) else { return [] }
        return Self.focuses(for: fact, slot: slot, index: index).filter { $0.kind == kind }.map(\.focus)
    }

    /// The whole bank: every card in every enabled kind and focus, plus matching and ordering questions over
    /// groups of facts; what cannot be made unambiguous is listed in `skipped` with the reason.
    ///
    /// Key positions are dealt across the bank so each position comes up equally often, and true/false
    /// statements are true about half the time.
    public func bank(using rng: inout some RandomNumberGenerator) -> QuestionBank {
        var builder = Builder(index: index, options: options, rng: rng)
        var questions: [Question] = []
        var skipped: [SkippedQuestion] = []
        func record(_ result: Result<Question, SkippedQuestion>) {
            switch result {
            case .success(let q): questions.append(q)
            case .failure(let s): skipped.append(s)
            }
        }
        for fact in allFacts {
            for slot in CardSlot.slots(for: fact) {
                for focus in Self.focuses(for: fact, slot: slot, index: index)
                where options.kinds.contains(focus.kind) && focus.kind != .matching && focus.kind != .ordering {
                    record(builder.make(fact, slot: slot, kind: focus.kind, focus: focus.focus))
                }
            }
        }
        for (kind, focus) in [
            (QuestionKind.matching, QuestionFocus.personRole), (.matching, .termDefinition), (.matching, .eventDate),
            (.ordering, .chronology),
        ]
        where options.kinds.contains(kind) {
            for result in builder.groupQuestions(focus) { record(result) }
        }
        rng = builder.rng
        return QuestionBank(deck: deck.id, questions: questions, skipped: skipped)
    }

    /// One question for one card in one kind, as a study session asks it; when the card has several focuses of
    /// that kind, one is drawn at random and the others are tried if it cannot be made.
    ///
    /// Matching and ordering questions are built around the card's fact with other facts drawn at random.
    /// Fails with the reason when the card cannot be asked that way unambiguously.
    public func question(for card: CardID, kind: QuestionKind, using rng: inout some RandomNumberGenerator) -> Result<
        Question, SkippedQuestion
    > {
        let focuses = focuses(for: card, kind: kind).shuffled(using: &rng)
        var firstFailure: SkippedQuestion?
        for focus in focuses {
            switch question(for: card, kind: kind, focus: focus, using: &rng) {
            case .success(let q): return .success(q)
            case .failure(let s): firstFailure = firstFailure ?? s
            }
        }
        if let firstFailure { return .failure(firstFailure) }
        // No focus of that kind at all.
        let focus = Self.defaultFocus(kind: kind, slot: CardSlot(rawValue: card.slot))
        return .failure(SkippedQuestion(card: card, fact: card.fact, kind: kind, focus: focus, reason: notAskable(card, kind)))
    }

    /// One question for one card in one kind and focus.
    public func question(for card: CardID, kind: QuestionKind, focus: QuestionFocus, using rng: inout some RandomNumberGenerator) -> Result<
        Question, SkippedQuestion
    > {
        guard card.deck == deck.id, let fact = fact(card.fact), let slot = CardSlot(rawValue: card.slot),
            Self.focuses(for: fact, slot: slot, index: index).contains(where: { $0.kind == kind && $0.focus == focus })
        else {
            return .failure(SkippedQuestion(card: card, fact: card.fact, kind: kind, focus: focus, reason: notAskable(card, kind)))
        }
        var builder = Builder(index: index, options: options, rng: rng)
        let result: Result<Question, SkippedQuestion>
        if kind == .matching || kind == .ordering {
            result = builder.groupQuestion(focus, anchor: fact)
        } else {
            result = builder.make(fact, slot: slot, kind: kind, focus: focus)
        }
        rng = builder.rng
        return result
    }

    private func fact(_ id: FactID) -> Fact? {
        factPositions[id].map { allFacts[$0] }
    }

    private func notAskable(_ card: CardID, _ kind: QuestionKind) -> String {
        if card.deck != deck.id { return "the card belongs to deck '\(card.deck)', not '\(deck.id)'" }
        guard fact(card.fact) != nil else { return "the deck has no fact \(card.fact)" }
        guard let slot = CardSlot(rawValue: card.slot), let fact = fact(card.fact), CardSlot.slots(for: fact).contains(slot) else {
            return "\(card.fact) has no slot '\(card.slot)'"
        }
        return "this card cannot be asked as \(kind.rawValue)"
    }

    static func defaultFocus(kind: QuestionKind, slot: CardSlot?) -> QuestionFocus {
        switch (kind, slot) {
        case (.ordering, _): .chronology
        case (.matching, .role?): .personRole
        case (.matching, .definition?): .termDefinition
        case (.matching, _): .eventDate
        case (_, .role?): .role
        case (_, .date?): .when
        case (_, .who?): .who
        case (_, .event?): .whatHappened
        case (_, .value?): .howMany
        case (_, .definition?): .definition
        case (_, .term?): .term
        case (_, .back?): .frontBack
        case (_, .front?): .backFront
        case (_, .cloze?): .deletion
        case (_, nil): .frontBack
        }
    }

    /// The focuses that apply to a card, judged from the fact's fields alone, in the order the bank lists them.
    static func focuses(for fact: Fact, slot: CardSlot, index: DeckIndex) -> [(kind: QuestionKind, focus: QuestionFocus)] {
        switch (fact, slot) {
        case (.person(let p), .role):
            guard let role = p.role, !TextFolding.fold(role).isEmpty else { return [] }
            return [
                (.multipleChoice, .role), (.multipleChoice, .personForRole), (.trueFalse, .role), (.typed, .personForRole),
                (.matching, .personRole),
            ]
        case (.event, .date):
            return [
                (.multipleChoice, .when), (.trueFalse, .when), (.typed, .when), (.cloze, .when), (.matching, .eventDate),
                (.ordering, .chronology),
            ]
        case (.event(let e), .who):
            guard e.who.contains(where: { index.person($0) != nil }) else { return [] }
            return [(.multipleChoice, .who), (.trueFalse, .who), (.typed, .who), (.cloze, .who)]
        case (.event, .event):
            return [(.multipleChoice, .whatHappened)]
        case (.figure(let f), .value):
            if f.text?.placeholders.contains(.value) == true {
                return [(.multipleChoice, .howMany), (.trueFalse, .howMany), (.cloze, .howMany)]
            }
            return [(.multipleChoice, .howMany), (.typed, .howMany)]
        case (.quote(let q), .who):
            guard index.person(q.who) != nil else { return [] }
            return [(.multipleChoice, .whoSaid), (.trueFalse, .whoSaid), (.typed, .whoSaid)]
        case (.term, .definition):
            return [(.multipleChoice, .definition), (.trueFalse, .definition), (.matching, .termDefinition), (.flashcard, .definition)]
        case (.term, .term):
            return [(.multipleChoice, .term), (.typed, .term), (.flashcard, .term)]
        case (.card(let c), .back) where c.cloze == nil:
            let short = c.back.split(whereSeparator: { $0.isWhitespace }).count <= Limits.typedCardBackWords
            return short ? [(.typed, .frontBack), (.flashcard, .frontBack)] : [(.flashcard, .frontBack)]
        case (.card(let c), .front), (.card(let c), .cloze):
            return cardFocuses(c, slot: slot)
        default:
            return []
        }
    }
}
