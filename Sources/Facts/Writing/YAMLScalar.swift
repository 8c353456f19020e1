/// How a string is written in a deck file: plain where YAML reads it back unchanged, double-quoted otherwise.
/// Every writer of deck text uses it: drafts, Anki imports, and the loader's renaming of repeated keys.
///
/// Written here rather than through Yams' emitter because a draft carries a comment above every fact, which
/// an emitter of nodes cannot place.
public enum YAMLScalar {
    public static func render(_ text: String, inFlow: Bool = false) -> String {
        isPlainSafe(text, inFlow: inFlow) ? text : quoted(text)
    }

    /// A double-quoted scalar: backslashes, quotes and every control or format character escaped, everything
    /// else (any script, emoji) written as itself.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                let category = scalar.properties.generalCategory
                if category == .control || category == .format || category == .lineSeparator || category == .paragraphSeparator
                    || category == .surrogate || scalar == "\u{FEFF}"
                {
                    out += scalar.value <= 0xFFFF ? "\\u" + hex(scalar.value, digits: 4) : "\\U" + hex(scalar.value, digits: 8)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    static let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"]

    static func isPlainSafe(_ text: String, inFlow: Bool) -> Bool {
        guard let first = text.first, let last = text.last else { return false }
        if first.isWhitespace || last.isWhitespace || last == ":" { return false }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) { return false }
        if reserved.contains(text.lowercased()) { return false }
        if first.isNumber || ((first == "." || first == "+") && text.dropFirst().first?.isNumber == true) { return false }
        if text.contains(": ") || text.contains(" #") || text.contains("\t") { return false }
        if inFlow, text.contains(where: { ",[]{}".contains($0) }) { return false }
        for scalar in text.unicodeScalars
        where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || scalar.value == 0xFEFF
            || scalar.value == 0x2028 || scalar.value == 0x2029
        {
            return false
        }
        return true
    }
}
