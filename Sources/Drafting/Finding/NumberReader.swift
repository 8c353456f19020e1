import Facts

/// Reads one number at a token: digits ("575,000", "1.5 million"), words ("two million", "twenty-five",
/// "half a million"), with a minus sign or "minus" before it.
enum NumberReader {
    /// A number read from the tokens `tokens` (the sign and the scale words included).
    struct Reading {
        var value: DecimalNumber
        var tokens: Range<Int>
        /// Written in words ("three") rather than digits.
        var inWords: Bool
        /// Multiplied by a scale word ("million") or a suffix ("bn").
        var scaled: Bool
        /// The currency a sign before it names ("$" is dollars).
        var currency: String?
    }

    static func read(_ t: [Token], at start: Int) -> Reading? {
        var i = start
        var negative = false
        var currency: String?
        if t[i].isWord, t[i].lower == "minus" || t[i].lower == "negative", i + 1 < t.count, t[i + 1].kind == .number {
            negative = true
            i += 1
        } else if t[i].kind == .punctuation, t[i].text == "−" || t[i].text == "-", i + 1 < t.count, t[i + 1].kind == .number,
            t[i].range.upperBound == t[i + 1].range.lowerBound, start == 0 || t[start - 1].range.upperBound < t[i].range.lowerBound
        {
            negative = true
            i += 1
        }
        if t[i].kind == .punctuation, let c = t[i].text.first, let name = Lexicon.currencySigns[c], i + 1 < t.count,
            t[i + 1].kind == .number
        {
            currency = name
            i += 1
        } else if t[i].isWord, t[i].text == "US", i + 2 < t.count, t[i + 1].is("$"), t[i + 2].kind == .number {
            currency = "US dollars"
            i += 2
        }
        if t[i].kind == .number {
            let token = t[i]
            guard !token.isOrdinal, !token.text.hasSuffix("s") else { return nil }
            let parts = token.digits.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count <= 2, !parts[0].isEmpty else { return nil }
            var integer = String(parts[0])
            var fraction = parts.count == 2 ? String(parts[1]) : ""
            var end = i + 1
            var scaled = false
            if end < t.count, t[end].isWord, let power = scale(t[end].lower, afterCurrency: currency != nil) {
                (integer, fraction) = shift(integer, fraction, by: power)
                end += 1
                scaled = true
            }
            if !scaled, fraction.isEmpty, andAHalf(t, at: end) {
                fraction = "5"
                end += 3
            }
            let value = DecimalNumber(isNegative: negative, integerDigits: integer, fractionDigits: fraction)
            return Reading(value: value, tokens: start..<end, inWords: false, scaled: scaled, currency: currency)
        }
        guard currency == nil, let (n, end, scaled) = words(t, at: i) else { return nil }
        if !scaled, andAHalf(t, at: end) {
            // "two and a half hours"
            let value = DecimalNumber(isNegative: negative, integerDigits: String(n), fractionDigits: "5")
            return Reading(value: value, tokens: start..<(end + 3), inWords: true, scaled: false, currency: nil)
        }
        return Reading(value: DecimalNumber(negative ? -n : n), tokens: start..<end, inWords: true, scaled: scaled, currency: nil)
    }

    /// "and a half" right at `k`.
    static func andAHalf(_ t: [Token], at k: Int) -> Bool {
        k + 2 < t.count && t[k].lower == "and" && t[k + 1].lower == "a" && t[k + 2].lower == "half"
    }

    /// The power of ten a scale word stands for: "million" is 6; after a currency "m" and "bn" count too.
    static func scale(_ word: String, afterCurrency: Bool) -> Int? {
        if let p = Lexicon.scales[word] { return p }
        if word == "bn" || (afterCurrency && word == "b") { return 9 }
        if word == "mn" || (afterCurrency && word == "m") { return 6 }
        if afterCurrency && (word == "k") { return 3 }
        return nil
    }

    /// Digits moved by a power of ten, exactly: ("1", "5") by 6 is ("1500000", "").
    static func shift(_ integer: String, _ fraction: String, by power: Int) -> (String, String) {
        let moved = String(fraction.prefix(power))
        let rest = String(fraction.dropFirst(power))
        let padding = String(repeating: "0", count: max(0, power - fraction.count))
        return (integer + moved + padding, rest)
    }

    /// A number written in words: "three", "twenty-five", "two hundred and fifty", "a million", "half a million".
    static func words(_ t: [Token], at start: Int) -> (Int, Int, Bool)? {
        var i = start
        var total = 0
        var current = 0
        var seen = false
        var scaled = false
        var half = false
        if t[i].isWord, t[i].lower == "half", i + 2 < t.count, t[i + 1].lower == "a", Lexicon.scales[t[i + 2].lower] != nil {
            half = true
            i += 1
        }
        while i < t.count, t[i].isWord {
            let word = t[i].lower
            if (word == "a" || word == "an") && !seen {
                guard i + 1 < t.count else { break }
                let next = t[i + 1].lower
                if next == "dozen" {
                    current = 12
                    seen = true
                    i += 2
                    continue
                }
                guard Lexicon.scales[next] != nil else { break }
                current = 1
                seen = true
                i += 1
                continue
            }
            if word == "and", seen, i + 1 < t.count, small(t[i + 1].lower) != nil {
                i += 1
                continue
            }
            if let n = small(word) {
                current += n
                seen = true
            } else if word == "hundred", seen || current > 0 {
                current = max(current, 1) * 100
                scaled = true
            } else if let p = Lexicon.scales[word], p >= 3, seen {
                var value = max(current, 1)
                for _ in 0..<p { value *= 10 }
                total += value
                current = 0
                scaled = true
            } else {
                break
            }
            i += 1
        }
        guard seen, i > start else { return nil }
        var value = total + current
        if half { value /= 2 }
        return (value, i, scaled)
    }

    /// "seven", "twenty-five": a number below a hundred.
    private static func small(_ word: String) -> Int? {
        if let n = Lexicon.smallNumbers[word] { return n }
        let parts = word.split(separator: "-")
        if parts.count == 2, let tens = Lexicon.smallNumbers[String(parts[0])], tens >= 20, tens % 10 == 0,
            let units = Lexicon.smallNumbers[String(parts[1])], units < 10, units > 0
        {
            return tens + units
        }
        return nil
    }
}
