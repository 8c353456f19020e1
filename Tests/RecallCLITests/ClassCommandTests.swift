import Foundation
import Testing

@Suite struct ClassCommandTests {
    @Test func createAddShowListRemove() throws {
        let fixture = try ClassFixture()
        let created = try fixture.run(["class", "create", "7B"])
        #expect(created.status == 0)
        #expect(created.stdout == "Created class 7B. Add students with: recall class add 7B NAME ...\n")
        let added = try fixture.run(["class", "add", "7B", "ann", "Bob Ray"])
        #expect(added.stdout == "Added 2 students to 7B.\nNew to the progress file: ann, Bob Ray.\n")
        let again = try fixture.run(["class", "add", "7B", "ann", "cy"])
        #expect(again.stdout == "Added 1 student to 7B.\nNew to the progress file: cy.\nAlready in the class: ann.\n")
        let show = try fixture.run(["class", "show", "7B"])
        #expect(show.stdout == "Class 7B: 3 students\n  Bob Ray\n  ann\n  cy\nSettings: none of its own (the global settings apply).\n")
        #expect(try fixture.run(["class", "create", "Year 9"]).status == 0)
        let list = try fixture.run(["class", "list"])
        #expect(list.stdout == "CLASS   STUDENTS  SETTINGS\n7B      3         –\nYear 9  0         –\n")
        let removed = try fixture.run(["class", "remove", "7B", "cy"])
        #expect(removed.stdout == "Removed cy from 7B; their progress is kept.\n")
        let json = try fixture.run(["class", "show", "7B", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["students"] as? [String] == ["Bob Ray", "ann"])
        #expect(object["name"] as? String == "7B")
        let classes = try fixture.run(["class", "list", "--json"])
        #expect((try JSONSerialization.jsonObject(with: Data(classes.stdout.utf8)) as? [[String: Any]])?.count == 2)
    }

    @Test func addsARosterFromASpreadsheetExport() throws {
        let fixture = try ClassFixture()
        #expect(try fixture.run(["class", "create", "7B"]).status == 0)
        try fixture.write("Email,Student Name\r\nann@x.org,Ann\r\nbob@x.org,\"Ray, Bob\"\r\n", to: "roster.csv")
        let result = try fixture.run(["class", "add", "7B", "--roster", "roster.csv", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let change = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(change["added"] as? [String] == ["Ann", "Ray, Bob"])
        #expect(try fixture.run(["class", "show", "7B"]).stdout.contains("  Ray, Bob\n"))
    }

    @Test func badRostersAndNamesChangeNothing() throws {
        let fixture = try ClassFixture()
        #expect(try fixture.run(["class", "create", "7B"]).status == 0)
        #expect(try fixture.run(["class", "add", "7B", "ann"]).status == 0)
        let before = try fixture.run(["class", "show", "7B", "--json"]).stdout
        let learnersBefore = try fixture.run(["progress", "export"]).stdout

        try fixture.write("Bob\nCy\nBob\n", to: "dup.csv")
        let duplicate = try fixture.run(["class", "add", "7B", "--roster", "dup.csv"])
        #expect(duplicate.status == 1)
        #expect(duplicate.stderr == "recall: dup.csv:3: 'Bob' is already on line 1; nothing was changed\n")

        try fixture.write("name,year\nBob,9\nCy\n", to: "short.csv")
        #expect(
            try fixture.run(["class", "add", "7B", "--roster", "short.csv"]).stderr
                == "recall: short.csv:3: 1 field where the header has 2; nothing was changed\n")

        try fixture.write("Bob\n\"Cy\n", to: "quote.csv")
        #expect(
            try fixture.run(["class", "add", "7B", "--roster", "quote.csv"]).stderr
                == "recall: quote.csv:2: a quoted field is never closed (a \" is missing); nothing was changed\n")

        let twice = try fixture.run(["class", "add", "7B", "dee", "eve", "dee"])
        #expect(twice.stderr == "recall: 'dee' is named twice; nothing was changed\n")

        let spaces = try fixture.run(["class", "add", "7B", "fay", " gus"])
        #expect(
            spaces.stderr
                == "recall: cannot use ' gus' as a student's name: the learner's name begins or ends with a space; nothing was changed\n")

        let missing = try fixture.run(["class", "add", "7B", "--roster", "nowhere.csv"])
        #expect(missing.stderr == "recall: cannot read the roster 'nowhere.csv' (no such file, or it cannot be opened)\n")

        let stranger = try fixture.run(["class", "remove", "7B", "ann", "zed"])
        #expect(stranger.stderr == "recall: 'zed' is not in class '7B'; nothing was changed\n")

        #expect(try fixture.run(["class", "show", "7B", "--json"]).stdout == before)
        #expect(try fixture.run(["progress", "export"]).stdout == learnersBefore)
    }

    @Test func unknownAndDuplicateClassesAreRefused() throws {
        let fixture = try ClassFixture()
        #expect(
            try fixture.run(["class", "add", "7B", "ann"]).stderr
                == "recall: there is no class named '7B' (there are no classes yet: create one with `recall class create NAME`)\n")
        #expect(try fixture.run(["class", "create", "7B"]).status == 0)
        let again = try fixture.run(["class", "create", "7B"])
        #expect(again.status == 1)
        #expect(again.stderr == "recall: a class named '7B' exists already\n")
        #expect(try fixture.run(["class", "show", "8A"]).stderr == "recall: there is no class named '8A' (classes: 7B)\n")
        #expect(try fixture.run(["class", "create", ""]).stderr == "recall: a class name is empty\n")
        let none = try fixture.run(["class", "add", "7B"])
        #expect(none.status != 0)
        #expect(none.stderr.contains("name the students to add, or give --roster FILE"))
    }

    @Test func classSettingsApplyToStudentsWithoutTheirOwn() throws {
        let fixture = try ClassFixture()
        #expect(try fixture.run(["class", "create", "7B"]).status == 0)
        #expect(try fixture.run(["class", "add", "7B", "ann", "bob"]).status == 0)
        #expect(try fixture.run(["settings", "--class", "7B", "desired-retention", "0.85"]).status == 0)
        #expect(try fixture.run(["settings", "--class", "7B", "new-per-day", "5"]).status == 0)
        #expect(try fixture.run(["settings", "--learner", "bob", "new-per-day", "12"]).status == 0)
        #expect(try fixture.run(["settings", "--learner", "ann", "desired-retention"]).stdout == "0.85\n")
        #expect(try fixture.run(["settings", "--learner", "ann", "new-per-day"]).stdout == "5\n")
        #expect(try fixture.run(["settings", "--learner", "bob", "new-per-day"]).stdout == "12\n")
        #expect(try fixture.run(["settings", "--learner", "zed", "new-per-day"]).stdout == "20\n")
        #expect(
            try fixture.run(["class", "show", "7B"]).stdout.hasSuffix(
                "Settings for the class (a student's own settings come first):\n  desired-retention = 0.85\n  new-per-day = 5\n"))
    }
}

/// A folder with a tiny deck and a progress file, for the class and report tests.
///
/// Review times are placed relative to the wall clock, as the built binary reads it, with room on every
/// side so that no figure the tests check depends on where study days begin.
struct ClassFixture {
    let folder: URL

    /// Four flashcard facts, one card each: `tiny/cards/<a…d>/back`.
    static let deck = """
        id: tiny
        title: "Tiny <deck> & co"
        cards:
          a:
            front: What is a?
            back: A.
          b:
            front: What is b?
            back: B.
          c:
            front: What is c?
            back: C.
          d:
            front: What is d?
            back: D.

        """

    init() throws {
        folder = try RecallBinary.temporaryDirectory()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Decks"), withIntermediateDirectories: true)
        try Self.deck.write(to: folder.appendingPathComponent("Decks/tiny.yaml"), atomically: true, encoding: .utf8)
    }

    /// Runs recall in the folder.
    func run(_ arguments: [String], input: String? = nil) throws -> RecallBinary.Output {
        try RecallBinary.run(arguments, in: folder, input: input)
    }

    /// Writes a file into the folder.
    func write(_ text: String, to name: String) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func read(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path)
    }

    /// `days` before now as ISO 8601.
    static func ago(days: Double) -> String {
        ISO8601DateFormatter().string(from: Date().addingTimeInterval(-days * 86_400))
    }

    /// A class of three: ann answers everything right, bob half, cy nothing; imported as a review log.
    ///
    ///          a    b    c    d
    ///     ann  ✓    ✓    ✓    ✓      (two days ago, in study)
    ///     bob  ✓    ✓    ✗    ✗      (three days ago, on paper)
    ///     cy   –    –    –    –
    func makeClass() throws {
        let log =
            ["learner,card,reviewed_at,rating,source"]
            + ["a", "b", "c", "d"].enumerated().map { i, fact in
                "ann,tiny/cards/\(fact)/back,\(Self.ago(days: 2 + Double(i) / 1000)),good,study"
            }
            + ["a", "b"].enumerated().map { i, fact in "bob,tiny/cards/\(fact)/back,\(Self.ago(days: 3 + Double(i) / 1000)),good,paper" }
            + ["c", "d"].enumerated().map { i, fact in "bob,tiny/cards/\(fact)/back,\(Self.ago(days: 3 + Double(2 + i) / 1000)),again,paper"
            }
        try write(log.joined(separator: "\n") + "\n", to: "log.csv")
        for arguments in [["progress", "import", "log.csv"], ["class", "create", "7B"], ["class", "add", "7B", "ann", "bob", "cy"]] {
            let result = try run(arguments)
            guard result.status == 0 else { throw FixtureError(message: "\(arguments): \(result.stderr)") }
        }
    }

    struct FixtureError: Error {
        var message: String
    }
}
