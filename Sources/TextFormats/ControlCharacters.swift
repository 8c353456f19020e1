/// The one rule for control characters in text Recall reads, stores and shows.
///
/// A control character (C0, DEL or C1) in deck text or a name would reach terminals and files as a command
/// (ESC starts a terminal escape sequence, BEL rings, BS erases) and no XML parser accepts most of them. Deck
/// fields and names refuse them when read; free text a learner typed is kept as typed and shown through
/// `visible(_:)`.
public enum ControlCharacters {
    /// C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F): Unicode's general category Cc.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// The first control character in `text` and its offset in Unicode scalars; a line feed counts only when
    /// `allowingLineFeeds` is false.
    public static func first(in text: String, allowingLineFeeds: Bool = false) -> (offset: Int, scalar: Unicode.Scalar)? {
        var offset = 0
        for scalar in text.unicodeScalars {
            if isControl(scalar) && !(allowingLineFeeds && scalar == "\n") {
                return (offset, scalar)
            }
            offset += 1
        }
        return nil
    }

    /// True when `text` holds no control character (line feeds allowed when `allowingLineFeeds`).
    public static func isFree(_ text: String, allowingLineFeeds: Bool = false) -> Bool {
        first(in: text, allowingLineFeeds: allowingLineFeeds) == nil
    }

    /// How a message names the character: `U+001B (escape)`.
    public static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        guard let name = names[scalar.value] else { return code }
        return "\(code) (\(name))"
    }

    private static let names: [UInt32: String] = [
        0x00: "NUL", 0x07: "bell", 0x08: "backspace", 0x09: "tab", 0x0A: "line feed", 0x0B: "vertical tab",
        0x0C: "form feed", 0x0D: "carriage return", 0x1B: "escape", 0x7F: "delete", 0x85: "next line",
        0x9B: "control sequence introducer", 0x9D: "operating system command",
    ]

    /// Text safe to show on a terminal: each control character except the line feed replaced by U+FFFD, so
    /// that text a learner typed or a file brought in can be shown without being obeyed.
    public static func visible(_ text: String) -> String {
        guard !isFree(text, allowingLineFeeds: true) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(isControl(scalar) && scalar != "\n" ? "\u{FFFD}" : scalar)
        }
        return String(out)
    }
}
