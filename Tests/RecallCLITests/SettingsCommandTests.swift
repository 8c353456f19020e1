import Foundation
import Testing

@Suite struct SettingsCommandTests {
    @Test func settingsAreListedSetReadAndReset() throws {
        let folder = try RecallBinary.temporaryDirectory()
        let list = try RecallBinary.run(["settings"], in: folder)
        #expect(list.status == 0)
        #expect(list.stdout.hasPrefix("Settings for everyone:\nKEY "))
        #expect(list.stdout.contains("desired-retention  0.9       default  0.70–0.99"))
        #expect(list.stdout.contains("fsrs-parameters    defaults  default  21 numbers"))
        #expect(
            list.stdout.hasSuffix(
                "FSRS-6 parameters (the defaults; recall optimize fits them to your reviews):\n  0.2120 1.2931 2.3065 8.2956 6.4133 0.8334 3.0194 0.0010 1.8722 0.1666 0.7960\n  1.4835 0.0614 0.2629 1.6483 0.6014 1.8729 0.5425 0.0912 0.0658 0.1542\n"
            ))

        #expect(
            try RecallBinary.run(["settings", "desired-retention", "0.85"], in: folder).stdout == "desired-retention = 0.85 for everyone\n")
        #expect(
            try RecallBinary.run(["settings", "--learner", "alice", "desired-retention", "0.95"], in: folder).stdout
                == "desired-retention = 0.95 for alice\n")
        #expect(try RecallBinary.run(["settings", "--learner", "alice", "desired-retention"], in: folder).stdout == "0.95\n")
        #expect(try RecallBinary.run(["settings", "--learner", "bob", "desired-retention"], in: folder).stdout == "0.85\n")
        let reset = try RecallBinary.run(["settings", "--learner", "alice", "--reset", "desired-retention"], in: folder)
        #expect(reset.stdout == "desired-retention reset for alice: now 0.85 (global)\n")

        let json = try RecallBinary.run(["settings", "--learner", "alice", "fuzz", "--json"], in: folder)
        let row = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(row["key"] as? String == "fuzz" && row["value"] as? String == "on" && row["source"] as? String == "default")
    }

    @Test func badValuesAndKeysAreRefusedWithWhatIsAllowed() throws {
        let folder = try RecallBinary.temporaryDirectory()
        let value = try RecallBinary.run(["settings", "desired-retention", "0.5"], in: folder)
        #expect(value.status == 1)
        #expect(value.stderr == "recall: desired-retention must be 0.70–0.99; got '0.5'\n")
        let hour = try RecallBinary.run(["settings", "day-rollover", "25"], in: folder)
        #expect(hour.stderr == "recall: day-rollover must be 0–23; got '25'\n")
        let key = try RecallBinary.run(["settings", "fuz", "off"], in: folder)
        #expect(key.status == 1)
        #expect(key.stderr.hasPrefix("recall: unknown setting 'fuz' (did you mean fuzz?)"))
    }
}
