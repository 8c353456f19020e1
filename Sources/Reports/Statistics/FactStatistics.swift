/// The class's figures for one fact (docs/reports.md defines each).
public struct FactStatistics: Sendable, Hashable, Codable {
    /// Why a fact is drawn to the teacher's attention.
    public enum Flag: String, Sendable, Hashable, Codable, CaseIterable {
        /// The facility index is at or below the threshold: nearly everyone gets it wrong.
        case mostlyMissed = "mostly-missed"
        /// The discrimination index is below the threshold: strong and weak students do about as well.
        case doesNotDiscriminate = "does-not-discriminate"
    }

    /// `deck/section/id`.
    public var id: String
    public var label: String
    /// Cards the fact yields.
    public var cards: Int
    /// Students who have reviewed at least one of its cards.
    public var studentsSeen: Int
    /// Among those students, the mean of each one's retrievability now over the cards they have seen:
    /// the share of them expected to recall it if asked now.
    public var recallRate: Double?
    /// Mean over all students of their mastery of the fact (unseen cards counting 0).
    public var mastery: Double
    /// Students with at least one first-of-the-day answer to it in the period.
    public var studentsAnswered: Int
    /// Those answers, all students together.
    public var answers: RetentionTally
    /// The facility index: the mean over answering students of the share of their answers that were right.
    public var facility: Double?
    /// The discrimination index: facility among the strongest group of students minus facility among the
    /// weakest; nil when either group has no one who answered it.
    public var discrimination: Double?
    public var flags: [Flag]

    public init(
        id: String, label: String, cards: Int, studentsSeen: Int = 0, recallRate: Double? = nil, mastery: Double = 0,
        studentsAnswered: Int = 0, answers: RetentionTally = RetentionTally(), facility: Double? = nil,
        discrimination: Double? = nil, flags: [Flag] = []
    ) {
        self.id = id
        self.label = label
        self.cards = cards
        self.studentsSeen = studentsSeen
        self.recallRate = recallRate
        self.mastery = mastery
        self.studentsAnswered = studentsAnswered
        self.answers = answers
        self.facility = facility
        self.discrimination = discrimination
        self.flags = flags
    }
}

/// Who counts as strong and who as weak for the discrimination index.
public struct DiscriminationGroups: Sendable, Hashable, Codable {
    /// Students ranked: those with at least one first-of-the-day answer in the period.
    public var ranked: Int
    /// Students in each group: 27% of those ranked, rounded, at least 1 (none when fewer than 2 are ranked).
    public var groupSize: Int
    /// The strongest students by share of first answers right (ties broken by name), best first.
    public var upper: [String]
    /// The weakest, weakest first.
    public var lower: [String]

    public init(ranked: Int, groupSize: Int, upper: [String], lower: [String]) {
        self.ranked = ranked
        self.groupSize = groupSize
        self.upper = upper
        self.lower = lower
    }
}
