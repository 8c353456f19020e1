/// The sheet a quiz is printed on.
public enum PaperSize: String, Codable, CaseIterable, Sendable, Hashable {
    case a4
    case letter

    /// Width and height in PostScript points (1/72 inch).
    public var points: (width: Double, height: Double) {
        switch self {
        case .a4: (595.276, 841.89)
        case .letter: (612, 792)
        }
    }

    /// The name CSS's `@page size` and LaTeX's geometry use.
    public var cssName: String {
        switch self {
        case .a4: "A4"
        case .letter: "letter"
        }
    }

    public var latexOption: String {
        switch self {
        case .a4: "a4paper"
        case .letter: "letterpaper"
        }
    }
}
