import Foundation
import Testing

@Suite struct CardCommandTests {
    @Test func aCardNeverReviewedIsNew() throws {
        let folder = try RecallBinary.temporaryDirectory()
        let result = try RecallBinary.run(["card", "d/events/e/date", "--learner", "alice", "--json"], in: folder)
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((json["history"] as? [Any])?.isEmpty == true)
        let current = try #require((json["current"] as? [[String: Any]])?.first)
        #expect(current["state"] as? String == "new")
        #expect(current["stability"] is NSNull && current["due"] is NSNull)
        let text = try RecallBinary.run(["card", "d/events/e/date", "--learner", "alice"], in: folder)
        #expect(text.stdout == "d/events/e/date — alice\nNever reviewed: the card is new.\n")
    }

    @Test func theReadableFormShowsTheStateAndATableOfReviews() throws {
        let folder = try RecallBinary.temporaryDirectory()
        try "learner,card,reviewed_at,rating\nalice,c,2026-01-01T00:00:00Z,good\nalice,c,2026-01-01T00:10:00Z,easy\n"
            .write(to: folder.appendingPathComponent("h.csv"), atomically: true, encoding: .utf8)
        #expect(try RecallBinary.run(["settings", "fuzz", "off"], in: folder).status == 0)
        #expect(try RecallBinary.run(["progress", "import", "h.csv"], in: folder).status == 0)
        let result = try RecallBinary.run(["card", "c", "--learner", "alice"], in: folder, environment: ["TZ": "UTC"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "c — alice")
        #expect(lines[1].hasPrefix("State: review, stability "))
        #expect(lines.contains("REVIEWED          RATING  SOURCE  STATE     STABILITY  DIFFICULTY  DUE"))
        #expect(lines.contains { $0.hasPrefix("2026-01-01 00:00  good    import  learning  2.31       2.12        2026-01-01 00:10") })
    }

    @Test func theLearnerDefaultsToTheLoginName() throws {
        let folder = try RecallBinary.temporaryDirectory()
        try "learner,card,reviewed_at,rating\nkeiko,c,2026-01-01T00:00:00Z,good\n"
            .write(to: folder.appendingPathComponent("h.csv"), atomically: true, encoding: .utf8)
        #expect(try RecallBinary.run(["progress", "import", "h.csv"], in: folder).status == 0)
        let result = try RecallBinary.run(["card", "c", "--json"], in: folder, environment: ["USER": "keiko"])
        #expect(result.stdout.contains("\"learner\" : \"keiko\""))
        #expect(result.stdout.contains("\"reviewed_at\" : \"2026-01-01T00:00:00Z\""))
    }
}
