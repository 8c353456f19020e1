/// Text for HTML documents (printed quizzes, class reports, and the HTML Moodle keeps in CDATA): the one
/// HTML escaper.
public enum HTMLText {
    /// Text for element content and attribute values: `& < > " '` as references, and the control characters
    /// HTML does not allow in text (all but tab and line breaks) as U+FFFD.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                let forbidden = ControlCharacters.isControl(scalar) && scalar != "\t" && scalar != "\n" && scalar != "\r"
                out.unicodeScalars.append(forbidden ? "\u{FFFD}" : scalar)
            }
        }
        return out
    }
}
