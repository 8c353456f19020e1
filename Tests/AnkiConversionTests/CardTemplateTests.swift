import Testing

@testable import AnkiConversion

/// Anki's template language, as far as text goes.
@Suite struct CardTemplateTests {
    func render(_ template: String, _ fields: [String: String], answer: Bool = false) -> String {
        CardTemplate(template).render(fields: fields, answerSide: answer).map(\.html).joined()
    }

    @Test func fieldsSectionsAndFilters() {
        #expect(render("Q: {{Front}}", ["Front": "x"]) == "Q: x")
        #expect(render("{{#Extra}}[{{Extra}}]{{/Extra}}{{^Extra}}none{{/Extra}}", ["Extra": ""]) == "none")
        #expect(render("{{#Extra}}[{{Extra}}]{{/Extra}}", ["Extra": "e"]) == "[e]")
        #expect(render("{{text:Front}} {{type:Back}}", ["Front": "a", "Back": "b"]) == "a ")
        #expect(render("{{type:Back}}", ["Back": "b"], answer: true) == "b")
        #expect(render("{{kanji:Word}}|{{kana:Word}}", ["Word": "日本[にほん] 語[ご]"]) == "日本 語|にほん ご")
        #expect(render("{{tts en_US:Front}}{{Missing}}", ["Front": "a"]) == "")
        #expect(CardTemplate("{{Front}} {{#Add Reverse}}{{Back}}{{/Add Reverse}}").shownFields == ["Front", "Back"])
    }

    @Test func answerSideAfterTheMarker() {
        let pair = TemplatePair(
            .init(name: "Card 1", question: "{{Front}}", answer: "{{FrontSide}}\n\n<hr id=answer>\n\nAnswer: {{Back}}<br>{{Notes}}"))
        let sides = pair.sides(["Front": "Q", "Back": "A", "Notes": "more <b>notes</b>"], special: [:])
        #expect(sides.front == "Q")
        #expect(sides.back == "A")
        #expect(sides.extra == "more notes")
    }

    @Test func anklesClozeMarkup() throws {
        let parsed = try #require(AnkiCloze.parse("{{c1::a::hint}} and {{c2::b {{c3::c}} d}} {x}"))
        #expect(parsed.cloze.written == "{c1::a::hint} and {c2::b c d} {{x}}")
        #expect(parsed.nested == [3])
        #expect(AnkiCloze.parse("no deletions {{c1::}}") == nil)
    }
}
