import Foundation
import Reports
import Scheduling
import Testing

@Suite struct BacklogTests {
    @Test func dueMeansBeforeTodaysEndAndOverdueBeforeTodaysStart() {
        // Given today's study day, 2026-03-20 04:00 to 2026-03-21 04:00 UTC:
        let today = StudyDay(containing: ReportFixtures.now, timeZone: ReportFixtures.utc, rolloverHour: 4)
        func card(due: String) -> CardState {
            ReportFixtures.reviewed(stability: 3, at: ReportFixtures.ago(days: 5), due: ReportFixtures.date(due))
        }
        let states = [
            card(due: "2026-03-19T10:00:00Z"),  // yesterday: due and overdue
            card(due: "2026-03-20T03:59:59Z"),  // a second before today began: overdue
            card(due: "2026-03-20T05:00:00Z"),  // today: due
            card(due: "2026-03-21T03:00:00Z"),  // tomorrow's small hours are still today's study day: due
            card(due: "2026-03-21T04:00:00Z"),  // tomorrow: not due
            CardState.new(createdAt: ReportFixtures.ago(days: 30)),  // never met: not counted
        ]
        // When / Then
        #expect(Backlog.of(states, today: today) == Backlog(due: 4, overdue: 2))
    }
}
