import Foundation
import Testing

/// `recall draft` end to end: the built binary, the files it writes or refuses to write, and what it prints.
@Suite struct DraftCommandTests {
    static let article = """
        The Panama Canal

        Panama declared its independence from Colombia on November 3, 1903. Fifteen days later the two countries signed the Hay–Bunau-Varilla Treaty.

        The canal opened on August 15, 1914. It is about 82 kilometres long, and President Theodore Roosevelt called it "the greatest engineering feat of the age," according to his letters.
        """ + "\n"

    static func folder() throws -> URL {
        let folder = try RecallBinary.temporaryDirectory()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Decks"), withIntermediateDirectories: true)
        try article.write(to: folder.appendingPathComponent("panama.txt"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func draftsIntoTheDeckFolderAndTheDeckPassesCheck() throws {
        let folder = try Self.folder()
        let result = try RecallBinary.run(["draft", "panama.txt"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("Decks/panama.yaml: drafted "))
        #expect(result.stderr.contains("Decks/panama.yaml:") && result.stderr.contains(": warning: event '"))
        let deck = try String(contentsOf: folder.appendingPathComponent("Decks/panama.yaml"), encoding: .utf8)
        #expect(deck.contains("id: panama\n"))
        #expect(deck.contains("  # paragraph 1, sentence 1 (line 3)\n"))
        #expect(deck.contains("date: 1903-11-18"))
        let check = try RecallBinary.run(["check", "Decks/panama.yaml"], in: folder)
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func anExistingDeckIsRefusedReplacedOnlyWithForceAndMergedWithMerge() throws {
        let folder = try Self.folder()
        let path = folder.appendingPathComponent("Decks/panama.yaml")
        let teacher =
            "id: panama\ntitle: My canal\nevents:\n  independence:\n    date: 1903-11-03\n    event: Panama declares its independence from Colombia\n"
        try teacher.write(to: path, atomically: true, encoding: .utf8)

        let refused = try RecallBinary.run(["draft", "panama.txt"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("recall: Decks/panama.yaml already exists and may hold a teacher's edits: pass --merge"))
        #expect(try String(contentsOf: path, encoding: .utf8) == teacher)

        let merged = try RecallBinary.run(["draft", "panama.txt", "--merge"], in: folder)
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stderr.hasPrefix("Decks/panama.yaml: added "))
        let after = try String(contentsOf: path, encoding: .utf8)
        #expect(after.hasPrefix(teacher))
        #expect(after.components(separatedBy: "date: 1903-11-03").count == 2)

        let again = try RecallBinary.run(["draft", "panama.txt", "--merge"], in: folder)
        #expect(again.status == 0)
        #expect(again.stderr.contains("nothing to add"))
        #expect(try String(contentsOf: path, encoding: .utf8) == after)

        let forced = try RecallBinary.run(["draft", "panama.txt", "--force"], in: folder)
        #expect(forced.status == 0)
        #expect(try String(contentsOf: path, encoding: .utf8).hasPrefix("# Drafted by `recall draft` from panama.txt"))
    }

    @Test func standardInputToStandardOutput() throws {
        let folder = try Self.folder()
        let result = try RecallBinary.run(["draft", "-", "--output", "-", "--title", "Canal facts"], in: folder, input: Self.article)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("id: canal-facts\ntitle: Canal facts\n"))
        #expect(result.stderr.hasPrefix("<stdout>: drafted "))
        #expect((try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Decks").path)).isEmpty)
    }

    @Test func badArgumentsAndBadArticlesAreRefusedClearly() throws {
        let folder = try Self.folder()
        let badID = try RecallBinary.run(["draft", "panama.txt", "--id", "Panama Canal"], in: folder)
        #expect(badID.status != 0)
        #expect(badID.stderr.contains("'Panama Canal' is not a valid deck id"))
        let mismatch = try RecallBinary.run(["draft", "panama.txt", "--id", "canal", "--output", "Decks/other.yaml"], in: folder)
        #expect(mismatch.status != 0)
        #expect(mismatch.stderr.contains("must match the file name"))
        let both = try RecallBinary.run(["draft", "panama.txt", "--force", "--merge"], in: folder)
        #expect(both.status != 0)
        try Data([0x48, 0x69, 0x00, 0x21]).write(to: folder.appendingPathComponent("binary.txt"))
        let binary = try RecallBinary.run(["draft", "binary.txt"], in: folder)
        #expect(binary.status == 1)
        #expect(binary.stderr == "recall: binary.txt is not a text file (it contains a NUL byte): give plain text or Markdown\n")
        let missing = try RecallBinary.run(["draft", "nowhere.txt"], in: folder)
        #expect(missing.stderr == "recall: no such file: nowhere.txt\n")
        let noFolder = try RecallBinary.run(["draft", "panama.txt", "--decks", "Elsewhere"], in: folder)
        #expect(
            noFolder.stderr
                == "recall: no deck folder at 'Elsewhere': run recall from the folder that holds Decks/, or pass --decks DIR or --output PATH\n"
        )
        try "Nothing here at all.\n".write(to: folder.appendingPathComponent("empty.txt"), atomically: true, encoding: .utf8)
        let nothing = try RecallBinary.run(["draft", "empty.txt"], in: folder)
        #expect(nothing.status == 1)
        #expect(nothing.stderr.contains("nothing to draft"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Decks/empty.yaml").path))
    }
}
