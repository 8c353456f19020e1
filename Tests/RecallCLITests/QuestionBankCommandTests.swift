import Foundation
import Testing

/// `recall questions`: the bank of a deck, readable or as JSON, end to end through the built binary.
@Suite struct QuestionBankCommandTests {
    @Test func printsTheBankReadably() throws {
        let result = try RecallBinary.run(["questions", "siberian-internment", "--year", "2026"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first?.hasPrefix("Soviet internment of Japanese prisoners of war, 1945–1956 (siberian-internment): ") == true)
        #expect(lines.first?.hasSuffix(", seed 1") == true)
        #expect(lines.contains("1. multiple-choice · people/stalin/role · role · difficulty 0.35"))
        #expect(lines.contains { $0.hasPrefix("   Answer: ") })
        #expect(lines.contains { $0.hasPrefix("KIND") && $0.contains("QUESTIONS") })
        for kind in ["cloze", "multiple-choice", "true-false", "typed", "matching", "ordering", "flashcard"] {
            #expect(lines.contains { $0.hasPrefix(kind + " ") }, "no count line for \(kind)")
        }
    }

    @Test func jsonHasDeckSeedQuestionsAndSkipped() throws {
        let result = try RecallBinary.run(["questions", "physics", "--json", "--seed", "7", "--year", "2026"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["deck", "seed", "questions", "skipped"])
        #expect(object["deck"] as? String == "physics")
        #expect(object["seed"] as? Int == 7)
        let questions = try #require(object["questions"] as? [[String: Any]])
        #expect(questions.count > 300)
        let kinds = Set(questions.compactMap { $0["kind"] as? String })
        #expect(kinds == ["cloze", "multiple-choice", "true-false", "typed", "matching", "ordering", "flashcard"])
        #expect(questions.allSatisfy { ($0["id"] as? String)?.hasPrefix("physics/") == true })
        let skipped = try #require(object["skipped"] as? [[String: Any]])
        #expect(skipped.allSatisfy { $0["reason"] is String })
    }

    @Test func theSameSeedPrintsTheSameBytesAndAnotherSeedDoesNot() throws {
        let a = try RecallBinary.run(["questions", "siberian-internment", "--json", "--seed", "3", "--year", "2026"])
        let b = try RecallBinary.run(["questions", "siberian-internment", "--json", "--seed", "3", "--year", "2026"])
        let c = try RecallBinary.run(["questions", "siberian-internment", "--json", "--seed", "4", "--year", "2026"])
        #expect(a.stdout == b.stdout)
        #expect(a.stdout != c.stdout)
        // No seed means seed 1.
        let d = try RecallBinary.run(["questions", "siberian-internment", "--json", "--year", "2026"])
        let e = try RecallBinary.run(["questions", "siberian-internment", "--json", "--seed", "1", "--year", "2026"])
        #expect(d.stdout == e.stdout)
    }

    @Test func kindsLimitTheBank() throws {
        let result = try RecallBinary.run(["questions", "physics", "--json", "--kinds", "ordering,true-false"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let questions = try #require(object["questions"] as? [[String: Any]])
        #expect(Set(questions.compactMap { $0["kind"] as? String }) == ["ordering", "true-false"])
    }

    @Test func aDeckFileCanBeGivenByPath() throws {
        let folder = try RecallBinary.temporaryDirectory()
        let path = folder.appendingPathComponent("tiny.yaml").path
        try """
        id: tiny
        title: Tiny
        terms:
          a: {term: entropy, definition: A measure of disorder}
          b: {term: photon, definition: A quantum of light}
          c: {term: isotope, definition: A form of an element}
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try RecallBinary.run(["questions", path, "--json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["deck"] as? String == "tiny")
    }

    @Test func mistakesAreReportedAndExitNonZero() throws {
        let unknown = try RecallBinary.run(["questions", "no-such-deck"])
        #expect(unknown.status == 1)
        #expect(unknown.stdout.isEmpty)
        #expect(unknown.stderr.hasPrefix("recall: no deck 'no-such-deck' in Decks/"))

        let kind = try RecallBinary.run(["questions", "physics", "--kinds", "essay"])
        #expect(kind.status != 0)
        #expect(kind.stderr.contains("unknown kind 'essay'"))

        let folder = try RecallBinary.temporaryDirectory()
        let path = folder.appendingPathComponent("bad.yaml").path
        try "id: bad\ntitle: Bad\nevents:\n  x: {date: 1945-13-01, event: Nothing}\n".write(toFile: path, atomically: true, encoding: .utf8)
        let bad = try RecallBinary.run(["questions", path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("bad.yaml:4:"))
        #expect(bad.stderr.hasSuffix("recall: \(path) has 1 problem; no questions\n"))
    }
}
