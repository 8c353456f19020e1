/// Choosing a balanced quiz from a question bank.
///
/// The rules: at most one question per fact (a matching or ordering question counts for every fact it draws on); no question that gives away another's answer; and, as far as
/// the bank allows, an even spread across deck sections, question kinds and difficulty (easy, medium, hard
/// thirds). Ties are broken at random, so a seed decides the quiz.
public struct QuizSelection: Sendable {
    /// How many questions to choose.
    public var count: Int
    /// The kinds allowed; nil for all.
    public var kinds: Set<QuizQuestionKind>?

    public init(count: Int, kinds: Set<QuizQuestionKind>? = nil) {
        self.count = count
        self.kinds = kinds
    }

    /// The chosen questions, in the order chosen.
    public func choose(from bank: [QuizQuestion], using generator: inout some RandomNumberGenerator) -> [QuizQuestion] {
        let pool = generator.shuffle(bank.filter { kinds?.contains($0.kind) ?? true })
        guard count > 0, !pool.isEmpty else { return [] }

        let profiles = pool.map(Giveaways.Profile.init)
        let band = pool.map { Self.band(of: $0.difficulty) }
        // How many of each the quiz would hold if the bank allowed a perfectly even spread.
        let fair = { (distinct: Int) in max(1.0, Double(count) / Double(max(1, distinct))) }
        let sectionShare = fair(Set(pool.map(\.section)).count)
        let kindShare = fair(Set(pool.map(\.kind)).count)
        let bandShare = fair(Set(band).count)

        var sectionCount: [String: Int] = [:]
        var kindCount: [QuizQuestionKind: Int] = [:]
        var bandCount: [Int: Int] = [:]
        var usedFacts: Set<String> = []
        var open = Array(pool.indices)
        var chosen: [Int] = []

        while chosen.count < count {
            open.removeAll { !usedFacts.isDisjoint(with: pool[$0].facts) }
            // The least represented section weighs most, then kind, then difficulty.
            func score(_ i: Int) -> Double {
                let q = pool[i]
                return 4 * Double(sectionCount[q.section, default: 0]) / sectionShare
                    + 2 * Double(kindCount[q.kind, default: 0]) / kindShare
                    + Double(bandCount[band[i], default: 0]) / bandShare
            }
            let ranked = open.enumerated().map { (score: score($0.element), rank: $0.offset, index: $0.element) }
                .sorted { ($0.score, $0.rank) < ($1.score, $1.rank) }
            var picked: Int?
            var conflicting: Set<Int> = []
            for candidate in ranked {
                if chosen.contains(where: { Giveaways.conflict(profiles[$0], profiles[candidate.index]) }) {
                    conflicting.insert(candidate.index)
                    continue
                }
                picked = candidate.index
                break
            }
            open.removeAll { conflicting.contains($0) }
            guard let index = picked else { break }
            let q = pool[index]
            chosen.append(index)
            usedFacts.formUnion(q.facts)
            sectionCount[q.section, default: 0] += 1
            kindCount[q.kind, default: 0] += 1
            bandCount[band[index], default: 0] += 1
        }
        return chosen.map { pool[$0] }
    }

    /// 0 easy, 1 medium, 2 hard.
    static func band(of difficulty: Double) -> Int {
        difficulty < 1.0 / 3 ? 0 : difficulty < 2.0 / 3 ? 1 : 2
    }
}
