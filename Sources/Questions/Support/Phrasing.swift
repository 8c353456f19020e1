import Facts

/// Small pieces of English the generator builds its sentences from.
enum Phrasing {
    /// The blank a cloze or completion prompt shows in place of a slot.
    static let blank = "_____"

    /// A label as it sits inside a sentence or an option: trimmed, one final full stop dropped.
    static func label(_ text: String) -> String {
        var t = trimmed(text)
        if t.hasSuffix("."), !t.hasSuffix("..") { t.removeLast() }
        return t
    }

    static func trimmed(_ text: String) -> String {
        if let first = text.utf8.first, let last = text.utf8.last, first > 0x20, last > 0x20,
            !text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D })
        {
            return text
        }
        var s = Substring(text)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        // A label written over several lines reads as one line.
        return s.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map { $0.trimmingCharacters() }.joined(separator: " ")
    }

    /// The text with its first letter in upper case, for the start of a sentence.
    static func capitalized(_ text: String) -> String {
        guard let first = text.first, first.isLowercase else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// Whether the text already ends a sentence: "…Japan.", "…wiped clean.”", "…(F = ma)."
    static func endsSentence(_ text: String) -> Bool {
        for scalar in text.unicodeScalars.reversed() {
            if scalar.properties.isWhitespace || "”’\"')»".unicodeScalars.contains(scalar) { continue }
            return ".!?…".unicodeScalars.contains(scalar)
        }
        return false
    }

    /// The text as a whole sentence: capitalised, with a full stop unless it ends one already.
    static func sentence(_ text: String) -> String {
        let t = capitalized(trimmed(text))
        return endsSentence(t) ? t : t + "."
    }

    /// Text in curly double quotes, its own double quotes turned into single ones.
    static func quoted(_ text: String) -> String {
        var inner = ""
        var open = true
        for character in trimmed(text) {
            switch character {
            case "“": inner.append("‘")
            case "”": inner.append("’")
            case "\"":
                inner.append(open ? "‘" : "’")
                open.toggle()
            default: inner.append(character)
            }
        }
        return "“" + inner + "”"
    }

    /// Names as a list: "A", "A and B", "A, B and C".
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }

    /// Alternatives as a list: "A or B", "A, B or C".
    static func alternatives(_ items: [String]) -> String {
        items.count < 2 ? list(items) : items.dropLast().joined(separator: ", ") + " or " + items[items.count - 1]
    }

    /// A quotation is a fragment when it does not read as a sentence of its own ("crime of totalitarianism").
    static func isFragment(_ quote: String) -> Bool {
        let t = trimmed(quote)
        guard let first = t.first else { return true }
        return first.isLowercase || !endsSentence(t)
    }

    /// "a" or "an" before a word, by its sound as far as spelling tells.
    static func article(before word: String) -> String {
        guard let first = word.lowercased().first else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }

    /// The unit for a count of one: "years" → "year", "carats of diamonds" → "carat of diamonds", "degrees Celsius" → "degree Celsius".
    static func singular(unit: String) -> String {
        var words = unit.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard !words.isEmpty else { return unit }
        let boundaries: Set<String> = ["of", "per", "who", "that", "which", "in", "for", "from", "at", "on", "with"]
        var end = words.firstIndex { boundaries.contains($0.lowercased()) } ?? words.count
        if end == 0 { return unit }
        // "degrees Celsius": a capitalised last word qualifies the noun before it.
        if end >= 2, words[end - 1].first?.isUppercase == true, words[end - 2].first?.isLowercase == true { end -= 1 }
        words[end - 1] = singular(word: words[end - 1])
        return words.joined(separator: " ")
    }

    static func singular(word: String) -> String {
        let irregular: [String: String] = [
            "people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot",
            "teeth": "tooth", "mice": "mouse", "geese": "goose", "data": "datum", "criteria": "criterion",
        ]
        let lower = word.lowercased()
        if let s = irregular[lower] { return word.first?.isUppercase == true ? s.capitalized : s }
        if lower.hasSuffix("ies"), lower.count > 4 { return String(word.dropLast(3)) + "y" }
        for ending in ["ches", "shes", "sses", "xes", "zes"] where lower.hasSuffix(ending) {
            return String(word.dropLast(2))
        }
        if lower.hasSuffix("s"), !lower.hasSuffix("ss"), !lower.hasSuffix("us"), !lower.hasSuffix("is"), lower.count > 2 {
            return String(word.dropLast())
        }
        return word
    }

    /// The figure as a noun phrase: "approximately 80,000 Japanese soldiers", "62,000–92,000 deaths", "1 year".
    static func quantityPhrase(_ figure: Figure) -> String {
        let unit = isOne(figure.quantity) ? singular(unit: figure.unit) : figure.unit
        return [figure.quantity.qualifier?.rawValue, figure.quantity.numberText, unit].compactMap { $0 }.joined(separator: " ")
    }

    /// Whether the quantity is exactly one (or minus one), so its unit is singular.
    static func isOne(_ quantity: Quantity) -> Bool {
        guard case .exact(let n) = quantity.value else { return false }
        return n.exponent == nil && n.integerDigits == "1" && n.fractionDigits.isEmpty
    }
}

extension Substring {
    func trimmingCharacters() -> String {
        var s = self
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }
}
