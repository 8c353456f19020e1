import Foundation
import Reports
import Scheduling
import Testing

@Suite struct ClassReportTests {
    typealias F = ReportFixtures

    // MARK: - Facility and discrimination, worked out by hand

    /// Four students answer facts a, b, c, d on Monday 2026-03-16 (and C again on Tuesday):
    ///
    ///         a  b  c  d     first answers right
    ///     A   ✓  ✓  ✓  ✗     3/4
    ///     B   ✓  ✓  ✗  ✗     2/4 (B's second answer to c that day, right, does not count)
    ///     C   ✓  ✗  ✗  ✗     2/5 (b again on Tuesday, right)
    ///     D   ✗  ✗  ✓  ✗     1/4
    ///
    /// 27% of 4 is 1.08: one student per group, A strongest, D weakest.
    static func itemAnalysisClass() -> [StudentHistory] {
        let monday = F.date("2026-03-16T10:00:00Z")
        let tuesday = F.date("2026-03-17T10:00:00Z")
        func student(_ name: String, _ marks: String, extra: [ReportReview] = []) -> StudentHistory {
            let answers = zip(["a", "b", "c", "d"], marks).enumerated().map { i, pair in
                F.answer(pair.0, at: monday.addingTimeInterval(Double(i) * 60), right: pair.1 == "1")
            }
            return StudentHistory(name: name, cards: [:], reviews: answers + extra)
        }
        return [
            student("A", "1110"),
            student("B", "1100", extra: [F.answer("c", at: monday.addingTimeInterval(3_600), right: true)]),
            student("C", "1000", extra: [F.answer("b", at: tuesday, right: true)]),
            student("D", "0010"),
        ]
    }

    static func itemAnalysisReport() -> ClassReport {
        ClassReport.make(
            className: "7B", deck: F.deck(facts: ["a", "b", "c", "d"]), students: itemAnalysisClass(), options: F.options())
    }

    @Test func facilityIsEachStudentsShareRightAveragedOverStudents() throws {
        let facts = Self.itemAnalysisReport().facts
        let expected: [Double?] = [0.75, 2.5 / 4, 0.5, 0]  // b: (1 + 1 + ½ + 0) / 4
        #expect(facts.map(\.facility) == expected)
        #expect(facts.map(\.studentsAnswered) == [4, 4, 4, 4])
        #expect(facts[1].answers == RetentionTally(passed: 3, total: 5))
    }

    @Test func discriminationComparesTheStrongestWithTheWeakest() throws {
        let report = Self.itemAnalysisReport()
        #expect(report.discriminationGroups.upper == ["A"])
        #expect(report.discriminationGroups.lower == ["D"])
        #expect(
            report.students.map(\.firstAnswers) == [
                RetentionTally(passed: 3, total: 4), RetentionTally(passed: 2, total: 4),
                RetentionTally(passed: 2, total: 5), RetentionTally(passed: 1, total: 4),
            ])
        // a: A right, D wrong → 1; b: 1 − 0; c: both right → 0; d: both wrong → 0.
        #expect(report.facts.map(\.discrimination) == [1, 1, 0, 0])
    }

    @Test func flagsFactsNearlyEveryoneMissesAndFactsThatDoNotDiscriminate() {
        let report = Self.itemAnalysisReport()
        #expect(report.facts.map(\.flags) == [[], [], [.doesNotDiscriminate], [.mostlyMissed, .doesNotDiscriminate]])
        #expect(report.summary.mostlyMissedFacts == 1)
        #expect(report.summary.nonDiscriminatingFacts == 2)
    }

    @Test func noFlagsOnTooFewStudents() {
        let two = Array(Self.itemAnalysisClass().prefix(2))
        let report = ClassReport.make(className: "7B", deck: F.deck(facts: ["a", "b", "c", "d"]), students: two, options: F.options())
        #expect(report.facts.allSatisfy { $0.flags.isEmpty })
    }

    // MARK: - Mastery, recall rate and the matrix

    @Test func masteryRecallRateAndTheMatrixCountUnseenCardsAsZero() {
        // Given fact f1 with two cards and f2 with one; X knows f1's first card at 0.9 and f2's at 1, Y nothing.
        let facts = [ReportDeck.FactInfo(id: "x/terms/f1", label: "One"), ReportDeck.FactInfo(id: "x/terms/f2", label: "Two")]
        let deck = ReportDeck(
            decks: [.init(id: "x", title: "X")], facts: facts,
            cards: [("x/terms/f1/a", "x/terms/f1"), ("x/terms/f1/b", "x/terms/f1"), ("x/terms/f2/a", "x/terms/f2")])
        let x = StudentHistory(
            name: "X",
            cards: [
                "x/terms/f1/a": F.reviewed(stability: 10, at: F.ago(days: 10)),
                "x/terms/f2/a": F.reviewed(stability: 5, at: F.now),
                "y/terms/other/a": F.reviewed(stability: 5, at: F.now),  // another deck: ignored
            ], reviews: [])
        let y = StudentHistory(name: "Y", cards: [:], reviews: [])
        // When
        let report = ClassReport.make(className: "c", deck: deck, students: [y, x], options: F.options())
        // Then
        let (rx, ry) = (report.students[0], report.students[1])
        #expect(rx.name == "X" && ry.name == "Y")
        #expect(abs(rx.mastery - 1.9 / 3) < 1e-12)
        #expect(ry.mastery == 0)
        #expect(rx.cardsSeen == 2)
        #expect(abs(report.mastery.values[0][0] - 0.45) < 1e-12)
        #expect(report.mastery.values[0][1] == 1)
        #expect(report.mastery.values[1] == [0, 0])
        #expect(abs(report.facts[0].mastery - 0.225) < 1e-12)
        #expect(abs((report.facts[0].recallRate ?? 0) - 0.9) < 1e-12)  // over the cards X has seen
        #expect(report.facts[1].recallRate == 1)
        #expect(report.facts.map(\.studentsSeen) == [1, 1])
        #expect(abs(report.summary.meanMastery - 1.9 / 6) < 1e-12)
        #expect(abs(report.summary.medianMastery - 1.9 / 6) < 1e-12)
    }

    // MARK: - A student's activity

    @Test func reviewsStudyDaysRetentionPaperQuizzesAndLastActiveInThePeriod() {
        let since = F.date("2026-03-17T12:00:00Z")  // the period starts at 2026-03-17 04:00
        let reviews = [
            F.answer("a", at: F.date("2026-03-17T03:00:00Z"), right: true),  // before the period (the 16th's study day)
            F.answer("a", at: F.date("2026-03-17T10:00:00Z"), right: true),
            F.answer("b", at: F.date("2026-03-18T02:00:00Z"), right: false),  // still the 17th's study day
            F.answer("a", at: F.date("2026-03-18T10:00:00Z"), right: true, source: .paper),
            F.answer("b", at: F.date("2026-03-18T10:01:00Z"), right: false, source: .paper),
            ReportReview(
                card: F.card("c"), reviewedAt: F.date("2026-03-18T10:02:00Z"), rating: .again, source: .paper,
                correct: true, phaseBefore: .review, intervalDaysBefore: 3),  // marked right on paper
            F.answer("c", at: F.date("2026-03-19T09:00:00Z"), right: true, source: .paper),
            F.answer("zz", at: F.date("2026-03-19T09:30:00Z"), right: true),  // a fact since removed from deck x
            ReportReview(card: "y/terms/q/term", reviewedAt: F.date("2026-03-19T11:00:00Z"), rating: .good, phaseBefore: .review),
            F.answer("a", at: F.date("2026-03-21T09:00:00Z"), right: true),  // after now: ignored
        ]
        let report = ClassReport.make(
            className: "c", deck: F.deck(facts: ["a", "b", "c"]), students: [StudentHistory(name: "s", cards: [:], reviews: reviews)],
            options: F.options(since: since))
        let s = report.students[0]
        #expect(report.periodFrom == "2026-03-17")
        #expect(report.periodThrough == "2026-03-20")
        #expect(s.reviews == 7)  // the removed fact's answer counts as activity; deck y's does not
        #expect(s.studyDays == 3)
        #expect(s.trueRetention.all == RetentionTally(passed: 4, total: 7))  // rating, not the paper mark
        #expect(s.lastActive == F.date("2026-03-19T09:30:00Z"))
        #expect(
            s.paperQuizzes == [
                PaperQuizScore(date: "2026-03-18", answered: 3, right: 2), PaperQuizScore(date: "2026-03-19", answered: 1, right: 1),
            ])
        let meanScore: Double = (2.0 / 3 + 1) / 2
        #expect(s.meanPaperScore == meanScore)
        #expect(report.days.map(\.reviews) == [2, 3, 2, 0])
    }

    // MARK: - Needs help

    @Test func needsHelpListsBacklogLowMasteryAndInactivityWithReasons() {
        let names = (0..<20).map { "f\($0)" }
        let deck = F.deck(facts: names)
        func all(_ state: CardState, count: Int = 20) -> [String: CardState] {
            Dictionary(uniqueKeysWithValues: names.prefix(count).map { (F.card($0), state) })
        }
        // busy: every card just reviewed (mastery 1). behind: every card at 0.9 and 5 days overdue.
        // idle: 4 cards at 0.9, last answer 9 days ago. never: nothing. Median (0.18 + 0.9) / 2 = 0.54.
        let busy = StudentHistory(
            name: "busy", cards: all(F.reviewed(stability: 10, at: F.now)), reviews: [F.answer("f0", at: F.now, right: true)])
        let behind = StudentHistory(
            name: "behind", cards: all(F.reviewed(stability: 10, at: F.ago(days: 10), due: F.ago(days: 5))),
            reviews: [F.answer("f0", at: F.ago(days: 2), right: true)])
        let idle = StudentHistory(
            name: "idle", cards: all(F.reviewed(stability: 9, at: F.ago(days: 9), due: F.ago(days: -1), lapses: 3), count: 4),
            reviews: [F.answer("f1", at: F.ago(days: 9), right: false), F.answer("f1", at: F.ago(days: 10), right: false)])
        let never = StudentHistory(name: "never", cards: [:], reviews: [])
        let report = ClassReport.make(className: "c", deck: deck, students: [never, idle, busy, behind], options: F.options())

        #expect(abs(report.summary.medianMastery - 0.54) < 1e-12)
        #expect(report.needsHelp.map(\.student) == ["behind", "idle", "never"])
        #expect(report.needsHelp[0].reasons == [.init(kind: .backlog, message: "20 cards overdue")])
        #expect(
            report.needsHelp[1].reasons == [
                .init(kind: .lowMastery, message: "mastery 18% against the class median 54%"),
                .init(kind: .inactive, message: "no answers for 9 days"),
            ])
        #expect(report.needsHelp[2].reasons.map(\.kind) == [.lowMastery, .inactive])
        #expect(report.needsHelp[2].reasons[1].message == "has not answered anything yet")
        // idle struggles with f1 (0 of 2 right, 3 lapses) first, then the other facts with 3 lapses.
        let struggling = report.needsHelp[1].strugglingFacts
        #expect(struggling.map(\.fact) == ["x/terms/f1", "x/terms/f0", "x/terms/f2", "x/terms/f3"])
        #expect(struggling[0].answers == RetentionTally(passed: 0, total: 2))
        #expect(struggling[0].lapses == 3)
        #expect(report.summary.studentsNeedingHelp == 3)
    }

    // MARK: - Trends and the forecast

    @Test func weeksRunMondayToSundayAndTrackMasteryFromTheLog() throws {
        // The default period is 28 study days: Saturday 2026-02-21 to Friday 2026-03-20.
        let reviewedAt = F.date("2026-03-10T10:00:00Z")
        let after = F.reviewed(stability: 5, at: reviewedAt)
        let student = StudentHistory(
            name: "s", cards: [F.card("a"): after],
            reviews: [
                ReportReview(
                    card: F.card("a"), reviewedAt: reviewedAt, rating: .good, phaseBefore: .new, intervalDaysBefore: 0,
                    after: after)
            ])
        let report = ClassReport.make(className: "c", deck: F.deck(facts: ["a", "b"]), students: [student], options: F.options())
        #expect(report.weeks.map(\.from) == ["2026-02-21", "2026-02-23", "2026-03-02", "2026-03-09", "2026-03-16"])
        #expect(report.weeks.map(\.through) == ["2026-02-22", "2026-03-01", "2026-03-08", "2026-03-15", "2026-03-20"])
        #expect(report.weeks.map(\.reviews) == [0, 0, 0, 1, 0])
        #expect(report.weeks.map(\.newCards) == [0, 0, 0, 1, 0])
        #expect(report.weeks.map(\.activeStudents) == [0, 0, 0, 1, 0])
        // At the end of the week of the 9th (2026-03-16 04:00), 5 whole days since the review: R = 0.9 on
        // one card of two. Now, 10 days on, the curve gives R(10, 5).
        #expect(Array(report.weeks.map(\.mastery).prefix(3)) == [0, 0, 0])
        #expect(abs(report.weeks[3].mastery - 0.45) < 1e-12)
        let now = ForgettingCurve.default.retrievability(elapsedDays: 10, stability: 5) / 2
        #expect(abs(report.weeks[4].mastery - now) < 1e-12)
        #expect(report.days.count == 28)
    }

    @Test func theForecastCountsEveryStudentsCardsByTheDayTheyComeDue() {
        func state(due: String) -> CardState { F.reviewed(stability: 3, at: F.ago(days: 5), due: F.date(due)) }
        let one = StudentHistory(
            name: "one",
            cards: [F.card("a"): state(due: "2026-03-18T10:00:00Z"), F.card("b"): state(due: "2026-03-21T10:00:00Z")],
            reviews: [])
        let two = StudentHistory(
            name: "two",
            cards: [F.card("a"): state(due: "2026-03-20T20:00:00Z"), F.card("b"): state(due: "2026-04-30T10:00:00Z")],
            reviews: [])
        let report = ClassReport.make(className: "c", deck: F.deck(facts: ["a", "b"]), students: [one, two], options: F.options())
        #expect(report.dueForecast.count == 14)
        #expect(report.dueForecast[0] == ForecastDay(date: "2026-03-20", due: 2, overdue: 1))
        #expect(report.dueForecast[1] == ForecastDay(date: "2026-03-21", due: 1, overdue: 0))
        #expect(report.dueForecast.dropFirst(2).allSatisfy { $0.due == 0 })
        #expect(report.summary.backlog == Backlog(due: 2, overdue: 1))
    }

    @Test func anEmptyClassStillMakesAReport() {
        let report = ClassReport.make(className: "empty", deck: F.deck(facts: ["a"]), students: [], options: F.options())
        #expect(report.summary.students == 0)
        #expect(report.facts.count == 1)
        #expect(report.facts[0].facility == nil)
        #expect(report.needsHelp.isEmpty)
    }

    @Test func daysFollowTheRolloverHourInTheReportsTimeZone() {
        // 23:30 in New York on 2026-03-17 is 03:30 UTC on the 18th: the 17th's study day there.
        let zone = TimeZone(identifier: "America/New_York")!
        let review = F.answer("a", at: F.date("2026-03-18T03:30:00Z"), right: true)
        let options = ReportOptions(now: F.now, since: F.date("2026-03-16T16:00:00Z"), timeZone: zone, rolloverHour: 4)
        let report = ClassReport.make(
            className: "c", deck: F.deck(facts: ["a"]), students: [StudentHistory(name: "s", cards: [:], reviews: [review])],
            options: options)
        #expect(report.days.first { $0.reviews == 1 }?.date == "2026-03-17")
    }
}
