import Scheduling
import SeededRandom
import Testing

@testable import Questions

@Suite struct PositionDealerTests {
    @Test func dealsEveryPositionOnceABag() {
        var dealer = PositionDealer()
        var rng = SeededGenerator(seed: 1)
        for _ in 0..<10 {
            let bag = (0..<4).map { _ in dealer.next(count: 4, using: &rng) }
            #expect(bag.sorted() == [0, 1, 2, 3])
        }
        // Each option count has its own bag.
        let three = (0..<3).map { _ in dealer.next(count: 3, using: &rng) }
        #expect(three.sorted() == [0, 1, 2])
    }
}
