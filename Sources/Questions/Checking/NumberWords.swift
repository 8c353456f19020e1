/// Numbers written in words turned into digits, so that `six`, `twenty-eight`, `one and a half million`,
/// `half a million` and `minus 50` read like `6`, `28`, `1.5 million`, `0.5 million` and `-50`.
enum NumberWords {
    static let units: [String: Double] = [
        "zero": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
    ]
    static let scales: [String: Double] = ["thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12]
    static let fractions: [String: Double] = ["half": 0.5, "quarter": 0.25, "third": 1.0 / 3]

    /// The text (lower case) with each run of number words replaced by its value in digits. A scale word
    /// after a run of words stays a word when the run ends in a fraction ("one and a half million"), so the
    /// multiplier is read as typed.
    static func digits(in text: String) -> String {
        // "twenty-eight": a hyphen between letters separates number words; a minus sign stays as it is.
        var spaced = ""
        let chars = Array(text)
        for (i, c) in chars.enumerated() {
            if c == "-", i > 0, i + 1 < chars.count, chars[i - 1].isLetter, chars[i + 1].isLetter {
                spaced += " - "
            } else {
                spaced.append(c)
            }
        }
        let tokens = spaced.split(separator: " ").map(String.init)
        var out: [String] = []
        var i = 0
        while i < tokens.count {
            if tokens[i] == "minus" || tokens[i] == "negative" {
                out.append("-")
                i += 1
                continue
            }
            guard let (value, used, scaleWord) = run(tokens, from: i) else {
                out.append(tokens[i])
                i += 1
                continue
            }
            out.append(format(value))
            if let scaleWord { out.append(scaleWord) }
            i += used
        }
        return out.joined(separator: " ").replacingAll("- ", with: "-")
    }

    /// A run of number words from `start`: its value, how many tokens it used, and a scale word left to read.
    static func run(_ tokens: [String], from start: Int) -> (Double, Int, String?)? {
        var i = start
        var total = 0.0
        var current = 0.0
        var any = false
        var fraction = false
        while i < tokens.count {
            let t = tokens[i]
            if let u = units[t] {
                current += u
                any = true
            } else if t == "hundred", any || current == 0 {
                current = max(current, 1) * 100
                any = true
            } else if let s = scales[t], any {
                if fraction { return (total + current, i - start, t) }
                total += max(current, 1) * s
                current = 0
            } else if t == "a" || t == "an", fraction {
                // "half a million"
            } else if t == "a" || t == "an", i + 1 < tokens.count,
                tokens[i + 1] == "hundred" || scales[tokens[i + 1]] != nil || fractions[tokens[i + 1]] != nil
            {
                if fractions[tokens[i + 1]] == nil { current += 1 }
                any = true
            } else if let f = fractions[t], any || start == i || tokens[i - 1] == "a" {
                current += f
                any = true
                fraction = true
            } else if t == "and" || t == "-", any, i + 1 < tokens.count, units[tokens[i + 1]] != nil || tokens[i + 1] == "a" {
                // "two hundred and fifty", "one and a half", "twenty-eight"
            } else {
                break
            }
            i += 1
        }
        guard any, i > start else { return nil }
        return (total + current, i - start, nil)
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
