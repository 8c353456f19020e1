import Facts
import Yams

/// Writes a deck of cards as a deck file, in the layout of docs/deck-format.md.
///
/// Every text is double-quoted, so that nothing an Anki field holds (`yes`, `null`, `1945`, `- item`, `#`)
/// can be read back as anything but the text it was.
public enum DeckYAML {
    public static func text(
        id: String, title: String, source: Deck.Source?, cards: [Flashcard], comment: [String] = []
    ) throws -> String {
        func key(_ name: String) -> Node { Node(name) }
        func text(_ value: String) -> Node { Node(value, .implicit, .doubleQuoted) }
        var top: [(Node, Node)] = [(key("id"), Node(id)), (key("title"), text(title))]
        if let source {
            var fields: [(Node, Node)] = []
            for (name, value) in [("title", source.title), ("note", source.note), ("url", source.url), ("author", source.author)] {
                if let value { fields.append((key(name), text(value))) }
            }
            if !fields.isEmpty { top.append((key("source"), Node(fields))) }
        }
        var entries: [(Node, Node)] = []
        for card in cards {
            var fields: [(Node, Node)] = []
            if let cloze = card.cloze {
                fields.append((key("cloze"), text(cloze.written)))
            } else {
                fields.append((key("front"), text(card.front)))
                fields.append((key("back"), text(card.back)))
                if card.reverse { fields.append((key("reverse"), Node("true"))) }
            }
            if let extra = card.extra { fields.append((key("extra"), text(extra))) }
            if let guid = card.ankiGUID { fields.append((key("anki-guid"), text(guid))) }
            entries.append((key(card.id.local), Node(fields)))
        }
        top.append((key("cards"), Node(entries)))
        let body = try serialize(node: Node(top), indent: 2, width: -1, allowUnicode: true)
        return comment.map { "# " + $0 + "\n" }.joined() + unescapingPrintable(body)
    }

    /// libyaml writes characters beyond the Basic Multilingual Plane (emoji, rarer CJK) as `\U0001F600`
    /// even when told to allow Unicode; a deck's author should read 😀. Escapes of control characters stay.
    static func unescapingPrintable(_ yaml: String) -> String {
        guard yaml.contains("\\U") || yaml.contains("\\u") else { return yaml }
        let scalars = Array(yaml.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "\\", i + 1 < scalars.count else {
                out.append(scalars[i])
                i += 1
                continue
            }
            let kind = scalars[i + 1]
            let length = kind == "U" ? 8 : kind == "u" ? 4 : 0
            if length > 0, i + 2 + length <= scalars.count,
                let value = UInt32(String(String.UnicodeScalarView(scalars[(i + 2)..<(i + 2 + length)])), radix: 16),
                let scalar = Unicode.Scalar(value),
                ![.control, .format, .surrogate, .unassigned, .privateUse, .lineSeparator, .paragraphSeparator].contains(scalar.properties.generalCategory)
            {
                out.append(scalar)
                i += 2 + length
            } else {
                // Another escape (\\, \", \n, …): copied whole, so an escaped backslash is never read as the start of one.
                out.append(scalars[i])
                out.append(kind)
                i += 2
            }
        }
        return String(out)
    }
}
