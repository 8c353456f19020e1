import Facts

/// Anki's cloze markup in a field's text, `{{c1::answer}}` and `{{c1::answer::hint}}`, read into Recall's
/// `ClozeText`.
enum AnkiCloze {
    struct Result {
        var cloze: ClozeText
        /// Numbers that appeared only inside another deletion: Recall does not nest deletions, so these
        /// cards cannot be asked on their own.
        var nested: Set<Int>
    }

    /// The deletions of `text` (already turned from HTML into text); nil when it has none.
    static func parse(_ text: String) -> Result? {
        let scalars = Array(text.unicodeScalars)
        var segments: [ClozeText.Segment] = []
        var literal = ""
        var nested = Set<Int>()
        var i = 0
        func flush() {
            if !literal.isEmpty { segments.append(.text(literal)) }
            literal = ""
        }
        while i < scalars.count {
            if let (number, bodyStart) = opening(scalars, at: i), let close = closing(scalars, from: bodyStart, nested: &nested) {
                let body = String(String.UnicodeScalarView(scalars[bodyStart..<close]))
                let (answer, hint) = split(body)
                let flatAnswer = flatten(answer)
                if !flatAnswer.isEmpty {
                    flush()
                    segments.append(
                        .deletion(number: number, answer: flatAnswer, hint: hint.map(flatten).flatMap { $0.isEmpty ? nil : $0 }))
                } else {
                    literal += flatAnswer
                }
                i = close + 2
            } else {
                literal.unicodeScalars.append(scalars[i])
                i += 1
            }
        }
        flush()
        let cloze = ClozeText(segments: segments)
        return cloze.numbers.isEmpty ? nil : Result(cloze: cloze, nested: nested.subtracting(cloze.numbers))
    }

    /// `{{cN::` at `i`: the number and where the body starts.
    private static func opening(_ s: [Unicode.Scalar], at i: Int) -> (Int, Int)? {
        guard i + 4 < s.count, s[i] == "{", s[i + 1] == "{", s[i + 2] == "c" || s[i + 2] == "C" else { return nil }
        var j = i + 3
        var digits = ""
        while j < s.count, s[j].properties.numericType == .decimal, s[j].isASCII {
            digits.unicodeScalars.append(s[j])
            j += 1
        }
        guard let n = Int(digits), n >= 1, j + 1 < s.count, s[j] == ":", s[j + 1] == ":" else { return nil }
        return (n, j + 2)
    }

    /// The index of the `}}` that closes a deletion whose body starts at `from`, skipping nested deletions.
    private static func closing(_ s: [Unicode.Scalar], from: Int, nested: inout Set<Int>) -> Int? {
        var depth = 0
        var j = from
        while j + 1 < s.count {
            if let (n, next) = opening(s, at: j) {
                nested.insert(n)
                depth += 1
                j = next
            } else if s[j] == "}", s[j + 1] == "}" {
                if depth == 0 { return j }
                depth -= 1
                j += 2
            } else {
                j += 1
            }
        }
        return nil
    }

    /// The answer and the hint, split at the first `::` outside a nested deletion.
    private static func split(_ body: String) -> (String, String?) {
        let s = Array(body.unicodeScalars)
        var depth = 0
        var j = 0
        while j + 1 < s.count {
            if opening(s, at: j) != nil {
                depth += 1
                j += 3
            } else if s[j] == "}", s[j + 1] == "}" {
                depth = max(0, depth - 1)
                j += 2
            } else if depth == 0, s[j] == ":", s[j + 1] == ":" {
                return (String(String.UnicodeScalarView(s[..<j])), String(String.UnicodeScalarView(s[(j + 2)...])))
            } else {
                j += 1
            }
        }
        return (body, nil)
    }

    /// A deletion's text with any nested deletions replaced by their answers.
    private static func flatten(_ text: String) -> String {
        (parse(text)?.cloze.filled ?? text).trimmingSpacesAndNewlines
    }
}

extension String {
    var trimmingSpacesAndNewlines: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }
}
