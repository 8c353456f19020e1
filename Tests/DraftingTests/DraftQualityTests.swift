import Drafting
import Facts
import Foundation
import Testing

/// Drafts each article and scores it against its gold deck, section by section.
///
/// `swift test --filter DraftQualityTests` prints the table (recall and precision per section and article);
/// `DRAFT_DETAILS=1` adds what was missed and what was drafted beyond the gold deck.
@Suite struct DraftQualityTests {
    static let sections: [FactSection] = [.events, .figures, .people, .quotes, .terms]

    static func scores(_ names: [String]) throws -> [(String, GoldComparison)] {
        try names.map { name in
            let sample = try Articles.sample(name)
            let draft = try #require(Articles.draft(sample.text, id: name))
            return (name, GoldComparison(draft: draft.deck, gold: sample.gold))
        }
    }

    static func table(_ scores: [(String, GoldComparison)]) -> String {
        var lines = ["| article | " + sections.map { "\($0.rawValue) R / P" }.joined(separator: " | ") + " |"]
        lines.append("|---|" + sections.map { _ in "---|" }.joined())
        func pct(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }
        for (name, comparison) in scores {
            let cells = sections.map { section -> String in
                guard let s = comparison.sections[section] else { return "—" }
                return "\(pct(s.recall)) / \(pct(s.precision)) (\(s.matched)/\(s.gold), \(s.drafted))"
            }
            lines.append("| \(name) | " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    static func details(_ scores: [(String, GoldComparison)]) -> String {
        var out: [String] = []
        for (name, comparison) in scores {
            for section in sections {
                guard let s = comparison.sections[section], !s.missed.isEmpty || !s.extra.isEmpty else { continue }
                out.append("\(name) \(section.rawValue):")
                for m in s.missed { out.append("  missed: \(m)") }
                for e in s.extra { out.append("  extra:  \(e)") }
            }
        }
        return out.joined(separator: "\n")
    }

    @Test func developedArticlesReachTheAims() throws {
        let scores = try Self.scores(Articles.developed)
        print("Drafts against gold decks (recall / precision, matched/gold, drafted):\n" + Self.table(scores))
        if ProcessInfo.processInfo.environment["DRAFT_DETAILS"] == "1" { print(Self.details(scores)) }
    }
}
