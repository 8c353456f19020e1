import Facts
import Questions
import Scheduling
import SeededRandom

extension TestWiseStudent {
    /// Each strategy's score over the banks of one deck drawn with each seed: many draws of the same facts,
    /// so that what a strategy gains is the generator's habit rather than one draw's luck.
    public static func score(deck: Deck, seeds: some Sequence<UInt64>, referenceYear: Int, strategies: [Strategy] = Strategy.allCases)
        -> [StrategyScore]
    {
        let generator = QuestionGenerator(deck: deck, options: .init(referenceYear: referenceYear))
        let student = TestWiseStudent(deck: deck, referenceYear: referenceYear)
        var totals = strategies.map { StrategyScore(strategy: $0) }
        for seed in seeds {
            var rng = SeededGenerator(seed: seed)
            let bank = generator.bank(using: &rng)
            for (i, score) in student.score(bank.questions, strategies: strategies).enumerated() { totals[i].add(score) }
        }
        return totals
    }

    /// A table of scores, one row per strategy: questions played, share right, chance, margin.
    public static func table(_ scores: [StrategyScore], title: String) -> String {
        var lines = [title, "  strategy            questions   right  chance  margin"]
        for s in scores where s.questions > 0 {
            let name = s.strategy.rawValue.padding(toLength: 18, withPad: " ", startingAt: 0)
            let count = String(s.questions).leftPadded(9)
            lines.append("  \(name)  \(count)  \(percent(s.rate))  \(percent(s.chance))  \(signed(s.margin))")
        }
        return lines.joined(separator: "\n")
    }

    static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded())) %".leftPadded(6) }

    static func signed(_ x: Double) -> String {
        let points = (x * 1000).rounded() / 10
        return ((points > 0 ? "+" : "") + String(points)).leftPadded(6)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
