import Foundation
import ParallelWork
import Scheduling

extension ClassReport {
    /// The report on `students` over the cards of `deck`, as of `options.now`.
    ///
    /// Pure: the same inputs always give the same report. Answers after `now` are ignored.
    public static func make(
        className: String, deck: ReportDeck, students: [StudentHistory], options: ReportOptions
    ) -> ClassReport {
        let layout = ReportLayout(deck: deck, options: options)
        let sorted = students.sorted { $0.name < $1.name }
        // Students are independent: each pass fills its own sums, added up afterwards in name order so
        // that the result does not depend on which finished first.
        let results = Parallel.map(sorted.count) { index in
            var own = ClassAccumulator(layout: layout)
            let pass = StudentPass(student: sorted[index], layout: layout, accumulator: &own)
            return (pass, own)
        }
        var accumulator = ClassAccumulator(layout: layout)
        for (_, own) in results { accumulator.add(own) }
        return accumulator.finish(className: className, deck: deck, passes: results.map(\.0))
    }
}

/// What every student's pass shares: the deck's cards by id, the study days of the period and forecast,
/// and the weeks.
struct ReportLayout {
    let options: ReportOptions
    let thresholds: ReportThresholds
    let now: Date
    let cardIndex: [String: Int]
    let factOfCard: [Int]
    let cardsOfFact: [[Int]]
    let facts: [ReportDeck.FactInfo]
    let deckIDs: Set<Substring>
    let grid: DayGrid
    /// The index in `grid` of today's study day; days 0...today are the period.
    let today: Int
    /// The first day index of each week, and each period day's week.
    let weekStarts: [Int]
    let weekOfDay: [Int]

    init(deck: ReportDeck, options: ReportOptions) {
        self.options = options
        thresholds = options.thresholds
        now = options.now
        var cardIndex: [String: Int] = [:]
        cardIndex.reserveCapacity(deck.cards.count)
        for (i, card) in deck.cards.enumerated() { cardIndex[card] = i }
        self.cardIndex = cardIndex
        factOfCard = deck.factOfCard
        var cardsOfFact = Array(repeating: [Int](), count: deck.facts.count)
        for (card, fact) in deck.factOfCard.enumerated() { cardsOfFact[fact].append(card) }
        self.cardsOfFact = cardsOfFact
        facts = deck.facts
        deckIDs = Set(deck.decks.map { Substring($0.id) })

        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = options.timeZone
        let defaultSince = calendar.date(byAdding: .day, value: -(ReportOptions.defaultPeriodDays - 1), to: now) ?? now
        let since = min(options.since ?? defaultSince, now)
        let forecastEnd = calendar.date(byAdding: .day, value: options.forecastDays, to: now) ?? now
        grid = DayGrid(from: since, through: forecastEnd, timeZone: options.timeZone, rolloverHour: options.rolloverHour)
        today = grid.index(of: now) ?? 0
        var weekStarts: [Int] = []
        var weekOfDay: [Int] = []
        for day in 0...today {
            if day == 0 || grid.weekdays[day] == 2 { weekStarts.append(day) }  // weeks begin on Mondays
            weekOfDay.append(weekStarts.count - 1)
        }
        self.weekStarts = weekStarts
        self.weekOfDay = weekOfDay
    }

    var periodStart: Date { grid.start }
    var todayDay: StudyDay { grid.days[today] }
    var weekCount: Int { weekStarts.count }

    /// The last day index of week `week`.
    func lastDay(ofWeek week: Int) -> Int {
        week + 1 < weekStarts.count ? weekStarts[week + 1] - 1 : today
    }
}

/// The class-wide sums every student's pass adds to.
struct ClassAccumulator {
    let layout: ReportLayout
    var dayReviews: [Int]
    var dayActive: [Int]
    var dayRetention: [TrueRetention]
    var weekReviews: [Int]
    var weekActive: [Int]
    var weekStudyDays: [Int]
    var weekNewCards: [Int]
    var weekRetention: [TrueRetention]
    var weekMasterySum: [Double]
    var forecast: [Int]
    var overdueToday = 0

    init(layout: ReportLayout) {
        self.layout = layout
        let days = layout.today + 1
        dayReviews = Array(repeating: 0, count: days)
        dayActive = Array(repeating: 0, count: days)
        dayRetention = Array(repeating: TrueRetention(), count: days)
        let weeks = layout.weekCount
        weekReviews = Array(repeating: 0, count: weeks)
        weekActive = Array(repeating: 0, count: weeks)
        weekStudyDays = Array(repeating: 0, count: weeks)
        weekNewCards = Array(repeating: 0, count: weeks)
        weekRetention = Array(repeating: TrueRetention(), count: weeks)
        weekMasterySum = Array(repeating: 0, count: weeks)
        forecast = Array(repeating: 0, count: layout.options.forecastDays)
    }

    /// Adds another pass's sums to these.
    mutating func add(_ other: ClassAccumulator) {
        func sum<T>(_ mine: inout [T], _ theirs: [T], _ plus: (T, T) -> T) {
            for index in mine.indices { mine[index] = plus(mine[index], theirs[index]) }
        }
        sum(&dayReviews, other.dayReviews, +)
        sum(&dayActive, other.dayActive, +)
        sum(&dayRetention, other.dayRetention, +)
        sum(&weekReviews, other.weekReviews, +)
        sum(&weekActive, other.weekActive, +)
        sum(&weekStudyDays, other.weekStudyDays, +)
        sum(&weekNewCards, other.weekNewCards, +)
        sum(&weekRetention, other.weekRetention, +)
        sum(&weekMasterySum, other.weekMasterySum, +)
        sum(&forecast, other.forecast, +)
        overdueToday += other.overdueToday
    }
}

/// One student's walk through their cards and answers.
struct StudentPass {
    var statistics: StudentStatistics
    /// Per fact: first-of-the-day answers in the period, cards seen, the sum of their retrievability now,
    /// and the most lapses of any card.
    var factAnswers: [RetentionTally]
    var factSeenCards: [Int]
    var factRetrievability: [Double]
    var factLapses: [Int]

    init(student: StudentHistory, layout: ReportLayout, accumulator: inout ClassAccumulator) {
        let thresholds = layout.thresholds
        let now = layout.now
        let factCount = layout.facts.count
        statistics = StudentStatistics(name: student.name)
        factAnswers = Array(repeating: RetentionTally(), count: factCount)
        factSeenCards = Array(repeating: 0, count: factCount)
        factRetrievability = Array(repeating: 0, count: factCount)
        factLapses = Array(repeating: 0, count: factCount)

        // Memory now, card by card, in deck order (so sums come out the same however the states were stored).
        let today = layout.todayDay
        let cardCount = layout.cardIndex.count
        var recallOfCard = [Double](repeating: -1, count: cardCount)
        for (card, state) in student.cards {
            guard let index = layout.cardIndex[card], Mastery.isSeen(state) else { continue }
            let fact = layout.factOfCard[index]
            recallOfCard[index] = state.retrievability(at: now)
            statistics.cardsSeen += 1
            if Mastery.isMature(state, matureIntervalDays: thresholds.matureIntervalDays) { statistics.cardsMature += 1 }
            statistics.backlog.add(state, today: today)
            factSeenCards[fact] += 1
            factLapses[fact] = max(factLapses[fact], state.lapses)
            if state.due < today.end {
                accumulator.forecast[0] += 1
                if state.due < today.start { accumulator.overdueToday += 1 }
            } else if let day = layout.grid.index(of: state.due), day - layout.today < accumulator.forecast.count {
                accumulator.forecast[day - layout.today] += 1
            }
        }
        var masterySum = 0.0
        for (index, recall) in recallOfCard.enumerated() where recall >= 0 {
            masterySum += recall
            factRetrievability[layout.factOfCard[index]] += recall
        }
        statistics.mastery = cardCount > 0 ? masterySum / Double(cardCount) : 0

        // Answers in scope, oldest first: sorted as a list of positions so that the answers are not copied.
        let all = student.reviews
        var order: [Entry] = []
        order.reserveCapacity(all.count)
        all.withUnsafeBufferPointer { answers in
            for index in answers.indices where answers[index].reviewedAt <= now {
                let card = layout.cardIndex[answers[index].card]
                guard card != nil || layout.deckIDs.contains(answers[index].deck) else { continue }
                order.append(
                    Entry(time: answers[index].reviewedAt.timeIntervalSinceReferenceDate, index: Int32(index), card: Int32(card ?? -1)))
            }
        }
        if zip(order, order.dropFirst()).contains(where: { $0.time > $1.time }) {
            order.sort { ($0.time, $0.index) < ($1.time, $1.index) }
        }
        statistics.lastActive = order.last.map { all[Int($0.index)].reviewedAt }
        let periodStart = layout.periodStart.timeIntervalSinceReferenceDate
        let mature = thresholds.matureIntervalDays
        var activeDays = Array(repeating: false, count: layout.today + 1)
        // The day of each fact's last counted answer: answers come in time order, so the first answer of a
        // day is the one whose day differs.
        var lastDayOfFact = Array(repeating: -1, count: factCount)
        var paper: [Int: RetentionTally] = [:]
        all.withUnsafeBufferPointer { answers in
            for entry in order where entry.time >= periodStart {
                let i = Int(entry.index)
                guard let day = layout.grid.index(of: answers[i].reviewedAt), day <= layout.today else { continue }
                let week = layout.weekOfDay[day]
                statistics.reviews += 1
                accumulator.dayReviews[day] += 1
                accumulator.weekReviews[week] += 1
                activeDays[day] = true
                let right = answers[i].isRight
                if TrueRetention.counts(answers[i]) {
                    let passed = answers[i].rating != .again
                    let isMature = answers[i].intervalDaysBefore >= mature
                    statistics.trueRetention.add(passed: passed, mature: isMature)
                    accumulator.dayRetention[day].add(passed: passed, mature: isMature)
                    accumulator.weekRetention[week].add(passed: passed, mature: isMature)
                }
                if answers[i].phaseBefore == .new && answers[i].source != .cram { accumulator.weekNewCards[week] += 1 }
                if answers[i].source == .paper { paper[day, default: RetentionTally()].add(passed: right) }
                guard entry.card >= 0 else { continue }
                let fact = layout.factOfCard[Int(entry.card)]
                if lastDayOfFact[fact] != day {
                    lastDayOfFact[fact] = day
                    factAnswers[fact].add(passed: right)
                    statistics.firstAnswers.add(passed: right)
                }
            }
        }
        var activeWeeks = Array(repeating: false, count: layout.weekCount)
        for day in 0...layout.today where activeDays[day] {
            statistics.studyDays += 1
            accumulator.dayActive[day] += 1
            accumulator.weekStudyDays[layout.weekOfDay[day]] += 1
            activeWeeks[layout.weekOfDay[day]] = true
        }
        for week in 0..<layout.weekCount where activeWeeks[week] { accumulator.weekActive[week] += 1 }
        statistics.paperQuizzes = paper.sorted { $0.key < $1.key }.map { day, tally in
            PaperQuizScore(date: layout.grid.dates[day], answered: tally.total, right: tally.passed)
        }

        // Mastery at the end of each past week, from the states the log left; the current week's is now's.
        Self.addWeeklyMastery(reviews: all, order: order, current: statistics.mastery, layout: layout, into: &accumulator.weekMasterySum)

        statistics.strugglingFacts = Self.strugglingFacts(
            answers: factAnswers, lapses: factLapses, seen: factSeenCards, layout: layout)
    }

    /// An answer's place in time order: when, where in the student's list, and its card's index (−1: not a
    /// card of the decks).
    struct Entry {
        var time: Double
        var index: Int32
        var card: Int32
    }

    private static func addWeeklyMastery(
        reviews: [ReportReview], order: [Entry], current: Double, layout: ReportLayout, into sums: inout [Double]
    ) {
        let cardCount = layout.cardIndex.count
        let weeks = layout.weekCount
        sums[weeks - 1] += current
        guard weeks > 1, cardCount > 0 else { return }
        var states = [CardState?](repeating: nil, count: cardCount)
        var next = 0
        for week in 0..<(weeks - 1) {
            let end = layout.grid.days[layout.lastDay(ofWeek: week)].end
            let endTime = end.timeIntervalSinceReferenceDate
            while next < order.count && order[next].time < endTime {
                let entry = order[next]
                next += 1
                guard entry.card >= 0, reviews[Int(entry.index)].after != nil else { continue }
                states[Int(entry.card)] = reviews[Int(entry.index)].after
            }
            var sum = 0.0
            for state in states {
                if let state { sum += state.retrievability(at: end) }
            }
            sums[week] += sum / Double(cardCount)
        }
    }

    private static func strugglingFacts(answers: [RetentionTally], lapses: [Int], seen: [Int], layout: ReportLayout) -> [StrugglingFact] {
        let thresholds = layout.thresholds
        var found: [(fact: Int, rate: Double, lapses: Int)] = []
        for fact in answers.indices where seen[fact] > 0 || answers[fact].total > 0 {
            let rate = answers[fact].rate ?? 1
            let missed = answers[fact].total >= 2 && rate < thresholds.strugglingShareRight
            guard missed || lapses[fact] >= thresholds.strugglingLapses else { continue }
            found.append((fact, rate, lapses[fact]))
        }
        found.sort { a, b in
            if a.rate != b.rate { return a.rate < b.rate }
            if a.lapses != b.lapses { return a.lapses > b.lapses }
            return a.fact < b.fact
        }
        return found.prefix(thresholds.strugglingFactsListed).map { entry in
            let info = layout.facts[entry.fact]
            return StrugglingFact(fact: info.id, label: info.label, answers: answers[entry.fact], lapses: entry.lapses)
        }
    }
}

extension ClassAccumulator {
    func finish(className: String, deck: ReportDeck, passes: [StudentPass]) -> ClassReport {
        let thresholds = layout.thresholds
        let grid = layout.grid
        let studentCount = passes.count
        let students = passes.map(\.statistics)

        // Item analysis.
        let groups = ItemAnalysis.groups(students.map { ($0.name, $0.firstAnswers) }, share: thresholds.discriminationGroupShare)
        let byName = Dictionary(passes.enumerated().map { ($1.statistics.name, $0) }, uniquingKeysWith: { a, _ in a })
        let upper = groups.upper.compactMap { byName[$0] }
        let lower = groups.lower.compactMap { byName[$0] }
        var matrix = Array(repeating: [Double](repeating: 0, count: layout.facts.count), count: studentCount)
        var facts: [FactStatistics] = []
        facts.reserveCapacity(layout.facts.count)
        for (f, info) in layout.facts.enumerated() {
            let cardCount = layout.cardsOfFact[f].count
            var statistics = FactStatistics(id: info.id, label: info.label, cards: cardCount)
            var recallSum = 0.0
            var masterySum = 0.0
            for (s, pass) in passes.enumerated() {
                let fact = pass.factRetrievability[f]
                let value = cardCount > 0 ? fact / Double(cardCount) : 0
                matrix[s][f] = value
                masterySum += value
                if pass.factSeenCards[f] > 0 {
                    statistics.studentsSeen += 1
                    recallSum += fact / Double(pass.factSeenCards[f])
                }
                if pass.factAnswers[f].total > 0 {
                    statistics.studentsAnswered += 1
                    statistics.answers += pass.factAnswers[f]
                }
            }
            statistics.mastery = studentCount > 0 ? masterySum / Double(studentCount) : 0
            statistics.recallRate = statistics.studentsSeen > 0 ? recallSum / Double(statistics.studentsSeen) : nil
            statistics.facility = ItemAnalysis.facility(passes.lazy.map { $0.factAnswers[f] })
            statistics.discrimination = ItemAnalysis.discrimination(
                upper: upper.lazy.map { passes[$0].factAnswers[f] }, lower: lower.lazy.map { passes[$0].factAnswers[f] })
            if statistics.studentsAnswered >= thresholds.minimumStudentsForFlags {
                if let facility = statistics.facility, facility <= thresholds.mostlyMissedFacility {
                    statistics.flags.append(.mostlyMissed)
                }
                if let index = statistics.discrimination, index < thresholds.poorDiscrimination {
                    statistics.flags.append(.doesNotDiscriminate)
                }
            }
            facts.append(statistics)
        }

        // Who needs help.
        let masteries = students.map(\.mastery).sorted()
        let median: Double =
            masteries.isEmpty
            ? 0
            : masteries.count % 2 == 1
                ? masteries[masteries.count / 2]
                : (masteries[masteries.count / 2 - 1] + masteries[masteries.count / 2]) / 2
        var needsHelp: [NeedsHelp] = []
        for student in students {
            var reasons: [NeedsHelp.Reason] = []
            if student.backlog.overdue >= thresholds.backlogOverdueCards {
                reasons.append(.init(kind: .backlog, message: "\(student.backlog.overdue) cards overdue"))
            }
            if median > 0 && student.mastery < thresholds.lowMasteryShareOfMedian * median {
                reasons.append(
                    .init(
                        kind: .lowMastery,
                        message: "mastery \(ReportFormat.percent(student.mastery)) against the class median \(ReportFormat.percent(median))"
                    ))
            }
            if let last = student.lastActive {
                let idle = Int((layout.now.timeIntervalSince(last) / 86_400).rounded(.down))
                if idle >= thresholds.inactiveDays {
                    reasons.append(.init(kind: .inactive, message: "no answers for \(idle) days"))
                }
            } else {
                reasons.append(.init(kind: .inactive, message: "has not answered anything yet"))
            }
            if !reasons.isEmpty {
                needsHelp.append(NeedsHelp(student: student.name, reasons: reasons, strugglingFacts: student.strugglingFacts))
            }
        }

        // Trends.
        var weeks: [WeekTrend] = []
        for week in 0..<layout.weekCount {
            weeks.append(
                WeekTrend(
                    from: grid.dates[layout.weekStarts[week]], through: grid.dates[layout.lastDay(ofWeek: week)],
                    reviews: weekReviews[week], activeStudents: weekActive[week], studyDays: weekStudyDays[week],
                    newCards: weekNewCards[week], trueRetention: weekRetention[week],
                    mastery: studentCount > 0 ? weekMasterySum[week] / Double(studentCount) : 0))
        }
        let days = (0...layout.today).map { day in
            DayActivity(date: grid.dates[day], reviews: dayReviews[day], activeStudents: dayActive[day], trueRetention: dayRetention[day])
        }
        let dueForecast = forecast.indices.map { offset in
            ForecastDay(
                date: layout.today + offset < grid.count ? grid.dates[layout.today + offset] : "",
                due: forecast[offset], overdue: offset == 0 ? overdueToday : 0)
        }

        let summary = ClassSummary(
            students: studentCount,
            activeStudents: students.filter { $0.reviews > 0 }.count,
            reviews: students.reduce(0) { $0 + $1.reviews },
            trueRetention: students.reduce(TrueRetention()) { $0 + $1.trueRetention },
            meanMastery: studentCount > 0 ? students.reduce(0) { $0 + $1.mastery } / Double(studentCount) : 0,
            medianMastery: median,
            backlog: Backlog(due: students.reduce(0) { $0 + $1.backlog.due }, overdue: students.reduce(0) { $0 + $1.backlog.overdue }),
            mostlyMissedFacts: facts.filter { $0.flags.contains(.mostlyMissed) }.count,
            nonDiscriminatingFacts: facts.filter { $0.flags.contains(.doesNotDiscriminate) }.count,
            studentsNeedingHelp: needsHelp.count)

        return ClassReport(
            className: className, generatedAt: layout.now, periodFrom: grid.dates[0],
            periodThrough: grid.dates[layout.today], periodStart: layout.periodStart,
            timeZone: layout.options.timeZone.identifier, rolloverHour: layout.options.rolloverHour, decks: deck.decks,
            cardCount: deck.cards.count, factCount: deck.facts.count, summary: summary, students: students, facts: facts,
            discriminationGroups: groups, needsHelp: needsHelp, weeks: weeks, days: days, dueForecast: dueForecast,
            mastery: MasteryMatrix(students: students.map(\.name), facts: deck.facts.map(\.id), values: matrix),
            thresholds: thresholds)
    }
}
