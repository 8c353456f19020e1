/// One question as it stands on one version's paper: its number, its options in printed order and its key.
public struct QuizItem: Codable, Hashable, Sendable {
    /// 1, 2, 3… on the paper.
    public var number: Int
    /// The `QuizQuestion.id` it prints.
    public var question: String
    /// The options in printed order: multiple choice and true/false choices, the right column of a matching
    /// question, the items of an ordering question. Empty for written answers.
    public var options: [String]
    public var key: QuizKey
    public var points: Int

    public init(number: Int, question: String, options: [String], key: QuizKey, points: Int) {
        self.number = number
        self.question = question
        self.options = options
        self.key = key
        self.points = points
    }
}
