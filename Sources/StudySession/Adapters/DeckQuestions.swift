import Facts
import Questions
import Scheduling
import SeededRandom

/// Questions for a session from the Questions target: one generator per deck, answers checked by
/// `AnswerChecker` — the same code that grades paper.
public struct DeckQuestions: QuestionProvider {
    private let generators: [String: QuestionGenerator]
    private let checker = AnswerChecker()
    /// The forms each card can be asked in: only those the deck's bank would make.
    private let askable: [CardID: [QuestionForm]]
    public let cards: [StudyCard]

    /// `referenceYear` is the current year, past which no generated date goes.
    /// The cards of several decks are dealt in turn, one from each deck, so that new cards come from every
    /// deck studied rather than all from the first.
    public init(decks: [Deck], referenceYear: Int) {
        var generators: [String: QuestionGenerator] = [:]
        var perDeck: [[StudyCard]] = []
        var askable: [CardID: [QuestionForm]] = [:]
        // Whether a form can be made does not depend on the draw; a fixed seed keeps the check repeatable.
        var probe = SeededGenerator(seed: 0)
        for deck in decks where generators[deck.id] == nil {
            let generator = QuestionGenerator(deck: deck, options: QuestionGenerator.Options(referenceYear: referenceYear))
            generators[deck.id] = generator
            var deckCards: [StudyCard] = []
            for card in generator.cards {
                let forms = generator.askableKinds(for: card.id, using: &probe)
                guard !forms.isEmpty else { continue }
                askable[card.id] = forms
                deckCards.append(StudyCard(id: card.id))
            }
            perDeck.append(deckCards)
        }
        self.askable = askable
        var cards: [StudyCard] = []
        cards.reserveCapacity(perDeck.reduce(0) { $0 + $1.count })
        for index in 0..<(perDeck.map(\.count).max() ?? 0) {
            for deckCards in perDeck where index < deckCards.count {
                cards.append(deckCards[index])
            }
        }
        self.generators = generators
        self.cards = cards
    }

    public func forms(of card: CardID) -> [QuestionForm] {
        askable[card] ?? []
    }

    public func question(for card: CardID, form: QuestionForm, using generator: inout SeededGenerator) -> StudyQuestion? {
        guard let deckGenerator = generators[card.deck],
            case .success(let question) = deckGenerator.question(for: card, kind: form, using: &generator)
        else { return nil }
        return Self.studyQuestion(question, checker: checker)
    }

    /// A Questions question as the session asks it. Responses are handed to the checker as text it reads:
    /// the chosen option's own text, "1 3 2" for an order, "1B 2A 3C" for pairs.
    static func studyQuestion(_ question: Question, checker: AnswerChecker) -> StudyQuestion? {
        let options = question.options ?? []
        let input: StudyQuestion.Input
        let shown: String
        switch question.kind {
        case .multipleChoice, .trueFalse:
            guard !options.isEmpty, let key = question.keyIndex else { return nil }
            input = .choice(options: options)
            shown = options[key]
        case .cloze, .typed:
            input = .typed
            shown = question.answerText
        case .ordering:
            guard !options.isEmpty else { return nil }
            input = .ordering(items: options)
            shown = question.answerText
        case .matching:
            guard let items = question.items, !items.isEmpty, !options.isEmpty else { return nil }
            input = .matching(left: items, right: options)
            shown = question.answerText
        case .flashcard:
            input = .reveal(back: question.answerText)
            shown = question.answerText
        }
        return StudyQuestion(
            card: question.card, form: question.kind, prompt: question.prompt, input: input, answer: shown,
            explanation: question.explanation
        ) { response in
            let text: String
            let given: String
            switch response {
            case .choice(let index):
                guard options.indices.contains(index) else { return Verdict(.wrong, canonical: shown, given: "?") }
                text = options[index]
                given = options[index]
            case .typed(let typed):
                text = typed
                given = typed
            case .ordering(let order):
                guard order.allSatisfy(options.indices.contains) else { return Verdict(.wrong, canonical: shown, given: "?") }
                text = order.map { String($0 + 1) }.joined(separator: " ")
                given = order.map { options[$0] }.joined(separator: "; ")
            case .matching(let picks):
                let items = question.items ?? []
                guard picks.count == items.count, picks.allSatisfy(options.indices.contains) else {
                    return Verdict(.wrong, canonical: shown, given: "?")
                }
                text = picks.enumerated().map { "\($0.offset + 1)\(Character(Unicode.Scalar(UInt8(65 + $0.element))))" }.joined(
                    separator: " ")
                given = zip(items, picks).map { "\($0.0): \(options[$0.1])" }.joined(separator: "; ")
            case .selfGraded:
                return Verdict(.correct, canonical: shown, given: nil)
            }
            let check = checker.check(text, for: question)
            let outcome: Verdict.Outcome
            switch check.verdict {
            case .correct: outcome = .correct
            case .nearMiss: outcome = .nearMiss
            case .wrong: outcome = .wrong
            }
            let canonical = question.kind == .typed || question.kind == .cloze ? check.expected : shown
            return Verdict(outcome, canonical: canonical, given: given, note: check.note)
        }
    }
}
