/// How one strategy fared over the questions it applies to, against blind guessing on the same questions.
public struct StrategyScore: Hashable, Sendable, Codable {
    public var strategy: Strategy
    /// The questions the strategy could play.
    public var questions: Int
    /// The expected number right: a question where the strategy narrows the options to k counts 1/k when
    /// the key is among them.
    public var expectedRight: Double
    /// The expected number right by guessing blindly among all options.
    public var chanceRight: Double

    public init(strategy: Strategy, questions: Int = 0, expectedRight: Double = 0, chanceRight: Double = 0) {
        self.strategy = strategy
        self.questions = questions
        self.expectedRight = expectedRight
        self.chanceRight = chanceRight
    }

    /// The share right, 0–1 (0 when the strategy played nothing).
    public var rate: Double { questions == 0 ? 0 : expectedRight / Double(questions) }

    /// The share blind guessing gets right on the same questions.
    public var chance: Double { questions == 0 ? 0 : chanceRight / Double(questions) }

    /// How far the strategy beats chance, in points of 0–1 (negative when it does worse).
    public var margin: Double { rate - chance }

    /// Adds another tally of the same strategy.
    public mutating func add(_ other: StrategyScore) {
        questions += other.questions
        expectedRight += other.expectedRight
        chanceRight += other.chanceRight
    }
}
