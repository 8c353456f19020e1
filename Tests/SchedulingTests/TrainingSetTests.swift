import Foundation
import Testing

@testable import Scheduling

@Suite("Training items at day granularity")
struct TrainingSetTests {
    @Test("one item per review a study day or more after the previous one; same-day reviews stay in the history")
    func itemsFromMoments() {
        // Learning at 20:00 and 20:10, a review at 01:00 (before the 4 a.m. rollover: still the same study day),
        // then one two days later and one the day after that.
        let utc = TimeZone(identifier: "UTC")!
        func at(_ day: Int, _ hour: Double) -> HistoryReview {
            HistoryReview(moment: Date(timeIntervalSince1970: (Double(day) * 24 + hour) * 3600), rating: .good)
        }
        let history = CardHistory(reviews: [at(0, 20), at(0, 20.2), at(1, 1), at(2, 9), at(3, 9)])
        let set = TrainingSet(histories: [history], days: StudyDayIndex(timeZone: utc, rolloverHour: 4))
        #expect(set.elapsedDays == [0, 0, 0, 2, 1])
        #expect(set.items == [TrainingSet.Item(card: 0, position: 3), TrainingSet.Item(card: 0, position: 4)])
    }

    @Test("items from several cards are ordered by the time of their review")
    func itemsInTimeOrder() {
        let utc = TimeZone(identifier: "UTC")!
        func card(_ days: [Int], hour: Double) -> CardHistory {
            CardHistory(
                reviews: days.map { HistoryReview(moment: Date(timeIntervalSince1970: (Double($0) * 24 + hour) * 3600), rating: .good) })
        }
        let set = TrainingSet(histories: [card([0, 5, 9], hour: 12), card([1, 3, 7], hour: 10)], days: StudyDayIndex(timeZone: utc))
        #expect(set.items.map { [$0.card, $0.position] } == [[1, 1], [0, 1], [1, 2], [0, 2]])
    }

    @Test("study days follow the learner's time zone and daylight saving")
    func timeZones() {
        var newYork = StudyDayIndex(timeZone: TimeZone(identifier: "America/New_York")!, rolloverHour: 4)
        // 2024-03-10 is the spring change in New York: 03:59 local on the 11th (EDT, 07:59 UTC) is still the 10th's day.
        let before = Date(timeIntervalSince1970: 1_710_143_940)  // 2024-03-11T07:59:00Z
        let after = Date(timeIntervalSince1970: 1_710_144_060)  // 2024-03-11T08:01:00Z
        #expect(newYork.day(of: after) - newYork.day(of: before) == 1)
        var tokyo = StudyDayIndex(timeZone: TimeZone(identifier: "Asia/Tokyo")!, rolloverHour: 0)
        // 2024-01-01T15:00Z is midnight in Tokyo: the 2nd begins.
        #expect(tokyo.day(of: Date(timeIntervalSince1970: 1_704_121_200)) == 19_724)
        #expect(tokyo.day(of: Date(timeIntervalSince1970: 1_704_121_199)) == 19_723)
    }

    @Test("every fixture log gives as many items as fsrs-rs's converter built from it")
    func fixtureItemCounts() {
        for name in OptimizerFixture.names {
            let fixture = OptimizerFixture.named(name)
            let set = fixture.trainingSet
            #expect(set.reviewCount == fixture.reviewCount, "\(name)")
            #expect(set.items.count == fixture.itemCount, "\(name)")
        }
    }
}
