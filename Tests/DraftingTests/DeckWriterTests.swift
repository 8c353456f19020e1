import Facts
import Foundation
import Testing

@testable import Drafting

/// A written draft is a valid deck holding exactly the drafted facts, with a comment above each.
@Suite struct DeckWriterTests {
    static func withoutLocations(_ deck: Deck) -> [Fact] { deck.facts.map(FactMatcher.withoutLocation) }

    @Test(arguments: Articles.developed)
    func theDraftLoadsBackAsTheSameFacts(name: String) throws {
        let draft = try #require(Articles.draft(try Articles.text(name), id: name))
        let written = DeckWriter.write(draft, sourceName: "\(name).txt")
        let loaded = try DeckLoader.load(text: written.text, path: "Decks/\(name).yaml").get()
        #expect(Self.withoutLocations(loaded) == Self.withoutLocations(draft.deck))
        #expect(loaded.title == draft.deck.title)
        // Each fact's id is on the line the writer says, with its origin in the comment above it.
        let lines = written.text.split(separator: "\n", omittingEmptySubsequences: false)
        for fact in draft.deck.facts {
            let line = try #require(written.lines[fact.id])
            #expect(lines[line - 1].trimmingCharacters() == "\(fact.id.local):")
            let origin = try #require(draft.origins[fact.id])
            #expect(
                lines[0..<(line - 1)].last { $0.contains("# paragraph") }?.contains(
                    "# paragraph \(origin.paragraph), sentence \(origin.sentence)") == true)
        }
    }

    @Test func theSiberianDraftMatchesItsSnapshot() throws {
        let name = "siberian-internment"
        let draft = try #require(Articles.draft(try Articles.text(name), id: name))
        try Snapshot.check(DeckWriter.write(draft, sourceName: "\(name).txt").text, named: "siberian-internment.yaml")
    }
}
