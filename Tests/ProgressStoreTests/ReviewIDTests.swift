import Testing

@testable import ProgressStore

@Suite("ReviewID")
struct ReviewIDTests {
    @Test("a derived id is a version 8 UUID, stable, and differs when anything differs")
    func derived() {
        let id = ReviewID.derive(learner: "alice", card: "d/events/e/date", reviewedAt: 1_767_225_600_000_000)
        #expect(id == ReviewID.derive(learner: "alice", card: "d/events/e/date", reviewedAt: 1_767_225_600_000_000))
        #expect(id.count == 36)
        let parts = id.split(separator: "-")
        #expect(parts.map(\.count) == [8, 4, 4, 4, 12])
        #expect(parts[2].first == "8")
        #expect("89ab".contains(parts[3].first!))
        #expect(id != ReviewID.derive(learner: "bob", card: "d/events/e/date", reviewedAt: 1_767_225_600_000_000))
        #expect(id != ReviewID.derive(learner: "alice", card: "d/events/e/year", reviewedAt: 1_767_225_600_000_000))
        #expect(id != ReviewID.derive(learner: "alice", card: "d/events/e/date", reviewedAt: 1_767_225_600_000_001))
        // The separator keeps "ab"+"c" apart from "a"+"bc".
        #expect(ReviewID.derive(learner: "ab", card: "c", reviewedAt: 0) != ReviewID.derive(learner: "a", card: "bc", reviewedAt: 0))
    }

    @Test("no collisions among a hundred thousand close reviews")
    func distinct() {
        var seen = Set<String>()
        for card in 0..<100 {
            for second in 0..<1000 {
                seen.insert(ReviewID.derive(learner: "l", card: "deck/events/e-\(card)/date", reviewedAt: Int64(second) * 1_000_000))
            }
        }
        #expect(seen.count == 100_000)
    }
}
