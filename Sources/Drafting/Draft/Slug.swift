/// Readable fact ids from words: "Potsdam Declaration" → `potsdam-declaration`.
enum Slug {
    /// Lowercase letters and digits of `words`, joined by hyphens, at most `limit` words and 40 characters.
    static func make(_ words: [String], limit: Int = 4) -> String {
        var parts: [String] = []
        for word in words {
            let folded = fold(word)
            let pieces = folded.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) }).map(String.init)
            for piece in pieces where !piece.isEmpty {
                parts.append(piece)
            }
            if parts.count >= limit { break }
        }
        var slug = ""
        for part in parts.prefix(limit) {
            let next = slug.isEmpty ? part : slug + "-" + part
            if next.count > 40 && !slug.isEmpty { break }
            slug = next
        }
        return String(slug.prefix(40))
    }

    /// The content words of a phrase, for an id: "The Red Army continued its push" → red, army, continued, push.
    static func content(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init).filter { word in
            let w = word.lowercased().filter { $0.isLetter || $0.isNumber }
            return !w.isEmpty && !Lexicon.functionWords.contains(w)
        }
    }

    /// Lowercase ASCII for a word: accents dropped ("Éric" → "eric"), other letters kept for the split above.
    static func fold(_ word: String) -> String {
        var out = ""
        for scalar in word.lowercased().unicodeScalars {
            if scalar.isASCII {
                out.unicodeScalars.append(scalar)
            } else if let base = folding[scalar] {
                out += base
            } else {
                out += " "
            }
        }
        return out
    }

    private static let folding: [Unicode.Scalar: String] = {
        var map: [Unicode.Scalar: String] = [:]
        let groups: [(String, String)] = [
            ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
            ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
            ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"),
            ("źżž", "z"), ("æ", "ae"), ("œ", "oe"), ("ß", "ss"), ("þ", "th"), ("ð", "d"),
        ]
        for (letters, base) in groups {
            for s in letters.unicodeScalars { map[s] = base }
        }
        return map
    }()
}
