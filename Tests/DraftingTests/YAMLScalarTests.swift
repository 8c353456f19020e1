import Facts
import PropertyBased
import Testing

@testable import Drafting

/// Every string a draft writes comes back from the deck loader exactly as it was.
@Suite struct YAMLScalarTests {
    static let pieces = ["a", "Z", " ", ": ", " #", "#", "-", "?", "[", "]", "{", "}", ",", "'", "\"", "\\", "\t", "yes", "null", "1945",
                         "0.5", "é", "Москва", "“", "”", "’", "—", "*", "&", "!", "|", ">", "%", "@", "`", "~", "…", "\u{A0}"]

    @Test func anyTextLoadsBackUnchanged() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int(UInt32.max))) { seed in
            var rng = SplitMix(seed: UInt64(seed))
            var text = ""
            for _ in 0..<(1 + rng.below(8)) { text += Self.pieces[rng.below(Self.pieces.count)] }
            // Drafted text is trimmed; a loader may trim too.
            text = text.trimmingCharacters()
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

/// SplitMix64 for generating test strings from one seed.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}
