import Foundation
import Testing

/// `recall check` end to end: the built binary, its output streams and exit code.
@Suite struct CheckCommandTests {
    @Test func shippedDecksPass() throws {
        let result = try RecallBinary.run(["check"])
        #expect(result.status == 0)
        #expect(!result.stderr.contains("error:"))
        #expect(result.stdout.contains("Decks/siberian-internment.yaml: ok: siberian-internment"))
        #expect(result.stdout.contains("Decks/physics.yaml: ok: physics"))
    }

    @Test func aFactThatNeedsATextIsAWarningAndStrictMakesItAnError() throws {
        let folder = try RecallBinary.temporaryDirectory()
        let deck = """
            id: rome
            title: Rome
            people:
              caesar:
                name: Julius Caesar
            events:
              ides:
                date: -44-03-15
                event: Caesar murdered in the senate
                who: caesar
            figures:
              colosseum:
                value: [50000, 80000]
                unit: spectators the Colosseum could hold
              height:
                value: 48
                unit: metres
            """
        try deck.write(to: folder.appendingPathComponent("rome.yaml"), atomically: true, encoding: .utf8)
        let result = try RecallBinary.run(["check", "rome.yaml"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout == "rome.yaml: ok: rome, 4 facts (1 person, 1 event, 2 figures), 3 warnings\n")
        #expect(
            result.stderr == """
                rome.yaml:7:3: warning: event 'ides': its label names Julius Caesar, so who it is linked to is not asked: add a text with {who}, or leave the name out of the label
                rome.yaml:12:3: warning: figure 'colosseum' has no text, so it is asked as “Choose the range for the number of spectators the Colosseum could hold.”: add a text with {value} to ask it in a sentence
                rome.yaml:15:3: warning: figure 'height' has no text, and its unit ‘metres’ does not say what is measured, so it is not asked: add a text with {value}, like text: "… {value} metres …"

                """)
        let strict = try RecallBinary.run(["check", "--strict", "rome.yaml"], in: folder)
        #expect(strict.status == 1)
        #expect(strict.stdout.isEmpty)
        #expect(strict.stderr.hasPrefix("rome.yaml:7:3: error: event 'ides': its label names Julius Caesar"))
        #expect(strict.stderr.hasSuffix("1 of 1 deck invalid, 3 problems\n"))
    }

    @Test func everyProblemGoesToStandardErrorAndTheExitCodeIsOne() throws {
        let folder = try RecallBinary.temporaryDirectory()
        let deck = """
            id: broken
            title: Broken
            people:
              stalin:
                name: Josef Stalin
            events:
              a:
                dat: 1945-08-23
                date: 1945-08-23
                event: Order issued
              b:
                date: 1945-02-30
                event: Something else
                who: beria
            """
        try deck.write(to: folder.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        try "id: fine\ntitle: Fine\nterms:\n  a:\n    term: A\n    definition: The first letter\n".write(
            to: folder.appendingPathComponent("fine.yaml"), atomically: true, encoding: .utf8)
        let result = try RecallBinary.run(["check", "broken.yaml", "fine.yaml"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                broken.yaml:8:5: error: unknown field 'dat' in event 'a': did you mean 'date'?
                broken.yaml:12:11: error: 'date' in event 'b': '1945-02-30' is not a date: February 1945 has 28 days, not 30
                broken.yaml:14:10: error: event 'b' names an unknown person 'beria': add them under people:, or use one of stalin
                1 of 2 decks invalid, 3 problems

                """)
        #expect(result.stdout == "fine.yaml: ok: fine, 1 fact (1 term)\n")
    }

    @Test func jsonReportsProblemsWithLineAndColumn() throws {
        let folder = try RecallBinary.temporaryDirectory()
        try "id: wrong\ntitle: T\nterms:\n  a:\n    term: A\n    definition: B\n".write(
            to: folder.appendingPathComponent("deck.yaml"), atomically: true, encoding: .utf8)
        let result = try RecallBinary.run(["check", "--json", "deck.yaml"], in: folder)
        #expect(result.status == 1)
        let reports = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        let problem = (reports?.first?["problems"] as? [[String: Any]])?.first
        #expect(problem?["line"] as? Int == 1)
        #expect(problem?["column"] as? Int == 5)
    }

    @Test func aMissingFileAndAFolderWithoutDecks() throws {
        let folder = try RecallBinary.temporaryDirectory()
        let missing = try RecallBinary.run(["check", "nope.yaml"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("nope.yaml:1:1: error: no such file"))
        let noDecks = try RecallBinary.run(["check"], in: folder)
        #expect(noDecks.status == 1)
        #expect(noDecks.stderr == "recall: no deck folder at 'Decks': run recall from the folder that holds Decks/, or pass --decks DIR\n")
    }

    @Test func binaryAndEmptyFilesGetAClearError() throws {
        let folder = try RecallBinary.temporaryDirectory()
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0]).write(to: folder.appendingPathComponent("image.yaml"))
        try Data().write(to: folder.appendingPathComponent("empty.yaml"))
        let result = try RecallBinary.run(["check", "."], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("./empty.yaml:1:1: error: the file is empty"))
        #expect(result.stderr.contains("./image.yaml:1:1: error: this is not UTF-8 text"))
    }

    @Test func aFolderIsNotADeck() throws {
        let folder = try RecallBinary.temporaryDirectory()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Decks/sub.yaml"), withIntermediateDirectories: true)
        let result = try RecallBinary.run(["check", "Decks/sub.yaml/x.yaml", "/dev/zero"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("/dev/zero:1:1: error: not a regular file"))
    }
}
