/// Text for LaTeX documents: the one LaTeX escaper.
public enum LaTeXText {
    /// Text with LaTeX's special characters made literal, line breaks as spaces and control characters (which
    /// stop pdflatex) as U+FFFD.
    public static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.replacingAll("\r\n", with: "\n").unicodeScalars {
            switch scalar {
            case "\\": out += "\\textbackslash{}"
            case "{": out += "\\{"
            case "}": out += "\\}"
            case "$": out += "\\$"
            case "&": out += "\\&"
            case "#": out += "\\#"
            case "%": out += "\\%"
            case "_": out += "\\_"
            case "^": out += "\\textasciicircum{}"
            case "~": out += "\\textasciitilde{}"
            case "<": out += "\\textless{}"
            case ">": out += "\\textgreater{}"
            case "|": out += "\\textbar{}"
            case "\"": out += "\\textquotedbl{}"
            case "\n", "\r": out += " "
            default: out.unicodeScalars.append(ControlCharacters.isControl(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        return out
    }
}
