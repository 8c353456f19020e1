import Foundation

/// One student's figures for the report's decks and period (docs/reports.md defines each).
public struct StudentStatistics: Sendable, Hashable, Codable {
    public var name: String
    /// Cards of the decks the student has reviewed at least once.
    public var cardsSeen: Int
    /// Of those, cards in review with an interval of 21 days or more.
    public var cardsMature: Int
    /// Answers given in the period (every source, cram included).
    public var reviews: Int
    /// Distinct study days in the period with at least one answer.
    public var studyDays: Int
    /// True retention over the period's answers.
    public var trueRetention: TrueRetention
    /// Mean retrievability now over every card of the decks, unseen cards counting 0.
    public var mastery: Double
    /// Cards due by the end of today, and of those the ones overdue from earlier days.
    public var backlog: Backlog
    /// The last answer to a card of the decks, at any time.
    public var lastActive: Date?
    /// The answers that rank students for the discrimination index: the first answer to each fact on each
    /// study day in the period.
    public var firstAnswers: RetentionTally
    /// Scores on paper quizzes in the period, one per study day with paper answers.
    public var paperQuizzes: [PaperQuizScore]
    /// Facts the student struggles with, worst first (at most `strugglingFactsListed`).
    public var strugglingFacts: [StrugglingFact]

    public init(
        name: String, cardsSeen: Int = 0, cardsMature: Int = 0, reviews: Int = 0, studyDays: Int = 0,
        trueRetention: TrueRetention = TrueRetention(), mastery: Double = 0, backlog: Backlog = Backlog(),
        lastActive: Date? = nil, firstAnswers: RetentionTally = RetentionTally(), paperQuizzes: [PaperQuizScore] = [],
        strugglingFacts: [StrugglingFact] = []
    ) {
        self.name = name
        self.cardsSeen = cardsSeen
        self.cardsMature = cardsMature
        self.reviews = reviews
        self.studyDays = studyDays
        self.trueRetention = trueRetention
        self.mastery = mastery
        self.backlog = backlog
        self.lastActive = lastActive
        self.firstAnswers = firstAnswers
        self.paperQuizzes = paperQuizzes
        self.strugglingFacts = strugglingFacts
    }

    /// The mean of the student's paper-quiz scores in the period, each quiz weighing the same.
    public var meanPaperScore: Double? {
        paperQuizzes.isEmpty ? nil : paperQuizzes.map(\.score).reduce(0, +) / Double(paperQuizzes.count)
    }
}

/// A paper quiz as the log shows it: the student's paper answers on one study day.
public struct PaperQuizScore: Sendable, Hashable, Codable {
    /// The study day, `YYYY-MM-DD` in the report's time zone.
    public var date: String
    public var answered: Int
    public var right: Int

    public init(date: String, answered: Int, right: Int) {
        self.date = date
        self.answered = answered
        self.right = right
    }

    /// right ÷ answered.
    public var score: Double { answered > 0 ? Double(right) / Double(answered) : 0 }

    private enum CodingKeys: String, CodingKey {
        case date, answered, right, score
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        date = try container.decode(String.self, forKey: .date)
        answered = try container.decode(Int.self, forKey: .answered)
        right = try container.decode(Int.self, forKey: .right)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date, forKey: .date)
        try container.encode(answered, forKey: .answered)
        try container.encode(right, forKey: .right)
        try container.encode(score, forKey: .score)
    }
}

/// A fact one student finds hard, and why.
public struct StrugglingFact: Sendable, Hashable, Codable {
    public var fact: String
    public var label: String
    /// The student's first answers to it per study day in the period.
    public var answers: RetentionTally
    /// The most times any card of the fact has been forgotten in review.
    public var lapses: Int

    public init(fact: String, label: String, answers: RetentionTally, lapses: Int) {
        self.fact = fact
        self.label = label
        self.answers = answers
        self.lapses = lapses
    }
}
