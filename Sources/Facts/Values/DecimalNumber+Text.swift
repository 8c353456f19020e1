extension DecimalNumber: CustomStringConvertible {
    /// The number as a reader sees it: "575,000", "−273.15", "6.02214076 × 10²³".
    public var description: String {
        var text = isNegative ? "\u{2212}" : ""
        if let exponent {
            text += integerDigits
            if !fractionDigits.isEmpty { text += "." + fractionDigits }
            text += " × 10" + Self.superscript(exponent)
        } else {
            text += Self.grouped(integerDigits)
            if !fractionDigits.isEmpty { text += "." + fractionDigits }
        }
        return text
    }

    /// Digits grouped in threes with commas: "575000" → "575,000". Four-digit numbers are grouped too.
    static func grouped(_ digits: String) -> String {
        let chars = Array(digits)
        var out = ""
        for (index, char) in chars.enumerated() {
            if index > 0, (chars.count - index) % 3 == 0 { out.append(",") }
            out.append(char)
        }
        return out
    }

    static func superscript(_ n: Int) -> String {
        let map: [Character: Character] = [
            "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻",
        ]
        return String(String(n).map { map[$0] ?? $0 })
    }

    /// Parses a deck number: digits with optional `_` between them, an optional sign, fraction and exponent.
    public static func parse(_ text: String) -> Result<DecimalNumber, NumberParseError> {
        let trimmed = String(text.trimmingSpaces)
        var chars = Substring(trimmed)
        var negative = false
        if chars.first == "-" || chars.first == "+" {
            negative = chars.first == "-"
            chars = chars.dropFirst()
        }
        var mantissa = chars
        var exponent: Int?
        if let e = chars.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = chars[..<e]
            var expText = chars[chars.index(after: e)...]
            var expNegative = false
            if expText.first == "-" || expText.first == "+" {
                expNegative = expText.first == "-"
                expText = expText.dropFirst()
            }
            guard !expText.isEmpty, expText.count <= 4, expText.allSatisfy(\.isASCIIDigit), let value = Int(expText)
            else { return .failure(Self.failure(for: trimmed)) }
            exponent = expNegative ? -value : value
        }
        let pieces = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(pieces.count) else { return .failure(Self.failure(for: trimmed)) }
        guard let whole = digitsRemovingUnderscores(pieces[0], allowEmpty: pieces.count == 2) else {
            return .failure(Self.failure(for: trimmed))
        }
        var fraction = ""
        if pieces.count == 2 {
            guard let f = digitsRemovingUnderscores(pieces[1], allowEmpty: false) else {
                return .failure(Self.failure(for: trimmed))
            }
            fraction = f
        }
        return .success(DecimalNumber(isNegative: negative, integerDigits: whole, fractionDigits: fraction, exponent: exponent))
    }

    /// The digits of `text` with single underscores between digits removed; nil if anything else is there.
    private static func digitsRemovingUnderscores(_ text: Substring, allowEmpty: Bool) -> String? {
        if text.isEmpty { return allowEmpty ? "0" : nil }
        guard let first = text.first, first.isASCIIDigit, let last = text.last, last.isASCIIDigit, !text.contains("__") else { return nil }
        let digits = text.filter { $0 != "_" }
        return digits.allSatisfy(\.isASCIIDigit) ? String(digits) : nil
    }

    private static func failure(for text: String) -> NumberParseError {
        let withoutSeparators = text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: " ", with: "")
        if withoutSeparators != text, case .success = parse(withoutSeparators) {
            return .separators(text)
        }
        return .notANumber(text)
    }
}

/// Why a number could not be read.
public enum NumberParseError: Error, Equatable, Sendable, CustomStringConvertible {
    case notANumber(String)
    case separators(String)

    public var description: String {
        switch self {
        case .notANumber(let text):
            "'\(text)' is not a number: write digits like 575000, 575_000, -273.15 or 6.02214076e23, or a range like [62000, 92000]"
        case .separators(let text):
            "'\(text)' is not a number: leave out commas and spaces, or group with underscores (575_000)"
        }
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
