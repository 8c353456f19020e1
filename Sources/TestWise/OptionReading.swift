import Foundation

/// Options read the way a student reads them: as dates split into parts, as numbers with their look.
///
/// Written apart from the generator's own parsers on purpose: a student reads what is printed, and a
/// mistake shared with the generator would hide the very leak this is meant to find.
enum OptionReading {
    /// One end of a date as printed: "23 August 1945", "August 1945", "44 BC", "AD 79".
    struct DateParts: Hashable {
        var day: Int?
        var month: Int?
        /// Negative before the common era.
        var year: Int

        /// A rough day count, for ordering and distances.
        var ordinal: Double { Double(year) * 372 + Double((month ?? 6) - 1) * 31 + Double(day ?? 15) }
    }

    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// The date or range an option prints, nil when it is not one.
    static func date(_ text: String) -> [DateParts]? {
        let parts = splitRange(text)
        var result: [DateParts] = []
        for part in parts {
            guard let d = dateEnd(part) else { return nil }
            result.append(d)
        }
        // "27 BC – AD 14": an era written on one end only belongs to both when they would otherwise be out of order.
        return result.isEmpty ? nil : result
    }

    private static func splitRange(_ text: String) -> [String] {
        let dash = text.contains(" – ") ? " – " : "–"
        return text.components(separatedBy: dash).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func dateEnd(_ text: String) -> DateParts? {
        var day: Int?
        var month: Int?
        var year: Int?
        var era = 1
        for token in text.split(separator: " ").map({ $0.lowercased() }) {
            if let m = months.firstIndex(of: token) {
                guard month == nil else { return nil }
                month = m + 1
            } else if token == "bc" || token == "bce" {
                era = -1
            } else if token == "ad" || token == "ce" {
                continue
            } else if let n = Int(token), n > 0 {
                if month == nil, year == nil, day == nil, n <= 31, text.split(separator: " ").count > 1 {
                    day = n
                } else {
                    guard year == nil else { return nil }
                    year = n
                }
            } else {
                return nil
            }
        }
        if year == nil, let d = day, month == nil {
            year = d
            day = nil
        }
        guard let year else { return nil }
        return DateParts(day: day, month: month, year: year * era)
    }

    /// A number as printed, with what makes it look the way it does.
    struct NumberLook: Hashable {
        /// The value (the low end of a range).
        var value: Double
        var high: Double?
        /// Digits after the decimal point (of the mantissa, in scientific notation).
        var decimals: Int
        var scientific: Bool
        var exponent: Int?
        var negative: Bool
        /// The significant digits, without leading or trailing zeros: 575,000 → "575", 6.02214076 × 10²³ → "602214076".
        var significant: String
        /// Zeros ending the integer part of a plain whole number: 460,000 → 4.
        var trailingZeros: Int
    }

    static let superscripts: [Character: Character] = [
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9", "⁻": "-",
    ]

    /// The number or range an option prints, nil when it is not one.
    static func number(_ text: String) -> NumberLook? {
        let cleaned = text.replacingOccurrences(of: "\u{2212}", with: "-").replacingOccurrences(of: ",", with: "")
            .replacingOccurrences(of: "\u{2009}", with: "").replacingOccurrences(of: "\u{202F}", with: "")
        var ends: [String] = []
        var current = ""
        for (i, c) in cleaned.enumerated() {
            if c == "–" && i > 0 {
                ends.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(c)
            }
        }
        ends.append(current.trimmingCharacters(in: .whitespaces))
        guard (1...2).contains(ends.count), var look = numberEnd(ends[0]) else { return nil }
        if ends.count == 2 {
            guard let high = numberEnd(ends[1]) else { return nil }
            look.high = high.value
        }
        return look
    }

    private static func numberEnd(_ text: String) -> NumberLook? {
        var mantissa = text
        var exponent: Int?
        if let times = text.firstIndex(of: "×") {
            mantissa = String(text[..<times]).trimmingCharacters(in: .whitespaces)
            var rest = String(text[text.index(after: times)...]).trimmingCharacters(in: .whitespaces)
            guard rest.hasPrefix("10") else { return nil }
            rest.removeFirst(2)
            let digits = String(rest.map { superscripts[$0] ?? $0 }).replacingOccurrences(of: "^", with: "")
            guard let e = Int(digits) else { return nil }
            exponent = e
        }
        guard let value = Double(mantissa) else { return nil }
        let negative = mantissa.hasPrefix("-")
        let body = negative ? String(mantissa.dropFirst()) : mantissa
        let pieces = body.split(separator: ".", omittingEmptySubsequences: false)
        let decimals = pieces.count > 1 ? pieces[1].count : 0
        var significant = Substring(pieces.joined())
        while significant.first == "0" { significant = significant.dropFirst() }
        var trailingZeros = 0
        if decimals == 0 {
            while significant.last == "0" {
                significant = significant.dropLast()
                trailingZeros += 1
            }
        }
        let scaled = exponent.map { value * pow(10, Double($0)) } ?? value
        return NumberLook(
            value: scaled, high: nil, decimals: decimals, scientific: exponent != nil, exponent: exponent, negative: negative,
            significant: String(significant), trailingZeros: trailingZeros)
    }

    /// Lower-case words of three letters or more that carry meaning, with a plural "s" dropped.
    static func contentWords(_ text: String) -> Set<String> {
        let stop: Set<String> = [
            "the", "and", "for", "with", "this", "that", "which", "these", "what", "who", "whom", "from", "into", "its", "his",
            "her", "their", "was", "were", "are", "has", "had", "have", "fits", "fit", "one", "did", "does", "how", "many",
            "about", "choose", "completes", "sentence", "description", "person", "people", "linked", "event", "happen",
            "happened", "date", "year", "term", "definition", "number", "figure", "true", "false", "said",
        ]
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var words: Set<String> = []
        for raw in folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            var w = String(raw)
            guard w.count >= 3, !stop.contains(w) else { continue }
            if w.count > 4, w.hasSuffix("s"), !w.hasSuffix("ss") { w.removeLast() }
            words.insert(w)
        }
        return words
    }
}
