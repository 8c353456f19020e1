/// Splits a sentence into words, numbers and marks, and finds its quotations.
///
/// Hand-written rather than built on a parsing library: tokenizing is one pass over characters with a few
/// look-aheads (a comma is part of "575,000" but not of "1945, Soviet"; an apostrophe belongs to "People’s" but
/// closes ‘reprisal’), which is shorter and faster to say directly than as combinators.
enum Tokenizer {
    static func tokens(_ chars: [Character]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        let n = chars.count
        func isLetter(_ k: Int) -> Bool { k >= 0 && k < n && chars[k].isLetter }
        func isDigit(_ k: Int) -> Bool { k >= 0 && k < n && chars[k].isASCII && chars[k].isNumber }
        while i < n {
            let c = chars[i]
            if c.isWhitespace {
                i += 1
                continue
            }
            if isDigit(i) {
                var j = i
                while j < n {
                    if isDigit(j) {
                        j += 1
                    } else if (chars[j] == "," && isDigit(j + 1) && isDigit(j + 2) && isDigit(j + 3) && !isDigit(j + 4))
                        || (chars[j] == "." && isDigit(j + 1))
                    {
                        j += 1
                    } else {
                        break
                    }
                }
                // An ordinal or decade suffix stays with its digits: 9th, 21st, 1990s.
                let suffix = String(chars[j..<min(n, j + 2)]).lowercased()
                if ["st", "nd", "rd", "th"].contains(suffix), !isLetter(j + 2) {
                    j += 2
                } else if j < n, chars[j] == "s", !isLetter(j + 1) {
                    j += 1
                }
                tokens.append(Token(kind: .number, text: String(chars[i..<j]), range: i..<j))
                i = j
                continue
            }
            if isLetter(i) {
                var j = i
                while j < n {
                    if isLetter(j) || isDigit(j) {
                        j += 1
                    } else if (chars[j] == "-" || chars[j] == "‑") && isLetter(j + 1) && j > i {
                        j += 1
                    } else if (chars[j] == "’" || chars[j] == "'") && isLetter(j + 1) {
                        // People’s, O'Brien, don't — but the possessive ’s is split off below.
                        if (chars[j + 1] == "s" || chars[j + 1] == "S") && !isLetter(j + 2) { break }
                        j += 1
                    } else if chars[j] == "." && j + 1 < n && chars[j + 1].isLetter && j + 2 < n && chars[j + 2] == "." {
                        // U.S., e.g. — letters joined by periods.
                        j += 1
                    } else {
                        break
                    }
                }
                // Abbreviations with inner periods keep their final period: "U.S.", "e.g.".
                if j < n, chars[j] == ".", chars[i..<j].contains("."), j - i <= 6 { j += 1 }
                tokens.append(Token(kind: .word, text: String(chars[i..<j]), range: i..<j))
                i = j
                if i + 1 < n, chars[i] == "’" || chars[i] == "'", chars[i + 1] == "s" || chars[i + 1] == "S", !isLetter(i + 2) {
                    tokens.append(Token(kind: .possessive, text: String(chars[i..<(i + 2)]), range: i..<(i + 2)))
                    i += 2
                } else if i < n, chars[i] == "’" || chars[i] == "'", i > 0, chars[i - 1] == "s", !isLetter(i + 1),
                    !(tokens.last.map { opensQuote(before: $0.range.lowerBound, chars) } ?? false)
                {
                    // Plural possessive: soldiers’ barracks. A closing quotation mark looks the same; see quotations().
                    tokens.append(Token(kind: .possessive, text: String(chars[i]), range: i..<(i + 1)))
                    i += 1
                }
                continue
            }
            tokens.append(Token(kind: .punctuation, text: String(c), range: i..<(i + 1)))
            i += 1
        }
        return tokens
    }

    private static func opensQuote(before offset: Int, _ chars: [Character]) -> Bool {
        var k = offset - 1
        while k >= 0 {
            if chars[k] == "‘" { return true }
            if chars[k] == "’" { return false }
            k -= 1
        }
        return false
    }

    /// Finds the quotations of a sentence — “curly”, "straight", and ‘single’ where the text uses only those —
    /// and marks the tokens inside them.
    static func quotations(in tokens: inout [Token], characters: [Character]) -> [Sentence.Quotation] {
        var found: [Sentence.Quotation] = []
        var openIndex: Int?
        var straightOpen: Int?
        for (index, token) in tokens.enumerated() where token.kind == .punctuation {
            switch token.text {
            case "“", "«", "„":
                openIndex = index
            case "”", "»":
                if let open = openIndex {
                    found.append(quotation(open: open, close: index, tokens: tokens, characters: characters))
                    openIndex = nil
                }
            case "\"":
                if let open = straightOpen {
                    found.append(quotation(open: open, close: index, tokens: tokens, characters: characters))
                    straightOpen = nil
                } else {
                    straightOpen = index
                }
            default:
                break
            }
        }
        if found.isEmpty {
            // Single quotation marks, for texts that quote with them: ‘…’ where ’ is followed by no letter.
            var open: Int?
            for (index, token) in tokens.enumerated() {
                if token.kind == .punctuation, token.text == "‘" {
                    open = index
                } else if let o = open, token.text == "’" || (token.kind == .possessive && token.text == "’") {
                    found.append(quotation(open: o, close: index, tokens: tokens, characters: characters))
                    open = nil
                }
            }
        }
        for q in found {
            for k in q.tokens { tokens[k].inQuote = true }
        }
        return found
    }

    private static func quotation(open: Int, close: Int, tokens: [Token], characters: [Character]) -> Sentence.Quotation {
        let start = tokens[open].range.upperBound
        let end = tokens[close].range.lowerBound
        return Sentence.Quotation(tokens: (open + 1)..<close, open: open, close: close, text: String(characters[start..<max(start, end)]))
    }
}
