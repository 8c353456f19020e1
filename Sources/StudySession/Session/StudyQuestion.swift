import Facts
import Scheduling

/// A question as the session asks it: what to show, how the learner answers, and how the answer is checked.
///
/// Built from the Questions target's questions (see `BankQuestionProvider`); tests build their own.
public struct StudyQuestion: Sendable {
    /// How the learner answers.
    public enum Input: Sendable, Hashable {
        /// Pick one of the options (multiple choice, true/false).
        case choice(options: [String])
        /// Type the answer (cloze, typed).
        case typed
        /// Put the items in order: the learner lists their numbers, first to last.
        case ordering(items: [String])
        /// Match each item on the left with one on the right: the learner gives a letter per item.
        case matching(left: [String], right: [String])
        /// Look at the front, reveal the back, grade yourself.
        case reveal(back: String)
    }

    public var card: CardID
    public var form: QuestionForm
    public var prompt: String
    public var input: Input
    /// The right answer as it is shown in the feedback.
    public var answer: String
    /// The fact's sentence, shown after the answer.
    public var explanation: String
    /// Checks a response; never called for `.reveal`, which the learner grades.
    public var check: @Sendable (Response) -> Verdict

    public init(
        card: CardID, form: QuestionForm, prompt: String, input: Input, answer: String, explanation: String,
        check: @escaping @Sendable (Response) -> Verdict
    ) {
        self.card = card
        self.form = form
        self.prompt = prompt
        self.input = input
        self.answer = answer
        self.explanation = explanation
        self.check = check
    }

    /// The words the learner reads before answering: the prompt and every option.
    public var readingWords: Int {
        var text = [prompt]
        switch input {
        case .choice(let options): text += options
        case .ordering(let items): text += items
        case .matching(let left, let right): text += left + right
        case .typed, .reveal: break
        }
        return text.reduce(0) { $0 + $1.split(whereSeparator: \.isWhitespace).count }
    }
}

/// What the learner answered.
public enum Response: Sendable, Hashable {
    /// The index of the chosen option.
    case choice(Int)
    case typed(String)
    /// Item indices in the order the learner put them.
    case ordering([Int])
    /// For each left item, the index of the right item it was matched with.
    case matching([Int])
    /// A flashcard graded by the learner.
    case selfGraded(Rating)
}

/// How an answer was judged.
public struct Verdict: Sendable, Hashable {
    public enum Outcome: String, Sendable, Hashable {
        case correct
        /// Right but for a slip: one typo, or a little outside an "about" figure's range.
        case nearMiss = "near-miss"
        case wrong
    }

    public var outcome: Outcome
    /// The answer to show as the right one.
    public var canonical: String
    /// What the learner gave, as it is logged and shown back (`nil` for a self-graded card).
    public var given: String?
    /// Why a near miss is one, or why the answer could not be read ("not a date").
    public var note: String?

    public init(_ outcome: Outcome, canonical: String, given: String?, note: String? = nil) {
        self.outcome = outcome
        self.canonical = canonical
        self.given = given
        self.note = note
    }

    /// Right or nearly right: counts towards the session's right %.
    public var isRight: Bool { outcome != .wrong }
}
