import Drafting
import Facts
import Foundation
import Testing

/// Drafts each article and scores it against its gold deck, section by section.
///
/// `swift test --filter DraftQualityTests` prints the table (recall and precision per section and article);
/// `DRAFT_DETAILS=1` adds what was missed and what was drafted beyond the gold deck. The aims: recall of at
/// least 95 % for dates and figures and 90 % for people, quotes and terms; precision of at least 85 %.
@Suite struct DraftQualityTests {
    static let sections: [FactSection] = [.events, .figures, .people, .quotes, .terms]

    static func recallAim(_ section: FactSection) -> Double { section == .events || section == .figures ? 0.95 : 0.90 }
    static let precisionAim = 0.85

    /// Where a developed article falls short of an aim, the score it must not fall below, so that the shortfall
    /// stays visible here and in docs/drafting.md rather than hidden in a lowered aim.
    static let knownShortfalls: [String: [FactSection: (recall: Double, precision: Double)]] = [
        "curie-radioactivity": [.terms: (0.66, 0.85)],
        "panama-canal": [.terms: (0.80, 0.85)],
        "apollo-11": [.figures: (0.80, 0.85), .terms: (0.50, 0.85)],
        "roman-republic": [.figures: (0.83, 0.85), .people: (0.81, 0.85), .terms: (0.66, 0.85)],
        "great-fire-london": [.terms: (0.83, 0.83)],
        "dna-double-helix": [.events: (0.95, 0.90), .quotes: (0, 0), .terms: (0.42, 0.85)],
    ]

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
                return "\(pct(s.recall)) / \(s.drafted == 0 ? "—" : pct(s.precision)) (\(s.matched)/\(s.gold), \(s.drafted))"
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

    static func report(_ title: String, _ scores: [(String, GoldComparison)]) {
        print("\(title) (recall / precision, matched/gold, drafted):\n" + table(scores))
        if ProcessInfo.processInfo.environment["DRAFT_DETAILS"] == "1" { print(details(scores)) }
    }

    @Test func developedArticlesReachTheAims() throws {
        let scores = try Self.scores(Articles.developed)
        Self.report("Developed articles", scores)
        for (name, comparison) in scores {
            for section in Self.sections {
                let s = try #require(comparison.sections[section])
                let floor = Self.knownShortfalls[name]?[section]
                #expect(s.recall >= (floor?.recall ?? Self.recallAim(section)), "\(name) \(section.rawValue) recall \(s.recall)")
                #expect(s.precision >= (floor?.precision ?? Self.precisionAim), "\(name) \(section.rawValue) precision \(s.precision)")
            }
        }
    }

    @Test func heldOutArticlesAreScored() throws {
        let scores = try Self.scores(Articles.heldOut)
        Self.report("Held-out articles, written last", scores)
        // Reported, not held to the aims: they measure how the rules generalise. They must still draft.
        for (name, comparison) in scores {
            let found = Self.sections.reduce(0) { $0 + (comparison.sections[$1]?.matched ?? 0) }
            #expect(found > 0, "\(name): nothing of the gold deck was found")
        }
    }
}
