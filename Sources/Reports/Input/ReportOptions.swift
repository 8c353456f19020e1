import Foundation

/// When the report is made, the period it looks at, and how study days fall.
public struct ReportOptions: Sendable, Hashable {
    /// The moment the report describes; the only clock the statistics see.
    public var now: Date
    /// The first moment of the period; the period starts at the beginning of the study day holding it.
    /// Nil: the last 28 study days, today included.
    public var since: Date?
    /// The time zone study days and weeks are counted in.
    public var timeZone: TimeZone
    /// The local hour at which a study day begins (4 a.m. by default, as in Anki).
    public var rolloverHour: Int
    /// How many study days the due forecast covers, today included.
    public var forecastDays: Int
    /// The thresholds behind the flags and the "needs help" list.
    public var thresholds: ReportThresholds

    public init(
        now: Date, since: Date? = nil, timeZone: TimeZone, rolloverHour: Int = 4, forecastDays: Int = 14,
        thresholds: ReportThresholds = ReportThresholds()
    ) {
        self.now = now
        self.since = since
        self.timeZone = timeZone
        self.rolloverHour = rolloverHour
        self.forecastDays = max(1, forecastDays)
        self.thresholds = thresholds
    }

    /// Study days in the default period.
    public static let defaultPeriodDays = 28
}

/// The lines a teacher's attention is drawn by; docs/reports.md explains each.
public struct ReportThresholds: Sendable, Hashable, Codable {
    /// A card is mature once it is in review with an interval of at least this many days (Anki's 21).
    public var matureIntervalDays = 21
    /// The share of ranked students in each of the strongest and weakest groups for the discrimination index.
    public var discriminationGroupShare = 0.27
    /// A fact is flagged as missed by nearly everyone when its facility is at most this.
    public var mostlyMissedFacility = 0.25
    /// A fact is flagged as not discriminating when its discrimination index is below this (Ebel's 0.2).
    public var poorDiscrimination = 0.2
    /// Neither flag is raised on fewer students' answers than this.
    public var minimumStudentsForFlags = 3
    /// A student with at least this many overdue cards has a backlog.
    public var backlogOverdueCards = 20
    /// A student whose mastery is below this share of the class median has low mastery.
    public var lowMasteryShareOfMedian = 0.5
    /// A student who has not answered for this many days is inactive.
    public var inactiveDays = 7
    /// A fact the student gets right less often than this (over at least two answers) is one they struggle with.
    public var strugglingShareRight = 0.5
    /// A fact with a card forgotten at least this many times is one the student struggles with.
    public var strugglingLapses = 2
    /// At most this many struggling facts are listed per student.
    public var strugglingFactsListed = 5

    public init() {}
}
