/// One graded paper: each question's result and the score.
public struct PaperGrade: Codable, Hashable, Sendable {
    /// How one answer was judged.
    public enum Verdict: String, Codable, Hashable, Sendable {
        case correct
        /// Right but for a slip (one typo in a long name): the points are given.
        case nearMiss = "near-miss"
        case wrong
        /// Left empty.
        case blank
    }

    public struct Result: Codable, Hashable, Sendable {
        public var number: Int
        public var question: String
        /// The card the question tests: grading records its review there.
        public var card: String
        public var kind: QuizQuestionKind
        public var given: String?
        public var verdict: Verdict
        public var points: Int
        public var earned: Int
        /// The right answer as shown in the key.
        public var expected: String
        public var note: String?

        /// Whether the student knew it (a near miss counts).
        public var isRight: Bool { verdict == .correct || verdict == .nearMiss }
    }

    public var quiz: QuizID
    public var version: String
    public var student: String
    public var results: [Result]

    public var score: Int { results.reduce(0) { $0 + $1.earned } }
    public var total: Int { results.reduce(0) { $0 + $1.points } }
}
