import Foundation
import Testing

@Suite struct ProgressExportCommandTests {
    static let log = """
        learner,card,reviewed_at,rating,duration_ms,source,answer,correct
        alice,d/events/e/date,2026-01-01T00:00:00.123456Z,good,4000,study,"1945, August",true
        alice,d/events/e/date,2026-01-01T00:10:00Z,again,,,,
        bob,d/people/p/born,2026-01-02T09:00:00+09:00,easy,,paper,,false
        alice,d/events/e/date,2026-01-05T00:10:00Z,hard,,cram,,

        """

    @Test(arguments: ["csv", "jsonl"])
    func anExportImportedElsewhereGivesTheSameCards(format: String) throws {
        let first = try RecallBinary.temporaryDirectory()
        try Self.log.write(to: first.appendingPathComponent("log.csv"), atomically: true, encoding: .utf8)
        #expect(try RecallBinary.run(["progress", "import", "log.csv"], in: first).status == 0)
        let exported = try RecallBinary.run(["progress", "export", "--format", format, "--output", "out.\(format)"], in: first)
        #expect(exported.status == 0, "\(exported.stderr)")

        let second = try RecallBinary.temporaryDirectory()
        try FileManager.default.copyItem(
            at: first.appendingPathComponent("out.\(format)"), to: second.appendingPathComponent("in.\(format)"))
        let imported = try RecallBinary.run(["progress", "import", "in.\(format)"], in: second)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.hasPrefix("Imported 4 reviews"))

        for (card, learner) in [("d/events/e/date", "alice"), ("d/people/p/born", "bob")] {
            let a = try RecallBinary.run(["card", card, "--learner", learner, "--json"], in: first)
            let b = try RecallBinary.run(["card", card, "--learner", learner, "--json"], in: second)
            // Retrievability is "now", a moment apart; everything else must agree.
            let strip = { (text: String) in text.split(separator: "\n").filter { !$0.contains("retrievability") } }
            #expect(strip(a.stdout) == strip(b.stdout))
        }
        let again = try RecallBinary.run(["progress", "export", "--format", format], in: second)
        #expect(again.stdout == (try String(contentsOf: first.appendingPathComponent("out.\(format)"), encoding: .utf8)))
    }

    @Test func oneLearnersReviewsOnlyAndJSONLinesCarryTheirFormat() throws {
        let folder = try RecallBinary.temporaryDirectory()
        try Self.log.write(to: folder.appendingPathComponent("log.csv"), atomically: true, encoding: .utf8)
        #expect(try RecallBinary.run(["progress", "import", "log.csv"], in: folder).status == 0)
        let bob = try RecallBinary.run(["progress", "export", "--learner", "bob", "--format", "jsonl"], in: folder)
        let lines = bob.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines[0].contains(#""format":1"#) && lines[0].contains(#""reviewed_at":"2026-01-02T00:00:00Z""#))
        #expect(lines[0].contains(#""correct":false"#) && lines[0].contains(#""source":"paper""#))
    }
}
