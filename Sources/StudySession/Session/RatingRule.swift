import Foundation
import Scheduling

/// How an automatically graded answer becomes a rating:
///
/// | the answer | rating |
/// |---|---|
/// | wrong | Again |
/// | a near miss, or right but slow | Hard |
/// | right | Good |
/// | right and fast, on a recall form (cloze, typed) | Easy |
///
/// "Slow" and "fast" are measured against the time the question should take, `expectedTime`: reading
/// the prompt and the options at 240 words a minute after a 2-second glance, then answering — a second to
/// pick an option (a second per item to order or match), or a second plus 0.3 s a character (200
/// characters a minute) to type the right answer. Fast is at most that time; slow is more than 2.5 times it.
public struct RatingRule: Sendable, Hashable {
    public var glance: TimeInterval = 2
    public var secondsPerWord: TimeInterval = 0.25
    public var secondsPerCharacterTyped: TimeInterval = 0.3
    public var fastFactor: Double = 1
    public var slowFactor: Double = 2.5

    public init() {}

    /// How long a learner who knows the answer should take over this question.
    public func expectedTime(for question: StudyQuestion) -> TimeInterval {
        let reading = glance + secondsPerWord * Double(question.readingWords)
        let answering: TimeInterval
        switch question.input {
        case .choice: answering = 1
        case .ordering(let items): answering = Double(items.count)
        case .matching(let left, _): answering = Double(left.count)
        case .typed: answering = 1 + secondsPerCharacterTyped * Double(question.answer.count)
        case .reveal: answering = 1
        }
        return reading + answering
    }

    public enum Pace: String, Sendable, Hashable {
        case fast, normal, slow
    }

    public func pace(of duration: TimeInterval, for question: StudyQuestion) -> Pace {
        let expected = expectedTime(for: question)
        if duration <= expected * fastFactor { return .fast }
        if duration > expected * slowFactor { return .slow }
        return .normal
    }

    /// The rating for a verdict given in `duration` seconds.
    public func rating(for verdict: Verdict, duration: TimeInterval, question: StudyQuestion) -> Rating {
        switch verdict.outcome {
        case .wrong: return .again
        case .nearMiss: return .hard
        case .correct:
            switch pace(of: duration, for: question) {
            case .slow: return .hard
            case .fast: return question.form.isRecall ? .easy : .good
            case .normal: return .good
            }
        }
    }
}
