import Facts
import Testing

/// Cloze cards in a deck file: `cloze: "{c1::answer}…"`, and the card fields that came with them.
@Suite struct ClozeTextTests {
    @Test func deletionsHintsAndLiteralBraces() throws {
        let (cloze, errors) = ClozeText.parse("{c1::Canberra} is the capital of {c2::Australia::a country}, {{c3}}.")
        #expect(errors.isEmpty)
        #expect(cloze.numbers == [1, 2])
        #expect(cloze.filled == "Canberra is the capital of Australia, {c3}.")
        #expect(cloze.deletions(2).map(\.hint) == ["a country"])
        #expect(cloze.written == "{c1::Canberra} is the capital of {c2::Australia::a country}, {{c3}}.")
        #expect(ClozeText.parse(cloze.written).cloze == cloze)
    }

    @Test func oneNumberMayHideSeveralBlanks() {
        let (cloze, _) = ClozeText.parse("The {c1::mitochondria} is the {c1::powerhouse} of the {c2::cell}")
        #expect(cloze.numbers == [1, 2])
        #expect(cloze.deletions(1).map(\.answer) == ["mitochondria", "powerhouse"])
    }

    @Test(arguments: [
        ("no deletions here", 0, "the text has no cloze deletion"),
        ("a {b} c", 2, "{b} is not a cloze deletion: write a deletion as {c1::answer} or {c1::answer::hint}"),
        ("a {c0::b}", 2, "{c0::b} is not a cloze deletion"),
        ("a {c1::} b", 2, "the deletion {c1::} has no answer"),
        ("a {c1::b", 2, "'{' is never closed"),
        ("a } b {c1::x}", 2, "'}' without a matching '{'"),
    ])
    func problems(_ text: String, _ offset: Int, _ message: String) {
        let errors = ClozeText.parse(text).errors
        #expect(errors.count == 1)
        #expect(errors.first?.offset == offset)
        #expect(errors.first?.message.hasPrefix(message) == true, "\(errors)")
    }

    func load(_ marked: MarkedText) -> (Deck?, [String]) {
        switch DeckLoader.load(text: marked.text, path: "decks/test.yaml") {
        case .success(let deck): return (deck, [])
        case .failure(let error): return (nil, error.diagnostics.map(\.description))
        }
    }

    @Test func cardFieldsLoad() throws {
        let (deck, problems) = load(
            MarkedText(
                """
                id: test
                title: T
                cards:
                  capital:
                    cloze: "{c1::Canberra} is the capital of {c2::Australia}."
                    extra: Since 1913.
                    anki-guid: "fx!Cloze#1"
                  dog:
                    front: dog
                    back: der Hund
                    reverse: true
                """))
        #expect(problems.isEmpty)
        let capital = try #require(deck?.cards.first)
        #expect(capital.cloze?.numbers == [1, 2])
        #expect(capital.front == "Canberra is the capital of Australia.")
        #expect(capital.back == "Canberra; Australia")
        #expect(capital.extra == "Since 1913.")
        #expect(capital.ankiGUID == "fx!Cloze#1")
        #expect(deck?.cards.last?.reverse == true)
    }

    @Test func clozeProblemsAreLocated() {
        let marked = MarkedText(
            """
            id: test
            title: T
            cards:
              a:
                cloze: "The 1️⃣{capital} of Australia"
              b:
                cloze: x {c1::y}
                2️⃣front: z
              c:
                front: f
                back: b
                reverse: 3️⃣sometimes
            """)
        let (_, problems) = load(marked)
        let at = { (n: Int) in "decks/test.yaml:\(marked.location(of: n).line):\(marked.location(of: n).column): error: " }
        #expect(
            problems.contains(
                at(1) + "'cloze' in card 'a': {capital} is not a cloze deletion: write a deletion as {c1::answer} or {c1::answer::hint}"))
        #expect(problems.contains(at(2) + "'front' in card 'b': a cloze card has its answers in 'cloze', not a front and a back"))
        #expect(problems.contains(at(3) + "'reverse' in card 'c' is 'sometimes': write true or false"))
    }
}
