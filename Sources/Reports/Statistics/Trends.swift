/// The class's activity in one week of the period (Monday to Sunday, clipped to the period).
public struct WeekTrend: Sendable, Hashable, Codable {
    /// First and last study day of the week within the period, `YYYY-MM-DD`.
    public var from: String
    public var through: String
    public var reviews: Int
    /// Students with at least one answer that week.
    public var activeStudents: Int
    /// Study days with answers, summed over students.
    public var studyDays: Int
    /// Cards reviewed for the first time.
    public var newCards: Int
    public var trueRetention: TrueRetention
    /// The class's mean mastery at the end of the week (now, for the current week), from the log.
    public var mastery: Double

    public init(
        from: String, through: String, reviews: Int = 0, activeStudents: Int = 0, studyDays: Int = 0,
        newCards: Int = 0, trueRetention: TrueRetention = TrueRetention(), mastery: Double = 0
    ) {
        self.from = from
        self.through = through
        self.reviews = reviews
        self.activeStudents = activeStudents
        self.studyDays = studyDays
        self.newCards = newCards
        self.trueRetention = trueRetention
        self.mastery = mastery
    }
}

/// The class's activity on one study day of the period.
public struct DayActivity: Sendable, Hashable, Codable {
    public var date: String
    public var reviews: Int
    public var activeStudents: Int
    public var trueRetention: TrueRetention

    public init(date: String, reviews: Int = 0, activeStudents: Int = 0, trueRetention: TrueRetention = TrueRetention()) {
        self.date = date
        self.reviews = reviews
        self.activeStudents = activeStudents
        self.trueRetention = trueRetention
    }
}

/// Cards coming due on one study day, all students together.
public struct ForecastDay: Sendable, Hashable, Codable {
    public var date: String
    /// Cards due that day (today: by the end of today, overdue ones included).
    public var due: Int
    /// Of today's, the ones already overdue; 0 on later days.
    public var overdue: Int

    public init(date: String, due: Int = 0, overdue: Int = 0) {
        self.date = date
        self.due = due
        self.overdue = overdue
    }
}

/// Mastery of each fact by each student: `values[student][fact]`, unseen cards counting 0.
public struct MasteryMatrix: Sendable, Hashable, Codable {
    public var students: [String]
    public var facts: [String]
    public var values: [[Double]]

    public init(students: [String], facts: [String], values: [[Double]]) {
        self.students = students
        self.facts = facts
        self.values = values
    }
}

/// The class at a glance.
public struct ClassSummary: Sendable, Hashable, Codable {
    public var students: Int
    /// Students with at least one answer in the period.
    public var activeStudents: Int
    public var reviews: Int
    public var trueRetention: TrueRetention
    public var meanMastery: Double
    public var medianMastery: Double
    public var backlog: Backlog
    public var mostlyMissedFacts: Int
    public var nonDiscriminatingFacts: Int
    public var studentsNeedingHelp: Int

    public init(
        students: Int, activeStudents: Int, reviews: Int, trueRetention: TrueRetention, meanMastery: Double,
        medianMastery: Double, backlog: Backlog, mostlyMissedFacts: Int, nonDiscriminatingFacts: Int,
        studentsNeedingHelp: Int
    ) {
        self.students = students
        self.activeStudents = activeStudents
        self.reviews = reviews
        self.trueRetention = trueRetention
        self.meanMastery = meanMastery
        self.medianMastery = medianMastery
        self.backlog = backlog
        self.mostlyMissedFacts = mostlyMissedFacts
        self.nonDiscriminatingFacts = nonDiscriminatingFacts
        self.studentsNeedingHelp = studentsNeedingHelp
    }
}
