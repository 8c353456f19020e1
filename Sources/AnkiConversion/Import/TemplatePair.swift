import AnkiPackage
import Foundation

/// A card template's two sides, parsed, and how a note reads through them as text.
struct TemplatePair: Sendable {
    let question: CardTemplate
    let answer: CardTemplate
    /// The fields the question shows.
    let questionFields: Set<String>
    /// The fields the answer side adds to the question.
    let answerFields: Set<String>

    init(_ template: AnkiNotetype.Template) {
        question = CardTemplate(template.question)
        answer = CardTemplate(template.answer)
        questionFields = Set(question.shownFields).subtracting(TemplatePair.specialFields)
        answerFields = Set(answer.shownFields).subtracting(questionFields).subtracting(TemplatePair.specialFields)
    }

    static let specialFields: Set<String> = ["FrontSide", "Tags", "Type", "Deck", "Subdeck", "Card", "CardFlag"]

    /// A note's card as text: nil sides are empty once media are taken out.
    struct Sides {
        var front: String?
        var back: String?
        var extra: String?
        /// A side was empty only because it held nothing but pictures or sounds.
        var onlyMedia: Bool
    }

    /// The note read through the template; with `cloze`, that field is the question and is left out of
    /// the answer side.
    func sides(_ values: [String: String], special: [String: String], cloze: String? = nil) -> Sides {
        var special = special
        special["FrontSide"] = ""
        let frontHTML = question.render(fields: values, answerSide: false, special: special).map(\.html).joined()
        let frontText = FieldText(html: frontHTML)

        var pieces = answer.render(fields: values, answerSide: true, special: special)
        if let marker = Self.answerMarker(in: pieces) {
            pieces = Array(pieces[marker.index...])
            pieces[0].html = marker.rest
        } else {
            // Without the usual <hr id=answer>, leave out what repeats the question.
            pieces.removeAll { $0.field.map { questionFields.contains($0) } ?? false }
        }
        if let cloze { pieces.removeAll { $0.field == cloze } }
        var back: String?
        var sawField = false
        var extraHTML = ""
        var onlyMedia = frontText.text.isEmpty && !(frontText.images.isEmpty && frontText.sounds.isEmpty)
        for piece in pieces {
            if cloze == nil, back == nil {
                // The first field with text is the answer; labels and empty fields before it are not.
                if piece.field != nil {
                    sawField = true
                    let text = FieldText(html: piece.html)
                    if !text.text.isEmpty {
                        back = text.text
                        continue
                    }
                    if !(text.images.isEmpty && text.sounds.isEmpty) { onlyMedia = true }
                }
                continue
            }
            extraHTML += piece.html
        }
        if back == nil, cloze == nil, !sawField {
            // No field on the answer side: the answer side's own text, if any, is the back.
            let text = FieldText(html: pieces.map(\.html).joined()).text
            if !text.isEmpty { back = text }
        }
        let extra = FieldText(html: extraHTML).text
        return Sides(
            front: frontText.text.isEmpty ? nil : frontText.text, back: back, extra: extra.isEmpty ? nil : extra,
            onlyMedia: onlyMedia)
    }

    /// Where `<hr id=answer>` ends, in the template's own text.
    static func answerMarker(in pieces: [CardTemplate.Piece]) -> (index: Int, rest: String)? {
        for (index, piece) in pieces.enumerated() where piece.field == nil {
            for marker in ["<hr id=answer>", "<hr id=\"answer\">", "<hr id='answer'>", "<hr id=answer/>", "<hr id=\"answer\"/>"] {
                if let range = piece.html.range(of: marker, options: .caseInsensitive) {
                    return (index, String(piece.html[range.upperBound...]))
                }
            }
        }
        return nil
    }
}
