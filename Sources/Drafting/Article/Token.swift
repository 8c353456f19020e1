/// One word, number or mark of a sentence, with where it is in the sentence's characters.
struct Token: Hashable {
    enum Kind: Hashable {
        case word
        /// Digits, perhaps with grouping commas and a decimal point ("575,000", "1.5"), or an ordinal ("9th").
        case number
        /// The possessive ending split off a word: "’s" of "Stalin’s".
        case possessive
        case punctuation
    }

    let kind: Kind
    let text: String
    /// The token's text in lower case, for matching against the word lists (kept, as every finder asks for it).
    let lower: String
    /// The characters of the sentence this token covers.
    let range: Range<Int>
    /// Whether the token lies between quotation marks.
    var inQuote: Bool = false

    init(kind: Kind, text: String, range: Range<Int>) {
        self.kind = kind
        self.text = text
        self.lower = text.lowercased()
        self.range = range
    }

    var isWord: Bool { kind == .word }

    /// A word that starts with a capital letter.
    var isCapitalized: Bool { kind == .word && (text.first?.isUppercase ?? false) }

    /// A word written in capitals throughout ("USSR", "POWs" counts: its last letter may be a plural s).
    var isAcronym: Bool {
        guard kind == .word, text.count >= 2 else { return false }
        let body = text.last == "s" ? text.dropLast() : Substring(text)
        return body.count >= 2 && body.allSatisfy { $0.isUppercase || $0 == "." }
    }

    /// An ordinal written in digits: "9th", "21st".
    var isOrdinal: Bool {
        kind == .number && (text.hasSuffix("st") || text.hasSuffix("nd") || text.hasSuffix("rd") || text.hasSuffix("th"))
    }

    /// The digits of a number token without grouping or an ordinal suffix ("575,000" → "575000").
    var digits: String { String(text.filter { $0.isNumber || $0 == "." }) }

    /// Whether this is the given mark.
    func `is`(_ mark: Character) -> Bool { kind == .punctuation && text.first == mark && text.count == 1 }
}
