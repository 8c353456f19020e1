import Yams

extension DeckReader {
    static let cardFields = ["front", "back", "reverse", "cloze", "extra", "anki-guid"]

    /// A card: `front` and `back` (with `reverse: true` to ask both ways), or a `cloze` sentence; either may
    /// have an `extra` shown after the answer, and the `anki-guid` of the note it came from.
    mutating func readCard(_ id: FactID, _ node: Node, at location: SourceLocation) -> Flashcard? {
        let owner = "card '\(id.local)'"
        guard let f = fields(of: node, owner: owner, at: location, allowed: Self.cardFields) else { return nil }
        let extra = string(f, "extra", owner: owner, at: location)
        let guid = string(f, "anki-guid", owner: owner, at: location)
        var card: Flashcard?
        if f["cloze"] != nil {
            for name in ["front", "back", "reverse"] {
                if let entry = f[name] {
                    report(at: entry.key, "'\(name)' in \(owner): a cloze card has its answers in 'cloze', not a front and a back")
                }
            }
            card = readCloze(f, id: id, owner: owner, at: location)
        } else {
            let front = string(f, "front", owner: owner, at: location, required: true)
            let back = string(f, "back", owner: owner, at: location, required: true)
            let reverse = flag(f, "reverse", owner: owner)
            if let front, let back {
                card = Flashcard(id: id, front: front, back: back, location: location)
                card?.reverse = reverse
            }
        }
        card?.extra = extra
        card?.ankiGUID = guid
        return card
    }

    private mutating func readCloze(_ f: Fields, id: FactID, owner: String, at start: SourceLocation) -> Flashcard? {
        // A text value came from a scalar node, so the node and its raw text are there whenever the text is.
        guard let text = string(f, "cloze", owner: owner, at: start, required: true),
            let node = f["cloze"]?.value, let raw = node.scalar?.string
        else { return nil }
        let lead = raw.unicodeScalars.prefix { $0.properties.isWhitespace }.count
        let (cloze, errors) = ClozeText.parse(text)
        for error in errors {
            let token = String(String.UnicodeScalarView(Array(text.unicodeScalars).dropFirst(error.offset).prefix(1)))
            report(at: location(in: node, offset: lead + error.offset, token: token), "'cloze' in \(owner): \(error.message)")
        }
        return errors.isEmpty ? Flashcard(id: id, cloze: cloze, location: start) : nil
    }

    /// A yes/no field: true or false.
    private mutating func flag(_ f: Fields, _ name: String, owner: String) -> Bool {
        guard let entry = f[name] else { return false }
        guard let scalar = entry.value.scalar, !Self.isNull(scalar) else {
            report(at: entry.value, "'\(name)' in \(owner) should be true or false, not \(Self.kind(of: entry.value))")
            return false
        }
        switch scalar.string.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            report(at: entry.value, "'\(name)' in \(owner) is '\(scalar.string)': write true or false")
            return false
        }
    }
}
