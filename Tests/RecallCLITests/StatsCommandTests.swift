import Foundation
import Testing

@Suite struct StatsCommandTests {
    /// Three events; the log reviews the cards d/events/a/date and d/events/b/date.
    static let deck = """
        id: d
        title: Three dates
        events:
          a: {date: 1945-08-09, event: The Soviet Union invades Manchuria}
          b: {date: 1945-09-02, event: Japan signs the instrument of surrender}
          c: {date: 1956-10-19, event: The Soviet–Japanese Joint Declaration is signed}

        """

    @Test func statsCountCardsByStateAndRetention() throws {
        let folder = try RecallBinary.temporaryDirectory()
        // Reviews "today" so they fall inside the last 30 days whenever the test runs.
        let formatter = ISO8601DateFormatter()
        let now = Date()
        func ago(_ hours: Double) -> String { formatter.string(from: now.addingTimeInterval(-hours * 3600)) }
        let log = """
            learner,card,reviewed_at,rating
            alice,d/events/a/date,\(ago(24 * 20)),easy
            alice,d/events/a/date,\(ago(1)),good
            alice,d/events/b/date,\(ago(2)),again

            """
        try log.write(to: folder.appendingPathComponent("h.csv"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Decks"), withIntermediateDirectories: true)
        try Self.deck.write(to: folder.appendingPathComponent("Decks/d.yaml"), atomically: true, encoding: .utf8)
        #expect(try RecallBinary.run(["progress", "import", "h.csv"], in: folder).status == 0)
        let result = try RecallBinary.run(["stats", "--learner", "alice", "--json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let cards = try #require(json["cards"] as? [String: Any])
        #expect(cards["review"] as? Int == 1 && cards["learning"] as? Int == 1 && cards["seen"] as? Int == 2)
        #expect(cards["new"] as? Int == 4)  // six cards (each event by its date and by what happened), two seen
        #expect((json["reviews_per_day"] as? [Any])?.count == 30)
        #expect(json["total_reviews"] as? Int == 3)
        let month = try #require((json["retention"] as? [String: Any])?["month"] as? [String: Any])
        let young = try #require(month["young"] as? [String: Any])
        #expect(young["passed"] as? Int == 1 && young["total"] as? Int == 1 && young["rate"] as? Double == 1)
        let text = try RecallBinary.run(["stats", "--learner", "alice"], in: folder)
        #expect(text.stdout.hasPrefix("alice: 2 cards studied — 1 learning, 1 review, 0 relearning; 4 new\n"))
        #expect(text.stdout.contains("TRUE RETENTION"))
    }
}
