import Foundation

/// Reads a number as a learner types it: `575000`, `575,000`, `575 000`, `575k`, `575 thousand`, `1.5 million`,
/// `−50`, `6.02e23`, `6.02 × 10^23`, and ranges such as `62,000–92,000`. Words before the number
/// ("about", "up to") and after it (the unit) are ignored, numbers in words are read (`six`, `one and a half
/// million`, `minus 50`), and with the figure's unit its symbols are read as the unit, not as multipliers
/// (`564 m` of metres is 564).
enum NumberAnswerParser {
    enum Reading: Equatable {
        case value(Double)
        case range(Double, Double)
        case unreadable
    }

    /// The words and symbols a figure's unit is written with, and the multiplier it begins with.
    struct Unit: Hashable, Sendable {
        var words: Set<String>
        /// 1e9 for "billion US dollars": an answer is in those units, or written out in full.
        var multiplier: Double?

        static let symbols: [String: [String]] = [
            "metre": ["m"], "metres": ["m"], "meter": ["m"], "meters": ["m"], "kilometre": ["km"], "kilometres": ["km"],
            "kilometer": ["km"], "kilometers": ["km"], "centimetre": ["cm"], "centimetres": ["cm"], "millimetre": ["mm"],
            "millimetres": ["mm"], "kilogram": ["kg"], "kilograms": ["kg"], "gram": ["g"], "grams": ["g"], "tonne": ["t"],
            "tonnes": ["t"], "second": ["s", "sec", "secs"], "seconds": ["s", "sec", "secs"], "minute": ["min", "mins"],
            "minutes": ["min", "mins"], "hour": ["h", "hr", "hrs"], "hours": ["h", "hr", "hrs"], "degree": ["deg"], "degrees": ["deg"],
            "celsius": ["c"], "fahrenheit": ["f"], "kelvin": ["k"], "percent": ["pct"], "cent": ["pct"], "dollars": ["usd"],
            "dollar": ["usd"], "hertz": ["hz"], "joule": ["j"], "joules": ["j"], "pascal": ["pa"], "pascals": ["pa"], "litre": ["l"],
            "litres": ["l"], "liters": ["l"], "mile": ["mi"], "miles": ["mi"], "foot": ["ft"], "feet": ["ft"], "inch": ["in"],
            "inches": ["in"], "square": ["sq"], "watts": ["w"], "volts": ["v"], "newtons": ["n"], "coulombs": ["c"],
        ]

        init(_ unit: String) {
            let folded = TextFolding.words(unit)
            var words = Set(folded)
            for w in folded { words.formUnion(Self.symbols[w] ?? []) }
            self.words = words
            multiplier = folded.first.flatMap { NumberAnswerParser.multipliers[$0] }.flatMap { $0 >= 1000 ? $0 : nil }
        }
    }

    static let multipliers: [String: Double] = [
        "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "millions": 1e6, "bn": 1e9, "billion": 1e9,
        "billions": 1e9, "trillion": 1e12, "thousands": 1e3, "hundred": 1e2,
    ]

    static func read(_ text: String, unit: Unit? = nil) -> Reading {
        reading(text, unit: unit).reading
    }

    /// The reading, and whether the answer gave a multiplier of its own ("25.4 billion").
    static func reading(_ text: String, unit: Unit?) -> (reading: Reading, multiplied: Bool) {
        var t = text.lowercased()
        for (from, to) in [("\u{2212}", "-"), ("\u{00A0}", " "), ("\u{202F}", " "), ("\u{2009}", " "), ("–", " – "), ("—", " – ")] {
            t = t.replacingAll(from, with: to)
        }
        for symbol in ["$", "€", "£", "¥"] { t = t.replacingAll(symbol, with: " ") }
        t = NumberWords.digits(in: superscriptsToCaret(t))
        func pair(_ a: String, _ b: String) -> (Reading, Bool)? {
            let (x, xm) = value(a, unit: unit)
            let (y, ym) = value(b, unit: unit)
            guard case .value(var low) = x, case .value(var high) = y else { return nil }
            // "300–500 million": the second number's multiplier is the first's too.
            if ym, !xm, let m = multiplierAfter(b, unit: unit) { low *= m }
            // "1957–58": a short second number stands for the first's last digits.
            let digitsA = a.filter(\.isASCIIDigitCharacter)
            let digitsB = b.filter(\.isASCIIDigitCharacter)
            if !xm, !ym, low == low.rounded(), high == high.rounded(), high < low, digitsB.count < digitsA.count, low > 0 {
                let scale = pow(10, Double(digitsB.count))
                high = (low / scale).rounded(.down) * scale + high
                if high < low { high += scale }
            }
            return (low <= high ? .range(low, high) : .range(high, low), xm || ym)
        }
        // "23 or 24" for a range of 23–24: the two ends, as a teacher reads them.
        for separator in [" – ", " to ", " and ", " or "] {
            let parts = t.components(separatedBy: separator)
            if parts.count == 2, let r = pair(parts[0], parts[1]) { return r }
        }
        // "62000-92000": a dash between two numbers (not a leading minus).
        if let dash = t.dropFirst().firstIndex(of: "-"), t[t.index(before: dash)].isASCIIDigitCharacter,
            let r = pair(String(t[..<dash]), String(t[t.index(after: dash)...]))
        {
            return r
        }
        let (reading, multiplied) = value(t, unit: unit)
        return (reading, multiplied)
    }

    /// The multiplier word a number is followed by, unless it is the unit's own symbol.
    static func multiplierAfter(_ text: String, unit: Unit?) -> Double? {
        let words = text.split(whereSeparator: { !$0.isLetter }).map(String.init)
        guard let word = words.first, unit?.words.contains(word) != true else { return nil }
        return multipliers[word]
    }

    /// "10²³" → "10^23", so the exponent reads like a typed one.
    private static func superscriptsToCaret(_ text: String) -> String {
        let map: [Character: Character] = [
            "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9", "⁻": "-",
        ]
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
        value(text, unit: nil).0
    }

    static func value(_ text: String, unit: Unit?) -> (Reading, Bool) {
        let chars = Array(text)
        var i = 0
        func skipSpaces() { while i < chars.count, chars[i] == " " { i += 1 } }
        // Skip leading words ("about", "up to", "approximately").
        while i < chars.count, !(chars[i].isASCIIDigitCharacter || chars[i] == "-" || chars[i] == "+" || chars[i] == ".") { i += 1 }
        guard i < chars.count else { return (.unreadable, false) }
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
            } else if c == "," || c == " " || c == "_" || c == "'", i + 1 < chars.count, chars[i + 1].isASCIIDigitCharacter,
                !mantissa.isEmpty
            {
                mantissa.append(c == " " || c == "'" || c == "_" ? "_" : ",")
                i += 1
            } else {
                break
            }
        }
        guard let number = plain(mantissa) else { return (.unreadable, false) }
        var multiplied = false
        var result = number
        // Scientific notation is read from text, so that 6.02e23 is exactly the double 6.02e23.
        func scaled(_ e: Int) -> Double { Double("\(number)e\(e)") ?? number * pow10(e) }
        skipSpaces()
        // Scientific notation: e23, × 10^23, x 10^23, *10^23.
        if i < chars.count, chars[i] == "e", i + 1 < chars.count,
            chars[i + 1].isASCIIDigitCharacter || chars[i + 1] == "-" || chars[i + 1] == "+"
        {
            i += 1
            guard let e = exponent(chars, &i) else { return (.unreadable, false) }
            result = scaled(e)
        } else if i < chars.count, ["×", "x", "*"].contains(chars[i]) {
            i += 1
            skipSpaces()
            guard i + 1 < chars.count, chars[i] == "1", chars[i + 1] == "0" else { return (.unreadable, false) }
            i += 2
            skipSpaces()
            if i < chars.count, chars[i] == "^" { i += 1 }
            guard let e = exponent(chars, &i) else { return (.unreadable, false) }
            result = scaled(e)
        } else {
            // A multiplier word: k, thousand, million, billion.
            var word = ""
            while i < chars.count, chars[i].isLetter {
                word.append(chars[i])
                i += 1
            }
            // The unit's own symbol ("m" of metres, "k" of kelvin) is no multiplier.
            if unit?.words.contains(word) != true, let m = multipliers[word] {
                result *= m
                multiplied = true
            }
        }
        return (.value(negative ? -result : result), multiplied)
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
