import Facts

/// Writes a deck of cards as a deck file, in the layout of docs/deck-format.md.
///
/// Every text is double-quoted, so that nothing an Anki field holds (`yes`, `null`, `1945`, `- item`, `#`)
/// can be read back as anything but the text it was. The writer is Recall's own rather than Yams's emitter:
/// the shape is fixed (a mapping of cards, each a mapping of text fields), a double-quoted scalar needs only
/// `\\`, `\"` and control characters escaped, and the emitter resolved a tag with regular expressions for
/// every scalar (a third of the time of importing a 20,000-note deck) and wrote emoji as `\U0001F600`. What it
/// writes is read back with the deck loader before it is kept (`AnkiImport`).
public enum DeckYAML {
    public static func text(
        id: String, title: String, source: Deck.Source?, cards: [Flashcard], comment: [String] = []
    ) -> String {
        var out = ""
        out.reserveCapacity(cards.count * 160)
        for line in comment { out += "# " + line + "\n" }
        out += "id: \(id)\n"
        out += "title: " + quoted(title) + "\n"
        if let source {
            let fields = [("title", source.title), ("note", source.note), ("url", source.url), ("author", source.author)]
                .compactMap { name, value in value.map { (name, $0) } }
            if !fields.isEmpty {
                out += "source:\n"
                for (name, value) in fields { out += "  \(name): " + quoted(value) + "\n" }
            }
        }
        out += "cards:\n"
        for card in cards {
            out += "  \(card.id.local):\n"
            if let cloze = card.cloze {
                out += "    cloze: " + quoted(cloze.written) + "\n"
            } else {
                out += "    front: " + quoted(card.front) + "\n"
                out += "    back: " + quoted(card.back) + "\n"
                if card.reverse { out += "    reverse: true\n" }
            }
            if let extra = card.extra { out += "    extra: " + quoted(extra) + "\n" }
            if let guid = card.ankiGUID { out += "    anki-guid: " + quoted(guid) + "\n" }
        }
        return out
    }

    /// A YAML double-quoted scalar: backslashes, quotes and every control or format character escaped,
    /// everything else (any script, emoji) written as itself.
    static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                let category = scalar.properties.generalCategory
                if category == .control || category == .format || category == .lineSeparator || category == .paragraphSeparator
                    || category == .surrogate || scalar == "\u{FEFF}"
                {
                    out +=
                        scalar.value <= 0xFFFF
                        ? "\\u" + hex(scalar.value, digits: 4) : "\\U" + hex(scalar.value, digits: 8)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
