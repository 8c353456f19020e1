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
        out += "title: " + YAMLScalar.quoted(title) + "\n"
        if let source {
            let fields = [("title", source.title), ("note", source.note), ("url", source.url), ("author", source.author)]
                .compactMap { name, value in value.map { (name, $0) } }
            if !fields.isEmpty {
                out += "source:\n"
                for (name, value) in fields { out += "  \(name): " + YAMLScalar.quoted(value) + "\n" }
            }
        }
        out += "cards:\n"
        for card in cards {
            out += "  \(card.id.local):\n"
            if let cloze = card.cloze {
                out += "    cloze: " + YAMLScalar.quoted(cloze.written) + "\n"
            } else {
                out += "    front: " + YAMLScalar.quoted(card.front) + "\n"
                out += "    back: " + YAMLScalar.quoted(card.back) + "\n"
                if card.reverse { out += "    reverse: true\n" }
            }
            if let extra = card.extra { out += "    extra: " + YAMLScalar.quoted(extra) + "\n" }
            if let guid = card.ankiGUID { out += "    anki-guid: " + YAMLScalar.quoted(guid) + "\n" }
        }
        return out
    }

}
