import Foundation
import Testing

/// `recall progress import`, run as a user would, each test in a fresh folder with its own progress file.
@Suite struct ProgressImportCommandTests {
    static let history = """
        learner,card,reviewed_at,rating
        alice,d/events/e/date,2026-01-01T00:00:00Z,good
        alice,d/events/e/date,2026-01-01T00:10:00Z,good
        alice,d/events/e/date,2026-01-03T00:10:00Z,again
        alice,d/events/e/date,2026-01-03T00:20:00Z,hard
        alice,d/events/e/date,2026-01-03T00:35:00Z,easy

        """

    func folder(with files: [String: String]) throws -> URL {
        let folder = try RecallBinary.temporaryDirectory()
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return folder
    }

    func cardJSON(_ card: String, learner: String, in folder: URL) throws -> [String: Any] {
        let result = try RecallBinary.run(["card", card, "--learner", learner, "--json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func importsIntoTheDefaultFileAndReplaysAsPyFSRSDoes() throws {
        let folder = try folder(with: ["h.csv": Self.history])
        #expect(try RecallBinary.run(["settings", "fuzz", "off"], in: folder).status == 0)
        let result = try RecallBinary.run(["progress", "import", "h.csv"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout == "Imported 5 reviews into Progress/recall.sqlite: 1 learner, 1 card, from 1 file.\n")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Progress/recall.sqlite").path))

        // py-fsrs 6.3.2, fuzz off, the same history (docs/toolchain notes' worked example).
        let card = try cardJSON("d/events/e/date", learner: "alice", in: folder)
        let history = try #require(card["history"] as? [[String: Any]])
        #expect(history.map { $0["stability"] as? Double } == [2.3065, 2.3065, 0.6077016626638644, 0.6077016626638644, 1.1350513376989504])
        #expect(
            history.map { $0["difficulty"] as? Double } == [
                2.118103970459016, 2.111214235785395, 7.392238132342694, 8.254074519842886, 7.655895953798593,
            ])
        #expect(
            history.map { $0["due"] as? String } == [
                "2026-01-01T00:10:00Z", "2026-01-03T00:10:00Z", "2026-01-03T00:20:00Z", "2026-01-03T00:35:00Z", "2026-01-04T00:35:00Z",
            ])
        #expect(history.map { $0["rating"] as? String } == ["good", "good", "again", "hard", "easy"])
        #expect(history.map { $0["reviewed_at"] as? String }.first == "2026-01-01T00:00:00Z")
        let current = try #require((card["current"] as? [[String: Any]])?.first)
        #expect(current["state"] as? String == "review")
        #expect(current["stability"] as? Double == 1.1350513376989504)
        #expect(current["due"] as? String == "2026-01-04T00:35:00Z")
        #expect(current["retrievability"] is Double)
    }

    @Test func importingTwiceChangesNothing() throws {
        let folder = try folder(with: ["h.csv": Self.history])
        #expect(try RecallBinary.run(["progress", "import", "h.csv"], in: folder).status == 0)
        let before = try cardJSON("d/events/e/date", learner: "alice", in: folder)
        let again = try RecallBinary.run(["progress", "import", "h.csv", "--json"], in: folder)
        #expect(again.status == 0)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        #expect(summary["added"] as? Int == 0 && summary["already_present"] as? Int == 5)
        let after = try cardJSON("d/events/e/date", learner: "alice", in: folder)
        #expect(NSDictionary(dictionary: before).isEqual(to: after))
    }

    @Test func aBadRowImportsNothingAndNamesItsLine() throws {
        let folder = try folder(with: [
            "a.csv": Self.history,
            "b.csv": "learner,card,reviewed_at,rating\nbob,c,2026-01-01T00:00:00Z,good\nbob,c,2026-01-02T00:00:00Z,goood\n",
        ])
        let result = try RecallBinary.run(["progress", "import", "a.csv", "b.csv"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "recall: b.csv:3: rating 'goood' is not again, hard, good, easy or 1–4; nothing was imported\n")
        let export = try RecallBinary.run(["progress", "export"], in: folder)
        #expect(export.stdout == "learner,card,reviewed_at,rating,duration_ms,source,answer,correct,id,question_form\n")
    }

    @Test func aFolderImportsEveryFileInItAndJSONLinesToo() throws {
        let folder = try folder(with: [
            "logs/1.csv": Self.history,
            "logs/2.jsonl": #"{"format":1,"learner":"bob","card":"d/events/e/date","reviewed_at":"2026-02-01T08:00:00+01:00","rating":3}"#
                + "\n",
        ])
        let result = try RecallBinary.run(["progress", "import", "logs"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Imported 6 reviews into Progress/recall.sqlite: 2 learners, 2 cards, from 2 files.\n")
        let bob = try cardJSON("d/events/e/date", learner: "bob", in: folder)
        #expect((bob["history"] as? [[String: Any]])?.first?["reviewed_at"] as? String == "2026-02-01T07:00:00Z")
    }

    @Test func theProgressFileComesFromTheOptionOrTheEnvironment() throws {
        let folder = try folder(with: ["h.csv": Self.history])
        #expect(try RecallBinary.run(["progress", "import", "h.csv", "--progress", "mine.sqlite"], in: folder).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("mine.sqlite").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Progress").path))
        let viaEnvironment = try RecallBinary.run(
            ["card", "d/events/e/date", "--learner", "alice", "--json"], in: folder, environment: ["RECALL_PROGRESS": "mine.sqlite"])
        #expect(viaEnvironment.stdout.contains("\"reviewed_at\" : \"2026-01-03T00:35:00Z\""))
        let missing = try RecallBinary.run(["progress", "import", "h.csv", "--progress", "no/such/folder/p.sqlite"], in: folder)
        #expect(missing.status == 1)
        #expect(
            missing.stderr
                == "recall: cannot open the progress file 'no/such/folder/p.sqlite': the folder 'no/such/folder' does not exist\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("no").path))
    }

    @Test func aFileThatIsNotAProgressFileIsLeftAlone() throws {
        let folder = try folder(with: ["h.csv": Self.history, "notes.txt": "my notes\n"])
        let result = try RecallBinary.run(["progress", "import", "h.csv", "--progress", "notes.txt"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.stderr == "recall: 'notes.txt' is not a Recall progress file (it is not an SQLite database); it was left untouched\n")
        #expect(try String(contentsOf: folder.appendingPathComponent("notes.txt"), encoding: .utf8) == "my notes\n")
    }
}
