/// One thing drawn on a page. Coordinates are in points from the page's top-left corner, y growing down.
public enum PageElement: Hashable, Sendable {
    /// Text whose top-left corner is at (x, y), wrapped at `width` when given.
    case text(String, x: Double, y: Double, width: Double?, style: TextStyle, alignment: TextAlignment)
    /// A straight line.
    case line(x1: Double, y1: Double, x2: Double, y2: Double, thickness: Double)
    /// A circle's outline: a bubble to fill in.
    case circle(centerX: Double, centerY: Double, radius: Double)
    /// A rectangle's outline: a box to write in.
    case box(x: Double, y: Double, width: Double, height: Double)

    /// The element moved down by `dy`.
    func shifted(by dy: Double) -> PageElement {
        switch self {
        case .text(let s, let x, let y, let w, let style, let a): .text(s, x: x, y: y + dy, width: w, style: style, alignment: a)
        case .line(let x1, let y1, let x2, let y2, let t): .line(x1: x1, y1: y1 + dy, x2: x2, y2: y2 + dy, thickness: t)
        case .circle(let cx, let cy, let r): .circle(centerX: cx, centerY: cy + dy, radius: r)
        case .box(let x, let y, let w, let h): .box(x: x, y: y + dy, width: w, height: h)
        }
    }

    /// The text it shows, if any.
    public var text: String? {
        if case .text(let s, _, _, _, _, _) = self { return s }
        return nil
    }
}
