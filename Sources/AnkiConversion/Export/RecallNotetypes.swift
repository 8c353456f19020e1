import AnkiPackage

/// The note types Recall's exports use: Anki's stock Basic, reversed, type-in and Cloze, each with an
/// Explanation field shown under the answer. Their ids are fixed, so a second export's notes land in the
/// note types the first one made.
enum RecallNotetypes {
    static let basic = standard(id: 1_735_689_600_101, name: "Recall Basic", templates: [card1])
    static let reversed = standard(id: 1_735_689_600_102, name: "Recall Basic (and reversed card)", templates: [card1, card2])
    static let typeIn = standard(
        id: 1_735_689_600_103, name: "Recall Basic (type in the answer)",
        templates: [
            .init(
                name: "Card 1", question: "{{Front}}\n\n{{type:Back}}",
                answer: "{{Front}}\n\n<hr id=answer>\n\n{{type:Back}}" + explanation)
        ])
    static let cloze = AnkiNotetype(
        id: 1_735_689_600_104, name: "Recall Cloze", kind: .cloze, fields: ["Text", "Explanation"],
        templates: [.init(name: "Cloze", question: "{{cloze:Text}}", answer: "{{cloze:Text}}" + explanation)],
        css: css + ".cloze {\n    font-weight: bold;\n    color: blue;\n}\n.nightMode .cloze {\n    color: lightblue;\n}\n")

    static let all = [basic, reversed, typeIn, cloze]

    private static let explanation = "{{#Explanation}}\n<div class=explanation>{{Explanation}}</div>\n{{/Explanation}}"
    private static let card1 = AnkiNotetype.Template(
        name: "Card 1", question: "{{Front}}", answer: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}" + explanation)
    private static let card2 = AnkiNotetype.Template(
        name: "Card 2", question: "{{Back}}", answer: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}" + explanation)

    private static func standard(id: Int64, name: String, templates: [AnkiNotetype.Template]) -> AnkiNotetype {
        AnkiNotetype(id: id, name: name, kind: .standard, fields: ["Front", "Back", "Explanation"], templates: templates, css: css)
    }

    static let css = """
        .card {
            font-family: arial;
            font-size: 20px;
            line-height: 1.5;
            text-align: center;
            color: black;
            background-color: white;
        }
        .explanation {
            margin-top: 1em;
            font-size: 80%;
            color: #555;
        }
        .nightMode .explanation {
            color: #bbb;
        }

        """
}
