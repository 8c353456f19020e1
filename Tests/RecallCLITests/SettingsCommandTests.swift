import Foundation
import Testing

@Suite struct SettingsCommandTests {
    @Test func settingsAreListedSetReadAndReset() throws {
        let folder = try RecallBinary.temporaryDirectory()
        let list = try RecallBinary.run(["settings"], in: folder)
        #expect(list.status == 0)
        #expect(list.stdout.hasPrefix("Settings for everyone:\nKEY "))
        #expect(list.stdout.contains("desired-retention  0.9     default  0.70–0.99"))

        #expect(try RecallBinary.run(["settings", "desired-retention", "0.85"], in: folder).stdout == "desired-retention = 0.85 for everyone\n")
        #expect(try RecallBinary.run(["settings", "--learner", "alice", "desired-retention", "0.95"], in: folder).stdout == "desired-retention = 0.95 for alice\n")
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
