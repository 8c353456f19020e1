import AnkiPackage
import Facts
import Foundation
import Testing

@testable import AnkiConversion

/// Anki's own notes (tools/anki/make_fixtures.py) as Recall cards.
@Suite struct NoteConverterTests {
    static let collection = try! AnkiPackageReader(decoder: nil).read(path: AnkiFixtures.path("notes-legacy.apkg")).collection
    static let result = NoteConverter(collection: collection, deckID: "kinds").convert()

    func card(_ guid: String) -> Flashcard? {
        Self.result.cards.first { $0.ankiGUID == guid }
    }

    @Test func basicNotesBecomeFrontAndBackWithHTMLAsText() throws {
        let capital = try #require(card("fxBasic001"))
        #expect(capital.front == "Capital of Australia ?")
        #expect(capital.back == "Canberra")
        #expect(!capital.reverse)
        let unicode = try #require(card("fxBasic002"))
        #expect(unicode.front == "Ωμέγα & «Москва»\n第二行")
        #expect(unicode.back == "<Omega> été — 😀")
    }

    @Test func reversedNotesAskBothWays() throws {
        let dog = try #require(card("fxRever001"))
        #expect((dog.front, dog.back, dog.reverse) == ("dog", "der Hund", true))
        // The optional reverse only where Anki made the second card.
        #expect(card("fxOptRv001")?.reverse == true)
        #expect(card("fxOptRv002")?.reverse == false)
        #expect(card("fxTyped001").map { [$0.front, $0.back] } == ["2 + 2 =", "4"])
    }

    @Test func clozeNotesKeepTheirNumbersHintsAndExtra() throws {
        let capital = try #require(card("fxCloze001")?.cloze)
        #expect(capital.written == "{c1::Canberra} is the capital of {c2::Australia::a country}.")
        #expect(card("fxCloze001")?.extra == "Since 1913.")
        let cell = try #require(card("fxCloze002")?.cloze)
        #expect(cell.numbers == [1, 2])
        #expect(cell.deletions(1).map(\.answer) == ["mitochondria", "powerhouse"])
        #expect(cell.written.contains("{{x}}"))
    }

    @Test func aNoteTypeOfOnesOwnWithThreeTemplates() throws {
        // Word → meaning (with the example beside it), meaning → word, and example → word.
        let vocab = Self.result.cards.filter { $0.ankiGUID == "fxVocab001" }
        #expect(vocab.map(\.id.local).map { $0.hasSuffix("-card3") } == [false, true])
        #expect(
            vocab.map { [$0.front, $0.back, $0.extra ?? ""] } == [
                ["la mer", "the sea", "Je vais à la mer."], ["Je vais à la mer.", "la mer", ""],
            ])
        #expect(vocab.first?.reverse == true)
    }

    @Test func everyAnkiCardMapsToOneRecallCard() {
        let map = Self.result.cardMap
        #expect(Set(map.values).count == map.count)
        for (ankiID, recall) in map {
            let anki = Self.collection.cards.first { $0.id == ankiID }!
            let note = Self.collection.notes.first { $0.id == anki.noteID }!
            #expect(recall.fact.local.hasPrefix("anki-\(note.id)"))
            let type = Self.collection.notetypes.first { $0.id == note.notetypeID }!
            switch type.kind {
            case .cloze: #expect(recall.slot == "c\(anki.ordinal + 1)")
            case .standard:
                #expect(recall.slot == (anki.ordinal == 1 ? "front" : "back"))
                #expect(recall.fact.local == (anki.ordinal < 2 ? "anki-\(note.id)" : "anki-\(note.id)-card\(anki.ordinal + 1)"))
            }
        }
        // 18 cards; the one whose back is only a picture and the image occlusion are left out.
        #expect(Self.result.report.cards == 18)
        #expect(map.count == 16)
    }

    @Test func whatCannotComeAcrossIsCountedAndNamed() {
        let warnings = Self.result.report.warnings
        #expect(warnings.contains("1 image (cat.jpg) and 1 sound (meow.mp3) left out: Recall's cards are text"))
        #expect(warnings.contains("1 note (1 card) of note type “Basic” left out: a side that is only pictures or sounds"))
        #expect(warnings.contains("1 note (1 card) of note type “Image Occlusion” left out: image occlusion, which Recall cannot show"))
        #expect(warnings.contains("the tags of 1 note (geo) left out: Recall's decks have no tags"))
        // All the cards are in one Anki deck, so no word about subdecks.
        #expect(!warnings.contains { $0.contains("subdecks") })
        #expect(card("fxBasic003").map { [$0.front, $0.back] } == ["A cat", "says meow"])
    }

    @Test func cardsFromSeveralAnkiDecksAreNamedInAWarning() {
        var collection = Self.collection
        let home = collection.cards[0].deckID
        let sub = AnkiDeck(id: 987_654, name: (collection.decks.first { $0.id == home }?.name ?? "?") + "::Extra")
        collection.decks.append(sub)
        // One card in the subdeck, one crammed there from it: only the home decks count.
        collection.cards[0].deckID = sub.id
        collection.decks.append(AnkiDeck(id: 987_655, name: "Cram", isFiltered: true))
        collection.cards[1].originalDeckID = collection.cards[1].deckID
        collection.cards[1].deckID = 987_655
        let warnings = NoteConverter(collection: collection, deckID: "kinds").convert().report.warnings
        #expect(
            warnings.contains(
                "cards from 2 Anki decks (Fixtures::Kinds, Fixtures::Kinds::Extra) are one Recall deck: subdecks are not kept apart"))
    }

    @Test func theDeckFileLoadsAndChecksClean() throws {
        let imported = try AnkiImport(
            package: .init(format: .legacy2, collection: Self.collection, media: []), packageName: "notes.apkg",
            deckID: nil, path: "Decks/fixtures-kinds.yaml")
        #expect(imported.deckID == "fixtures-kinds")
        #expect(imported.title == "Fixtures::Kinds")
        #expect(imported.deck.cards.count == 11)
        #expect(imported.deck.cards.map(\.id) == Self.result.cards.map(\.id))
        #expect(
            imported.deck.cards
                == Self.result.cards.map {
                    var c = $0
                    c.location = imported.deck.cards.first { $0.id == c.id }!.location
                    return c
                })
    }

    @Test func slugs() {
        #expect(AnkiImport.slug("Español::Verbos irregulares") == "espanol-verbos-irregulares")
        #expect(AnkiImport.slug("日本語") == "anki")
        #expect(AnkiImport.slug("  --Physics 101!! ") == "physics-101")
    }
}
