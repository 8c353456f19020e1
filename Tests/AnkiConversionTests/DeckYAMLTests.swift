import Facts
import Foundation
import PropertyBased
import Scheduling
import SeededRandom
import Testing

@testable import AnkiConversion

/// Whatever text an Anki field holds, the deck file reads back as that text.
@Suite struct DeckYAMLTests {
    static let awkward = [
        "yes", "null", "~", "1945", "- item", "#hash", "key: value", "\"quoted\"", "back\\slash", "line\nbreak",
        "😀 emoji 𝄞", "{braces}", "  spaced  ", "Ωμέγα", "@at", "`tick`", "%percent", "&amp", "*star",
        "'single'", "[list]", "a: b: c",
    ]

    func roundTrip(_ front: String, _ back: String) throws -> Flashcard? {
        var card = Flashcard(id: FactID(.cards, "anki-1"), front: front, back: back, location: .init(path: "", line: 1, column: 1))
        card.extra = back
        // A deck's title and a note's GUID are one line in Anki as in Recall.
        let oneLine = front.replacingOccurrences(of: "\n", with: " ")
        card.ankiGUID = oneLine
        let text = DeckYAML.text(id: "t", title: oneLine, source: nil, cards: [card])
        let deck = try DeckLoader.load(bytes: Array(text.utf8), path: "t.yaml").get()
        return deck.cards.first
    }

    @Test(arguments: awkward)
    func awkwardText(_ text: String) throws {
        let card = try #require(try roundTrip(text, text))
        let expected = String(text.trimmingCharacters(in: .whitespaces))
        #expect(card.front == expected)
        #expect(card.back == expected)
        #expect(card.extra == expected)
        #expect(card.ankiGUID == expected.replacingOccurrences(of: "\n", with: " "))
    }

    @Test func emojiAreWrittenAsThemselves() throws {
        let card = Flashcard(id: FactID(.cards, "a"), front: "😀 \\U0001F600", back: "x", location: .init(path: "", line: 1, column: 1))
        let text = DeckYAML.text(id: "t", title: "t", source: nil, cards: [card])
        #expect(text.contains("front: \"😀 \\\\U0001F600\""))
    }

    @Test func randomTextRoundTrips() async {
        // Letters, marks, symbols and punctuation from across Unicode, with the ASCII that YAML treats specially.
        let pool: [ClosedRange<UInt32>] = [
            0x20...0x7E, 0xA0...0x24F, 0x370...0x3FF, 0x400...0x4FF, 0x3040...0x30FF, 0x4E00...0x4EFF, 0x1F600...0x1F64F,
        ]
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int(UInt32.max))) { seed in
            var rng = SeededGenerator(seed: UInt64(seed))
            var text = ""
            for _ in 0..<Int.random(in: 1...30, using: &rng) {
                let range = pool.randomElement(using: &rng)!
                if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &rng)), scalar.properties.generalCategory != .unassigned {
                    text.unicodeScalars.append(scalar)
                }
            }
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { return }
            let card = try? roundTrip(trimmed, trimmed)
            #expect(card?.front == trimmed, "\(trimmed.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
