import Foundation

/// Everything a report shows about a class over a set of decks, as plain values: what every rendering
/// (text, HTML, CSV, JSON) draws on. Made by `ClassReport.make`, a pure function of its inputs.
public struct ClassReport: Sendable, Hashable, Codable {
    /// The class's name.
    public var className: String
    /// The moment the report describes.
    public var generatedAt: Date
    /// The period's first study day and the day holding `generatedAt`, `YYYY-MM-DD`.
    public var periodFrom: String
    public var periodThrough: String
    /// The moment the period starts.
    public var periodStart: Date
    /// The time zone days are counted in, and the hour they begin.
    public var timeZone: String
    public var rolloverHour: Int
    public var decks: [ReportDeck.DeckInfo]
    public var cardCount: Int
    public var factCount: Int
    public var summary: ClassSummary
    /// Students by name.
    public var students: [StudentStatistics]
    /// Facts in deck order.
    public var facts: [FactStatistics]
    public var discriminationGroups: DiscriminationGroups
    /// Students needing help, in name order.
    public var needsHelp: [NeedsHelp]
    public var weeks: [WeekTrend]
    public var days: [DayActivity]
    public var dueForecast: [ForecastDay]
    public var mastery: MasteryMatrix
    public var thresholds: ReportThresholds

    public init(
        className: String, generatedAt: Date, periodFrom: String, periodThrough: String, periodStart: Date,
        timeZone: String, rolloverHour: Int, decks: [ReportDeck.DeckInfo], cardCount: Int, factCount: Int,
        summary: ClassSummary, students: [StudentStatistics], facts: [FactStatistics],
        discriminationGroups: DiscriminationGroups, needsHelp: [NeedsHelp], weeks: [WeekTrend], days: [DayActivity],
        dueForecast: [ForecastDay], mastery: MasteryMatrix, thresholds: ReportThresholds
    ) {
        self.className = className
        self.generatedAt = generatedAt
        self.periodFrom = periodFrom
        self.periodThrough = periodThrough
        self.periodStart = periodStart
        self.timeZone = timeZone
        self.rolloverHour = rolloverHour
        self.decks = decks
        self.cardCount = cardCount
        self.factCount = factCount
        self.summary = summary
        self.students = students
        self.facts = facts
        self.discriminationGroups = discriminationGroups
        self.needsHelp = needsHelp
        self.weeks = weeks
        self.days = days
        self.dueForecast = dueForecast
        self.mastery = mastery
        self.thresholds = thresholds
    }
}
