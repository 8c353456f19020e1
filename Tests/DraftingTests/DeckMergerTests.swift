import Facts
import Foundation
import Testing

@testable import Drafting

/// Merging adds only the facts a deck lacks and leaves every line of the teacher's file as it was.
@Suite struct DeckMergerTests {
    static let name = "siberian-internment"

    static func draft() throws -> DeckDraft {
        try #require(Articles.draft(try Articles.text(name), id: name))
    }

    static let teacherDeck = """
        # My deck: I pruned it and reworded it.
        id: siberian-internment
        title: Siberia, as I teach it   # my title

        people:
            stalin:
                name: Josef Stalin
                aliases: [Stalin]
                role: Soviet dictator   # my wording

        events:
            order:
                date: 1945-08-23
                event: Stalin signs Order 9898 to send prisoners east
                who: stalin

        figures:
            troops:
                value: 1_500_000
                unit: soldiers of the Red Army
        """ + "\n"

    @Test func addsOnlyWhatIsMissingAndKeepsEveryExistingLine() throws {
        let draft = try Self.draft()
        let merged = try DeckMerger.merge(draft, into: Self.teacherDeck, path: "Decks/\(Self.name).yaml", sourceName: "a.txt").get()
        let before = Self.teacherDeck.split(separator: "\n", omittingEmptySubsequences: false)
        let after = merged.text.split(separator: "\n", omittingEmptySubsequences: false)
        // The teacher's lines come back in order, none changed.
        var k = 0
        for line in after where k < before.count && line == before[k] { k += 1 }
        #expect(k == before.count, "line \(k + 1) of the teacher's file was changed or lost")
        let deck = try DeckLoader.load(text: merged.text, path: "Decks/\(Self.name).yaml").get()
        #expect(deck.title == "Siberia, as I teach it")
        // Stalin, the order of 23 August 1945 and the 1.5 million troops were there: not added again.
        #expect(deck.people.filter { $0.name == "Josef Stalin" }.count == 1)
        #expect(deck.events.filter { $0.date.isoText == "1945-08-23" }.count == 1)
        #expect(deck.figures.filter { $0.quantity.numberText == "1,500,000" }.count == 1)
        #expect(deck.people.contains { $0.name == "Lavrentiy Beria" })
        // New facts that name Stalin use the teacher's id for him.
        #expect(deck.quotes.contains { $0.who.local == "stalin" })
        #expect(merged.added.count == draft.deck.factCount - 3)
        // New entries take the file's own indentation.
        #expect(merged.text.contains("\n    beria:\n        name: Lavrentiy Beria\n"))
        for id in merged.added {
            let line = try #require(merged.lines[id])
            #expect(after[line - 1].trimmingCharacters() == "\(id.local):")
        }
    }

    @Test func mergingTwiceAddsNothing() throws {
        let draft = try Self.draft()
        let once = try DeckMerger.merge(draft, into: Self.teacherDeck, path: "Decks/\(Self.name).yaml", sourceName: nil).get()
        let twice = try DeckMerger.merge(draft, into: once.text, path: "Decks/\(Self.name).yaml", sourceName: nil).get()
        #expect(twice.added.isEmpty)
        #expect(twice.text == once.text)
    }

    @Test func aSectionMissingFromTheFileIsAppended() throws {
        let draft = try Self.draft()
        let minimal = "id: siberian-internment\ntitle: Minimal\ncards:\n  a:\n    front: Q\n    back: A\n"
        let merged = try DeckMerger.merge(draft, into: minimal, path: "Decks/\(Self.name).yaml", sourceName: nil).get()
        #expect(merged.text.hasPrefix(minimal))
        #expect(merged.added.count == draft.deck.factCount)
    }

    @Test func aFlowSectionOrAnInvalidDeckIsRefused() throws {
        let draft = try Self.draft()
        let flow = "id: siberian-internment\ntitle: T\npeople: {}\nterms:\n  a:\n    term: A\n    definition: B\n"
        guard
            case .failure(.flowSection("people", line: 3)) = DeckMerger.merge(
                draft, into: flow, path: "Decks/\(Self.name).yaml", sourceName: nil)
        else {
            Issue.record("a flow section was not refused")
            return
        }
        let invalid = "id: siberian-internment\ntitle: T\nevents:\n  a:\n    date: 1945-02-30\n    event: E\n"
        guard case .failure(.invalidDeck) = DeckMerger.merge(draft, into: invalid, path: "Decks/\(Self.name).yaml", sourceName: nil) else {
            Issue.record("an invalid deck was not refused")
            return
        }
    }
}
