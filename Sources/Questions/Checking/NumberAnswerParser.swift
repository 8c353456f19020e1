import Foundation

/// Reads a number as a learner types it: `575000`, `575,000`, `575 000`, `575k`, `575 thousand`, `1.5 million`,
/// `−50`, `6.02e23`, `6.02 × 10^23`, and ranges such as `62,000–92,000`. Words before the number
/// ("about", "up to") and after it (the unit) are ignored.
enum NumberAnswerParser {
    enum Reading: Equatable {
        case value(Double)
        case range(Double, Double)
        case unreadable
    }

    static let multipliers: [String: Double] = [
        "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "millions": 1e6, "bn": 1e9, "billion": 1e9,
        "billions": 1e9, "trillion": 1e12, "thousands": 1e3, "hundred": 1e2,
    ]

    static func read(_ text: String) -> Reading {
        var t = text.lowercased()
        for (from, to) in [("\u{2212}", "-"), ("\u{00A0}", " "), ("\u{202F}", " "), ("\u{2009}", " "), ("–", " – "), ("—", " – ")] {
            t = t.replacingAll(from, with: to)
        }
        t = superscriptsToCaret(t)
        for separator in [" – ", " to ", " and "] {
            let parts = t.components(separatedBy: separator)
            if parts.count == 2, case .value(let a) = value(parts[0]), case .value(let b) = value(parts[1]) {
                return a <= b ? .range(a, b) : .range(b, a)
            }
        }
        // "62000-92000": a dash between two numbers (not a leading minus).
        if let dash = t.dropFirst().firstIndex(of: "-"), t[t.index(before: dash)].isASCIIDigitCharacter,
            case .value(let a) = value(String(t[..<dash])), case .value(let b) = value(String(t[t.index(after: dash)...]))
        {
            return a <= b ? .range(a, b) : .range(b, a)
        }
        return value(t)
    }

    /// "10²³" → "10^23", so the exponent reads like a typed one.
    private static func superscriptsToCaret(_ text: String) -> String {
        let map: [Character: Character] = ["⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9", "⁻": "-"]
        var out = ""
        var inExponent = false
        for c in text {
            if let d = map[c] {
                if !inExponent { out.append("^") }
                inExponent = true
                out.append(d)
            } else {
                inExponent = false
                out.append(c)
            }
        }
        return out
    }

    static func value(_ text: String) -> Reading {
        let chars = Array(text)
        var i = 0
        func skipSpaces() { while i < chars.count, chars[i] == " " { i += 1 } }
        // Skip leading words ("about", "up to", "approximately").
        while i < chars.count, !(chars[i].isASCIIDigitCharacter || chars[i] == "-" || chars[i] == "+" || chars[i] == ".") { i += 1 }
        guard i < chars.count else { return .unreadable }
        var negative = false
        if chars[i] == "-" || chars[i] == "+" {
            negative = chars[i] == "-"
            i += 1
            skipSpaces()
        }
        // Digits with grouping by commas, spaces or underscores, and a decimal point.
        var mantissa = ""
        while i < chars.count {
            let c = chars[i]
            if c.isASCIIDigitCharacter || c == "." {
                mantissa.append(c)
                i += 1
            } else if (c == "," || c == " " || c == "_" || c == "'"), i + 1 < chars.count, chars[i + 1].isASCIIDigitCharacter, !mantissa.isEmpty {
                mantissa.append(c == " " || c == "'" || c == "_" ? "_" : ",")
                i += 1
            } else {
                break
            }
        }
        guard let number = plain(mantissa) else { return .unreadable }
        var result = number
        // Scientific notation is read from text, so that 6.02e23 is exactly the double 6.02e23.
        func scaled(_ e: Int) -> Double { Double("\(number)e\(e)") ?? number * pow10(e) }
        skipSpaces()
        // Scientific notation: e23, × 10^23, x 10^23, *10^23.
        if i < chars.count, chars[i] == "e", i + 1 < chars.count, chars[i + 1].isASCIIDigitCharacter || chars[i + 1] == "-" || chars[i + 1] == "+" {
            i += 1
            guard let e = exponent(chars, &i) else { return .unreadable }
            result = scaled(e)
        } else if i < chars.count, ["×", "x", "*"].contains(chars[i]) {
            i += 1
            skipSpaces()
            guard i + 1 < chars.count, chars[i] == "1", chars[i + 1] == "0" else { return .unreadable }
            i += 2
            skipSpaces()
            if i < chars.count, chars[i] == "^" { i += 1 }
            guard let e = exponent(chars, &i) else { return .unreadable }
            result = scaled(e)
        } else {
            // A multiplier word: k, thousand, million, billion.
            var word = ""
            while i < chars.count, chars[i].isLetter {
                word.append(chars[i])
                i += 1
            }
            if let m = multipliers[word] { result *= m }
        }
        return .value(negative ? -result : result)
    }

    private static func exponent(_ chars: [Character], _ i: inout Int) -> Int? {
        var text = ""
        if i < chars.count, chars[i] == "-" || chars[i] == "+" {
            text.append(chars[i])
            i += 1
        }
        while i < chars.count, chars[i].isASCIIDigitCharacter {
            text.append(chars[i])
            i += 1
        }
        guard let e = Int(text), abs(e) < 400 else { return nil }
        return e
    }

    private static func pow10(_ e: Int) -> Double {
        Double("1e\(e)") ?? .nan
    }

    /// Digits with "_" for a space group separator and "," for a comma: commas in groups of three are grouping,
    /// a lone comma otherwise is a decimal comma.
    private static func plain(_ text: String) -> Double? {
        guard !text.isEmpty else { return nil }
        var t = text
        if t.contains(",") {
            let groups = t.split(separator: ",", omittingEmptySubsequences: false)
            let grouping = groups.dropFirst().allSatisfy { g in
                let digits = g.prefix { $0 != "." && $0 != "_" }
                return digits.count == 3
            }
            if grouping {
                t = t.replacingAll(",", with: "")
            } else if groups.count == 2, !t.contains(".") {
                t = t.replacingAll(",", with: ".")
            } else {
                return nil
            }
        }
        t = t.replacingAll("_", with: "")
        guard t.filter({ $0 == "." }).count <= 1, t != "." else { return nil }
        return Double(t)
    }
}
