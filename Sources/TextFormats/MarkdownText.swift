/// Text for Markdown (CommonMark and GitHub's tables): the one Markdown escaper.
public enum MarkdownText {
    /// Text that shows as written: Markdown's active characters backslash-escaped — `&` too, so that
    /// `&amp;` in a deck shows as `&amp;` and not as `&` — line breaks as spaces, control characters as U+FFFD.
    public static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.replacingAll("\r\n", with: "\n").unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "$", "&":
                out.append("\\")
                out.append(scalar)
            case "\n", "\r":
                out.append(" ")
            default:
                out.append(ControlCharacters.isControl(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        return String(out)
    }
}
