/// Measures text as the renderer will set it, so the layout knows how tall each piece is. The PDF renderer
/// measures with Pango; tests use `ApproximateTextMeasurer`.
public protocol TextMeasuring {
    /// The size of `text` set in `style`, wrapped at `width` points when given (at word boundaries, breaking
    /// inside a word only when it is longer than a line).
    func size(of text: String, style: TextStyle, width: Double?) -> (width: Double, height: Double)
}

/// A measurer that assumes every character is `advance` ems wide and lines are `leading` ems apart: close
/// enough to plan pages, and exact enough for tests to reason about.
public struct ApproximateTextMeasurer: TextMeasuring, Sendable {
    public var advance: Double
    public var leading: Double

    public init(advance: Double = 0.55, leading: Double = 1.2) {
        self.advance = advance
        self.leading = leading
    }

    public func size(of text: String, style: TextStyle, width: Double?) -> (width: Double, height: Double) {
        let charWidth = style.size * advance
        let lineHeight = style.size * leading
        var lines = 0
        var widest = 0.0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = paragraph.split(separator: " ")
            guard let width else {
                widest = max(widest, Double(paragraph.count) * charWidth)
                lines += 1
                continue
            }
            let perLine = max(1, Int(width / charWidth))
            var used = 0
            var count = 1
            for word in words {
                let length = word.count
                if used == 0 {
                    used = length
                } else if used + 1 + length <= perLine {
                    used += 1 + length
                } else {
                    count += 1
                    used = length
                }
                while used > perLine {
                    count += 1
                    used -= perLine
                }
                widest = max(widest, Double(min(used, perLine)) * charWidth)
            }
            lines += count
        }
        return (widest, Double(max(1, lines)) * lineHeight)
    }
}
