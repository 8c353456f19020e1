import Facts
import Foundation
import Questions
import Scheduling
import TestWise
import Testing

/// A student who knows nothing scores chance: every strategy of the test-wise student stays within 10 points
/// of blind guessing, on thousands of random decks and on every shipped and fixture deck.
@Suite struct TestWiseStudentOnBanksTests {
    static let allowance = 0.10

    static func report(_ scores: [StrategyScore]) -> String {
        scores.filter { $0.questions > 0 }.map {
            "\($0.strategy): \(Int(($0.rate * 1000).rounded()) / 10) % vs \(Int(($0.chance * 1000).rounded()) / 10) % over \($0.questions)"
        }
        .joined(separator: "\n")
    }

    @Test func noStrategyBeatsChanceOnThousandsOfRandomDecks() {
        var totals = Strategy.allCases.map { StrategyScore(strategy: $0) }
        for seed in UInt64(1)...1000 {
            var decks = RandomDecks(seed: seed)
            let deck = decks.deck(size: 14)
            for (i, s) in TestWiseStudent.score(deck: deck, seeds: [seed], referenceYear: 2026).enumerated() { totals[i].add(s) }
        }
        for s in totals where s.questions > 0 {
            #expect(s.margin <= Self.allowance, "\(s.strategy) scores \(s.rate) against chance \(s.chance) over \(s.questions) questions")
        }
        print(Self.report(totals))
    }

    @Test(arguments: TestDecks.allDeckPaths)
    func noStrategyBeatsChanceOnEveryShippedAndFixtureDeck(_ path: String) throws {
        let deck = try TestDecks.load(path)
        let scores = TestWiseStudent.score(deck: deck, seeds: 1...20, referenceYear: 2026)
        for s in scores where s.questions > 0 {
            #expect(
                s.margin <= Self.allowance,
                "\(deck.id): \(s.strategy) scores \(s.rate) against chance \(s.chance) over \(s.questions) questions")
        }
    }
}
