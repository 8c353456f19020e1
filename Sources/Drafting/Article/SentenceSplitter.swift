/// Splits a paragraph into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotation marks and brackets after it) followed by
/// a space and a capital, a digit or an opening mark — except after an abbreviation or an initial ("Dr.",
/// "No.", "J. R. R."), and never inside an open quotation, so that a quoted passage of several sentences stays
/// with the words that attribute it.
enum SentenceSplitter {
    static func split(_ text: String) -> [(text: String, offset: Int)] {
        let chars = Array(text)
        let withQuotes = boundaries(chars, respectQuotes: true)
        // A quotation never closed would swallow the paragraph: split it as if it had no quotation marks.
        let ends = withQuotes.unbalanced ? boundaries(chars, respectQuotes: false).ends : withQuotes.ends
        var out: [(String, Int)] = []
        var start = 0
        for end in ends + [chars.count] where end > start {
            var s = start
            while s < end, chars[s].isWhitespace { s += 1 }
            var e = end
            while e > s, chars[e - 1].isWhitespace { e -= 1 }
            if e > s { out.append((String(chars[s..<e]), s)) }
            start = end
        }
        return out
    }

    private static func boundaries(_ chars: [Character], respectQuotes: Bool) -> (ends: [Int], unbalanced: Bool) {
        var ends: [Int] = []
        var depth = 0
        var straightOpen = false
        var i = 0
        let n = chars.count
        while i < n {
            let c = chars[i]
            switch c {
            case "“", "«": depth += 1
            case "”", "»": depth = max(0, depth - 1)
            case "\"": straightOpen.toggle()
            default: break
            }
            guard c == "." || c == "!" || c == "?" || c == "…" else {
                i += 1
                continue
            }
            var j = i + 1
            while j < n, ".!?…".contains(chars[j]) { j += 1 }
            // Closing marks that belong to this sentence.
            var closesQuote = false
            while j < n, "”»\"’')]".contains(chars[j]) {
                if chars[j] == "”" || chars[j] == "»" {
                    depth = max(0, depth - 1)
                    closesQuote = true
                }
                if chars[j] == "\"" {
                    straightOpen.toggle()
                    closesQuote = true
                }
                j += 1
            }
            guard j < n, chars[j].isWhitespace else {
                i = j
                continue
            }
            var k = j
            while k < n, chars[k].isWhitespace { k += 1 }
            guard k < n else { break }
            let next = chars[k]
            let startsSentence = next.isUppercase || next.isNumber || "“«\"‘([".contains(next)
            let quoted = respectQuotes && (depth > 0 || straightOpen) && !closesQuote
            if startsSentence, !quoted, !isAbbreviation(before: i, chars) || c != "." {
                ends.append(j)
            }
            i = j
        }
        return (ends, depth > 0 || straightOpen)
    }

    /// Whether the period at `index` ends an abbreviation or an initial rather than a sentence.
    static func isAbbreviation(before index: Int, _ chars: [Character]) -> Bool {
        var k = index - 1
        while k >= 0, chars[k].isLetter || chars[k] == "." { k -= 1 }
        let word = String(chars[(k + 1)..<index])
        if word.isEmpty { return false }
        if word.count == 1, let letter = word.first, letter.isUppercase { return true }
        if word.contains(".") { return true }
        return Lexicon.abbreviations.contains(word.lowercased())
    }
}
