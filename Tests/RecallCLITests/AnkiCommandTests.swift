import AnkiPackage
import Foundation
import Testing

/// `recall anki import` and `recall anki export`, run as a user would on Anki's own packages.
@Suite struct AnkiCommandTests {
    static let fixtures = RecallBinary.repository.appendingPathComponent("Tests/Fixtures/Anki")
    static let zstdBuilt = FileManager.default.isExecutableFile(
        atPath: RecallBinary.url.deletingLastPathComponent().appendingPathComponent("recall-zstd").path)
    static let zstdMissing = Comment(
        rawValue: "recall-zstd is not built (it needs libzstd-dev): run scripts/build-zstd.sh")

    /// A fresh folder with an empty `Decks/`.
    func workspace() throws -> URL {
        let folder = try RecallBinary.temporaryDirectory()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Decks"), withIntermediateDirectories: true)
        return folder
    }

    func fixture(_ name: String) -> String { Self.fixtures.appendingPathComponent(name).path }

    /// The folder's files and their bytes (to show nothing changed).
    func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let name = enumerator?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) { files[name] = data }
        }
        return files
    }

    @Test func importsALegacyPackageAsADeckThatChecksClean() throws {
        let folder = try workspace()
        let result = try RecallBinary.run(["anki", "import", fixture("notes-legacy.apkg")], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Imported 10 notes of 12 as deck fixtures-kinds (Decks/fixtures-kinds.yaml): 16 cards of 18.\n")
        #expect(
            result.stderr == """
                recall: warning: 1 image (cat.jpg) and 1 sound (meow.mp3) left out: Recall's cards are text
                recall: warning: the tags of 1 note (geo) left out: Recall's decks have no tags
                recall: warning: 1 note (1 card) of note type “Basic” left out: a side that is only pictures or sounds
                recall: warning: 1 note (1 card) of note type “Image Occlusion” left out: image occlusion, which Recall cannot show

                """)
        let check = try RecallBinary.run(["check"], in: folder)
        #expect(check.status == 0)
        #expect(check.stdout == "Decks/fixtures-kinds.yaml: ok: fixtures-kinds, 11 facts (11 cards)\n")
        let bank = try RecallBinary.run(["questions", "fixtures-kinds", "--json"], in: folder)
        #expect(bank.status == 0)
        #expect(bank.stdout.contains("\"prompt\" : \"_____ is the capital of Australia.\""))
    }

    @Test func importingAgainUpdatesInsteadOfDuplicating() throws {
        let folder = try workspace()
        let arguments = ["anki", "import", fixture("year-legacy.apkg"), "--deck", "year", "--learner", "anna"]
        let first = try RecallBinary.run(arguments, in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Imported 23 notes of 23 as deck year (Decks/year.yaml): 35 cards of 35."))
        #expect(first.stdout.contains("Due dates kept from Anki for "))
        #expect(first.stdout.contains("Not replayed: "))
        let deck = try String(contentsOf: folder.appendingPathComponent("Decks/year.yaml"), encoding: .utf8)
        let second = try RecallBinary.run(arguments, in: folder)
        #expect(second.status == 0)
        #expect(second.stdout.contains("Replaced the earlier import: 0 added, 23 updated, 0 removed."))
        #expect(second.stdout.contains("Reviews for anna: 0 imported, "))
        #expect(try String(contentsOf: folder.appendingPathComponent("Decks/year.yaml"), encoding: .utf8) == deck)
        let stats = try RecallBinary.run(["stats", "--learner", "anna", "--json"], in: folder)
        #expect(stats.stdout.contains("\"review\" : 35"))
    }

    @Test(.enabled(if: zstdBuilt, zstdMissing))
    func importsAPackageInAnkisCurrentFormat() throws {
        let folder = try workspace()
        let result = try RecallBinary.run(["anki", "import", fixture("year.apkg"), "--learner", "anna", "--json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(summary["deck"] as? String == "fixtures-year")
        let reviews = try #require(summary["reviews"] as? [String: Int])
        #expect(reviews["imported"]! > 300)
        #expect(reviews["schedule_changes"] == 2)
    }

    @Test func badInputWritesNothing() throws {
        let folder = try workspace()
        #expect(try RecallBinary.run(["anki", "import", fixture("notes-legacy.apkg"), "--learner", "anna"], in: folder).status == 0)
        let before = snapshot(folder)
        try Data("not a zip".utf8).write(to: folder.appendingPathComponent("bad.apkg"))
        let notZip = try RecallBinary.run(["anki", "import", "bad.apkg", "--deck", "fixtures-kinds", "--learner", "anna"], in: folder)
        #expect(notZip.status == 1)
        #expect(
            notZip.stderr
                == "recall: bad.apkg is not an Anki package: an .apkg file is a zip archive, and this is not one; nothing was imported\n")
        let missing = try RecallBinary.run(["anki", "import", "nope.apkg"], in: folder)
        #expect(missing.stderr == "recall: nope.apkg: no such file; nothing was imported\n")
        var after = snapshot(folder)
        after.removeValue(forKey: "bad.apkg")
        #expect(after == before)
    }

    @Test func aDeckThatDidNotComeFromAnkiIsNotReplaced() throws {
        let folder = try workspace()
        let mine = "id: fixtures-kinds\ntitle: Mine\nterms:\n  a:\n    term: A\n    definition: The first letter\n"
        try mine.write(to: folder.appendingPathComponent("Decks/fixtures-kinds.yaml"), atomically: true, encoding: .utf8)
        let result = try RecallBinary.run(["anki", "import", fixture("notes-legacy.apkg")], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("holds facts that did not come from Anki: import with --deck ID"))
        #expect(try String(contentsOf: folder.appendingPathComponent("Decks/fixtures-kinds.yaml"), encoding: .utf8) == mine)
    }

    @Test func exportsADeckWithTheLearnersSchedule() throws {
        let folder = try workspace()
        #expect(
            try RecallBinary.run(["anki", "import", fixture("year-legacy.apkg"), "--deck", "year", "--learner", "anna"], in: folder).status
                == 0)
        let result = try RecallBinary.run(["anki", "export", "year", "--learner", "anna", "--output", "year.apkg"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Exported deck year to year.apkg: 23 notes, 35 cards; anna's schedule for 35 cards and "))
        let package = try AnkiPackageReader(decoder: nil).read(path: folder.appendingPathComponent("year.apkg").path)
        let original = try AnkiPackageReader(decoder: nil).read(path: fixture("year-legacy.apkg"))
        // The same notes: GUIDs and note ids kept, one card per card.
        #expect(Set(package.collection.notes.map(\.guid)) == Set(original.collection.notes.map(\.guid)))
        #expect(Set(package.collection.notes.map(\.id)) == Set(original.collection.notes.map(\.id)))
        #expect(package.collection.cards.count == original.collection.cards.count)
        #expect(package.collection.decks.map(\.name).contains("Fixtures::Year"))
        #expect(package.collection.cards.allSatisfy { $0.type == .review || $0.type == .relearning || $0.type == .learning })
        // Every answer comes back (crammed and pre-reset ones as cramming).
        #expect(package.collection.revlog.count == original.collection.revlog.filter { $0.ease > 0 }.count)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["Decks", "Progress", "year.apkg"])
        // The schedule goes on where Anki left it: every card Anki had in review is due on the same day.
        let exported = Dictionary(package.collection.cards.map { ("\($0.noteID)/\($0.ordinal)", $0) }, uniquingKeysWith: { a, _ in a })
        let inReview = original.collection.cards.filter { $0.type == .review }
        #expect(inReview.count >= 20)
        for card in inReview {
            let back = try #require(exported["\(card.noteID)/\(card.ordinal)"])
            let day = card.originalDeckID != 0 ? card.originalDue : card.due
            let gap = package.collection.start(ofDay: back.due).timeIntervalSince(original.collection.start(ofDay: day))
            #expect(back.type == .review && abs(gap) <= 86_400, "note \(card.noteID): \(gap / 86_400) days apart")
            #expect(back.interval == card.interval)
        }
    }

    @Test func exportsAShippedDeck() throws {
        let folder = try RecallBinary.temporaryDirectory()
        let result = try RecallBinary.run(
            [
                "anki", "export", "physics", "--decks", RecallBinary.repository.appendingPathComponent("Decks").path, "--output",
                "physics.apkg",
            ],
            in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let package = try AnkiPackageReader(decoder: nil).read(path: folder.appendingPathComponent("physics.apkg").path)
        #expect(package.collection.decks.map(\.name).contains("Foundations of physics"))
        #expect(package.collection.notes.count > 100)
        #expect(Set(package.collection.notes.map(\.guid)).count == package.collection.notes.count)
    }
}
