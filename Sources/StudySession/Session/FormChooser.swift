import Scheduling
import SeededRandom

/// Picks the form to ask a card in, fitted to its memory.
///
/// - New, learning and relearning cards, and review cards with a stability under
///   `recallStability` days, are *weak*: asked by recognition (multiple choice, true/false, matching,
///   ordering). A card never seen is met first in multiple choice or true/false, which show one fact at a
///   time; matching and ordering, which mix in other facts, come once it has been seen.
/// - Stronger cards are asked by recall (cloze, typed).
/// - Never the form the card was last asked in when it offers another in the same group; among the rest,
///   a seeded random pick.
/// - When the card has no form in its group, the other group; a flashcard only when nothing else exists.
/// - `--flashcards` asks every card as a flashcard: the card's own front and back if it has them, else a
///   recall question's prompt as the front and its answer as the back.
public struct FormChooser: Sendable, Hashable {
    /// Stability in days from which a review card is asked by recall.
    public var recallStability: Double

    public init(recallStability: Double = 5) {
        self.recallStability = recallStability
    }

    /// True when the card should be asked by recognition.
    public func isWeak(_ state: CardState?) -> Bool {
        guard let state, state.phase == .review else { return true }
        let stability = state.stability ?? Double(state.intervalDays)
        return stability < recallStability
    }

    /// The form to ask, or nil when the card offers none. `flashcards` asks for a flashcard rendering, whose
    /// source form is returned (`.flashcard` or a recall form to turn into one).
    public func choose(
        from available: [QuestionForm], state: CardState?, lastForm: QuestionForm?, flashcards: Bool,
        using generator: inout SeededGenerator
    ) -> QuestionForm? {
        guard !available.isEmpty else { return nil }
        if flashcards {
            if available.contains(.flashcard) { return .flashcard }
            return pick(available.filter(\.isRecall), avoiding: lastForm, using: &generator)
                ?? pick(available, avoiding: lastForm, using: &generator)
        }
        var recognition = available.filter(\.isRecognition)
        if state == nil || state?.reps == 0 {
            let single = recognition.filter { $0 == .multipleChoice || $0 == .trueFalse }
            if !single.isEmpty { recognition = single }
        }
        let recall = available.filter(\.isRecall)
        let (first, second) = isWeak(state) ? (recognition, recall) : (recall, recognition)
        return pick(first, avoiding: lastForm, using: &generator)
            ?? pick(second, avoiding: lastForm, using: &generator)
            ?? (available.contains(.flashcard) ? .flashcard : nil)
    }

    private func pick(_ forms: [QuestionForm], avoiding last: QuestionForm?, using generator: inout SeededGenerator) -> QuestionForm? {
        guard !forms.isEmpty else { return nil }
        let fresh = forms.filter { $0 != last }
        let pool = fresh.isEmpty ? forms : fresh
        return pool[Int(generator.next() % UInt64(pool.count))]
    }
}
