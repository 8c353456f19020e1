/// How a piece of text is set: size in points, weight and slant. The font family is the renderer's.
public struct TextStyle: Hashable, Sendable {
    public var size: Double
    public var bold: Bool
    public var italic: Bool

    public init(size: Double, bold: Bool = false, italic: Bool = false) {
        self.size = size
        self.bold = bold
        self.italic = italic
    }

    public static let title = TextStyle(size: 17, bold: true)
    public static let heading = TextStyle(size: 13, bold: true)
    public static let body = TextStyle(size: 10.5)
    public static let bodyBold = TextStyle(size: 10.5, bold: true)
    public static let small = TextStyle(size: 8.5)
    public static let smallItalic = TextStyle(size: 8.5, italic: true)
    /// The letter inside a bubble.
    public static let bubbleLetter = TextStyle(size: 7, bold: true)
}

/// Where text sits within its box's width.
public enum TextAlignment: Sendable, Hashable {
    case left
    case center
    case right
}
