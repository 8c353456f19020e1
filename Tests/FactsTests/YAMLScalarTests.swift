import Foundation
import PropertyBased
import Testing

@testable import Facts

/// Every string a deck writer (a draft, an Anki import) writes comes back from the deck loader exactly as it was.
@Suite struct YAMLScalarTests {
    /// No tab or other control character: decks refuse them, and the article reader makes them spaces.
    static let pieces = [
        "a", "Z", " ", ": ", " #", "#", "-", "?", "[", "]", "{", "}", ",", "'", "\"", "\\", "yes", "null", "1945",
        "0.5", "é", "Москва", "“", "”", "’", "—", "*", "&", "!", "|", ">", "%", "@", "`", "~", "…", "\u{A0}",
    ]

    @Test func anyTextLoadsBackUnchanged() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 1...8)) { indices in
            var text = indices.map { Self.pieces[$0] }.joined()
            // Drafted text is trimmed; a loader may trim too.
            text = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty { text = "x" }
            let yaml = """
                id: t
                title: \(YAMLScalar.render(text))
                people:
                  p:
                    name: \(YAMLScalar.render(text))
                    aliases: [\(YAMLScalar.render(text, inFlow: true)), other]

                """
            switch DeckLoader.load(text: yaml, path: "t.yaml") {
            case .success(let deck):
                #expect(deck.people.first?.name == text, "\(yaml)")
                #expect(deck.people.first?.aliases == [text, "other"], "\(yaml)")
            case .failure(let error):
                Issue.record("\(yaml)\n\(error)")
            }
        }
    }

    @Test func plainWhenSafeQuotedOtherwise() {
        #expect(YAMLScalar.render("Josef Stalin") == "Josef Stalin")
        #expect(YAMLScalar.render("{who} issued an order") == "\"{who} issued an order\"")
        #expect(YAMLScalar.render("Order: 9898") == "\"Order: 9898\"")
        #expect(YAMLScalar.render("yes") == "\"yes\"")
        #expect(YAMLScalar.render("1945") == "\"1945\"")
        #expect(YAMLScalar.render("He said \"no\"") == "He said \"no\"")
        #expect(YAMLScalar.render("a, b", inFlow: true) == "\"a, b\"")
    }
}
