/// Characters that change how text around them looks without showing themselves: zero-width spaces and
/// joiners, bidirectional embeddings, overrides and isolates, and line and paragraph separators.
///
/// Names (of learners and classes) refuse them, so that two names that look alike are alike, and a name
/// cannot reverse the text printed after it.
public enum InvisibleCharacters {
    /// Unicode's format characters (Cf: U+200B–U+200F, U+202A–U+202E, U+2060–U+2069, U+FEFF, …) and the
    /// line and paragraph separators (Zl, Zp).
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }

    /// The first such character in `text`.
    public static func first(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isInvisible)
    }
}
