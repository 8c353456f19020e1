import Foundation
import Testing
import TextFormats

@Suite struct DecksCommandTests {
    @Test func listsTheShippedDecksAsATable() throws {
        let result = try RecallBinary.run(["decks"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("ID") == true)
        #expect(lines.contains { $0.hasPrefix("siberian-internment") && $0.hasSuffix("Decks/siberian-internment.yaml") })
        #expect(lines.contains { $0.hasPrefix("physics") })
    }

    @Test func jsonHasIdTitlePathAndCounts() throws {
        let result = try RecallBinary.run(["decks", "--json"])
        #expect(result.status == 0)
        let decks = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let siberian = try #require(decks.first { $0["id"] as? String == "siberian-internment" })
        #expect(siberian["path"] as? String == "Decks/siberian-internment.yaml")
        #expect((siberian["title"] as? String)?.isEmpty == false)
        let counts = try #require(siberian["counts"] as? [String: Int])
        #expect(Set(counts.keys) == ["people", "events", "figures", "quotes", "terms", "cards"])
        #expect(counts.values.allSatisfy { $0 > 0 })
    }

    @Test func anInvalidDeckIsSkippedWithAPointerToCheck() throws {
        let folder = try RecallBinary.temporaryDirectory()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Decks"), withIntermediateDirectories: true)
        try "id: bad\n".write(to: folder.appendingPathComponent("Decks/bad.yaml"), atomically: true, encoding: .utf8)
        let result = try RecallBinary.run(["decks", "--json"], in: folder)
        #expect(result.status == 0)
        #expect(
            result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]"
                || result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        #expect(result.stderr == "recall: skipped Decks/bad.yaml: 2 problems (run: recall check Decks/bad.yaml)\n")
    }

    @Test func aTitleWithEmojiLinesUpWithTheOtherRows() throws {
        let folder = try RecallBinary.temporaryDirectory()
        let decks = folder.appendingPathComponent("Decks")
        try FileManager.default.createDirectory(at: decks, withIntermediateDirectories: true)
        try "id: rockets\ntitle: Rockets 🚀🚀🚀 launch\nterms:\n  a: {term: Apogee, definition: The highest point of an orbit}\n"
            .write(to: decks.appendingPathComponent("rockets.yaml"), atomically: true, encoding: .utf8)
        try "id: plain\ntitle: Plain\nterms:\n  a: {term: Perigee, definition: The lowest point of an orbit}\n"
            .write(to: decks.appendingPathComponent("plain.yaml"), atomically: true, encoding: .utf8)
        let result = try RecallBinary.run(["decks"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        // Every row's last column (FILE) starts in the same terminal column.
        let starts = lines.map { line in DisplayWidth.of(line) - DisplayWidth.of(line.split(separator: " ").last ?? "") }
        #expect(Set(starts).count == 1, "\(lines)")
    }

    @Test func versionAndHelp() throws {
        let version = try RecallBinary.run(["--version"])
        #expect(version.stdout == "recall 0.1.0\n")
        let help = try RecallBinary.run(["--help"])
        #expect(help.stdout.contains("check"))
        #expect(help.stdout.contains("decks"))
    }
}
