import Foundation
import Testing

@Suite struct StatsCommandTests {
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
        #expect(try RecallBinary.run(["progress", "import", "h.csv"], in: folder).status == 0)
        let result = try RecallBinary.run(["stats", "--learner", "alice", "--json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let cards = try #require(json["cards"] as? [String: Any])
        #expect(cards["review"] as? Int == 1 && cards["learning"] as? Int == 1 && cards["seen"] as? Int == 2)
        #expect((json["reviews_per_day"] as? [Any])?.count == 30)
        #expect(json["total_reviews"] as? Int == 3)
        let month = try #require((json["retention"] as? [String: Any])?["month"] as? [String: Any])
        let young = try #require(month["young"] as? [String: Any])
        #expect(young["passed"] as? Int == 1 && young["failed"] as? Int == 0 && young["rate"] as? Double == 1)
        let text = try RecallBinary.run(["stats", "--learner", "alice"], in: folder)
        #expect(text.stdout.hasPrefix("alice: 2 cards studied — 1 learning, 1 review, 0 relearning\n"))
        #expect(text.stdout.contains("TRUE RETENTION"))
    }
}
