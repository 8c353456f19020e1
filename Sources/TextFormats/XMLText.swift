/// Text for XML 1.0 documents (Moodle XML, SVG): the one XML escaper.
///
/// XML 1.0 cannot hold most control characters at all, not even as character references, so those are
/// written as U+FFFD; deck text never has them (`recall check` refuses them), but other text might.
public enum XMLText {
    /// Text for element content and attribute values (double- or single-quoted).
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    /// XML 1.0's `Char` production (tab, line feed, carriage return, and U+0020 up, less U+FFFE and U+FFFF),
    /// less the C1 controls it discourages.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0x09 || value == 0x0A || value == 0x0D { return true }
        if value < 0x20 || (0x7F...0x9F).contains(value) { return false }
        return value != 0xFFFE && value != 0xFFFF
    }

    /// `text` as a CDATA section, which may hold anything but `]]>` (split across two sections) and the
    /// characters XML cannot hold.
    public static func cdata(_ text: String) -> String {
        var body = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            body.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
        }
        return "<![CDATA[" + String(body).replacingAll("]]>", with: "]]]]><![CDATA[>") + "]]>"
    }

    /// Text for an XML comment: on one line, without `--` (which may not appear in a comment).
    public static func comment(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            var next = isAllowed(scalar) ? scalar : "\u{FFFD}"
            if next == "\n" || next == "\r" || next == "\t" { next = " " }
            if next == "-" && previous == "-" { out.append(" ") }
            out.append(next)
            previous = next
        }
        if previous == "-" { out.append(" ") }
        return String(out)
    }
}

extension String {
    /// Every occurrence of `target` replaced, without Foundation.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
