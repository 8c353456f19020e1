import Facts

/// A fact's `text` made from its sentence: chosen token ranges become `{date}`, `{who}` or `{value}`.
enum TemplateBuilder {
    /// The sentence with each range's characters replaced by its text; braces in the sentence are doubled.
    static func template(_ s: Sentence, replacing replacements: [(Range<Int>, String)]) -> TextTemplate? {
        let t = s.tokens
        let sorted = replacements.filter { !$0.0.isEmpty }.sorted { $0.0.lowerBound < $1.0.lowerBound }
        var out = ""
        var cursor = 0
        for (range, replacement) in sorted {
            let start = t[range.lowerBound].range.lowerBound
            let end = t[range.upperBound - 1].range.upperBound
            guard start >= cursor else { continue }
            out += escaped(s.text(cursor..<start))
            out += replacement
            cursor = end
        }
        out += escaped(s.text(cursor..<s.characters.count))
        let (template, errors) = TextTemplate.parse(out)
        return errors.isEmpty ? template : nil
    }

    /// A template from text written here ("… on {date}."), with the sentence's own words escaped.
    static func parse(_ text: String) -> TextTemplate? {
        let (template, errors) = TextTemplate.parse(text)
        return errors.isEmpty ? template : nil
    }

    static func escaped(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "{": out += "{{"
            case "}": out += "}}"
            default: out.append(c)
            }
        }
        return out
    }
}
