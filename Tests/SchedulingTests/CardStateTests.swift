import Foundation
import Scheduling
import Testing

@Suite("CardState")
struct CardStateTests {
    static let created = pythonDate("2026-05-05T12:00:00.250000+00:00")

    @Test("a new card is due when created, with nothing learnt yet")
    func newCard() {
        let state = CardState.new(createdAt: Self.created)
        #expect(state.phase == .new && state.step == 0 && state.due == Self.created)
        #expect(state.stability == nil && state.difficulty == nil && state.lastReview == nil)
        #expect(state.ease == 2.5 && state.reps == 0 && state.lapses == 0 && state.intervalDays == 0)
        #expect(state.retrievability(at: Self.created.addingTimeInterval(86_400)) == 0)
    }

    @Test("round-trips through JSON")
    func codable() throws {
        var state = CardState.new(createdAt: Self.created)
        state = Scheduler().review(state, rating: .good, at: Self.created, fuzzSeed: 3)
        let data = try JSONEncoder().encode(state)
        #expect(try JSONDecoder().decode(CardState.self, from: data) == state)
    }

    @Test("retrievability counts whole days and estimates an SM-2 card's stability from its interval")
    func retrievability() {
        let last = Self.created
        var fsrsCard = CardState.new(createdAt: last)
        fsrsCard.phase = .review
        fsrsCard.stability = 5
        fsrsCard.lastReview = last
        // 5 days less a microsecond is still 4 whole days.
        let almost = Date(timeIntervalSinceReferenceDate: last.timeIntervalSinceReferenceDate + 5 * 86_400 - 0.000001)
        let fourDays = ForgettingCurve.default.retrievability(elapsedDays: 4, stability: 5)
        #expect(fsrsCard.retrievability(at: almost) == fourDays)
        #expect(abs(fsrsCard.retrievability(at: last.addingTimeInterval(5 * 86_400)) - 0.9) < 1e-12)

        var sm2Card = fsrsCard
        sm2Card.stability = nil
        sm2Card.intervalDays = 5
        let fiveDaysOn = last.addingTimeInterval(5 * 86_400)
        #expect(sm2Card.retrievability(at: fiveDaysOn) == fsrsCard.retrievability(at: fiveDaysOn))
        sm2Card.intervalDays = 0
        #expect(sm2Card.retrievability(at: last.addingTimeInterval(86_400)) == 0)
    }
}
