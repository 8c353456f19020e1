import Foundation
import Testing

/// `recall simulate` on the shipped decks, as a user would run it.
@Suite struct SimulateCommandTests {
    @Test func comparesRetentionsAndMarksTheBest() throws {
        let folder = try RecallBinary.temporaryDirectory()
        let progress = folder.appendingPathComponent("p.sqlite").path
        let arguments = ["simulate", "--learner", "dana", "--progress", progress, "--days", "120"]
        let result = try RecallBinary.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0].hasPrefix("dana: ") && lines[0].hasSuffix(" new) over 120 days, FSRS parameters from default, seed 42."))
        #expect(lines[2].hasPrefix("RETENTION  REVIEWS/DAY  MINUTES/DAY"))
        #expect(lines.filter { $0.hasPrefix("0.") }.count == 28)
        #expect(result.stdout.components(separatedBy: "◀ most knowledge per minute").count == 2)
        #expect(lines.contains { $0.hasPrefix("0.90 ") && $0.hasSuffix("(current)") })
        #expect(result.stdout.contains("Most knowledge per minute at 0."))
        // Seeded: the same figures every time.
        #expect(try RecallBinary.run(arguments).stdout == result.stdout)
    }

    @Test func writesJSONAndAnSVGChart() throws {
        let folder = try RecallBinary.temporaryDirectory()
        let chart = folder.appendingPathComponent("chart.svg").path
        let result = try RecallBinary.run([
            "simulate", "--learner", "dana", "--progress", folder.appendingPathComponent("p.sqlite").path, "--days", "60",
            "--retention", "0.80-0.95", "--step", "0.05", "--cards", "500", "--output", chart, "--json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let rows = try #require(summary["retentions"] as? [[String: Any]])
        #expect(rows.map { $0["retention"] as? Double } == [0.8, 0.85, 0.9, 0.95])
        #expect(summary["new_cards"] as? Int == 500 && summary["days"] as? Int == 60)
        #expect((rows.last?["minutes_by_day"] as? [Double])?.count == 60)
        let svg = try String(contentsOfFile: chart, encoding: .utf8)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("most knowledge per minute: "))
        #expect(svg.hasSuffix("</svg>\n"))
    }

    @Test func refusesABadRange() throws {
        let result = try RecallBinary.run(["simulate", "--retention", "0.97-0.70"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--retention must be a retention such as 0.9 or a range such as 0.70-0.97"))
    }
}
