/// The forms a printed question takes, named as the question bank names them.
public enum QuizQuestionKind: String, Codable, CaseIterable, Sendable, Hashable, Comparable {
    case cloze
    case multipleChoice = "multiple-choice"
    case trueFalse = "true-false"
    case typed
    case matching
    case ordering
    case flashcard

    /// Whether the student marks a bubble rather than writing.
    public var isChoice: Bool { self == .multipleChoice || self == .trueFalse }

    /// Whether the student writes an answer on a line.
    public var isWritten: Bool { self == .cloze || self == .typed || self == .flashcard }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        // Declaration order: whichever of the two is listed first.
        lhs != rhs && allCases.first(where: { $0 == lhs || $0 == rhs }) == lhs
    }
}
