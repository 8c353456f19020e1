import Foundation
import TextFormats

/// A small builder of inline SVG: shapes in a fixed coordinate space scaled to the page's width.
struct SVGCanvas {
    let width: Double
    let height: Double
    private(set) var parts: [String] = []

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    static func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, title: String? = nil, className: String? = nil) {
        let cls = className.map { " class=\"\($0)\"" } ?? ""
        let head =
            "<rect x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" width=\"\(Self.n(max(0, width)))\" height=\"\(Self.n(max(0, height)))\" fill=\"\(fill)\"\(cls)"
        if let title {
            parts.append(head + "><title>\(HTMLText.escape(title))</title></rect>")
        } else {
            parts.append(head + "/>")
        }
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, className: String) {
        parts.append("<line x1=\"\(Self.n(x1))\" y1=\"\(Self.n(y1))\" x2=\"\(Self.n(x2))\" y2=\"\(Self.n(y2))\" class=\"\(className)\"/>")
    }

    mutating func text(_ text: String, x: Double, y: Double, anchor: String = "start", className: String = "label", rotate: Double? = nil) {
        let transform = rotate.map { " transform=\"rotate(\(Self.n($0)) \(Self.n(x)) \(Self.n(y)))\"" } ?? ""
        parts.append(
            "<text x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" text-anchor=\"\(anchor)\" class=\"\(className)\"\(transform)>\(HTMLText.escape(text))</text>"
        )
    }

    mutating func polyline(_ points: [(Double, Double)], stroke: String) {
        guard points.count > 1 else { return }
        let list = points.map { "\(Self.n($0.0)),\(Self.n($0.1))" }.joined(separator: " ")
        parts.append("<polyline points=\"\(list)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"2\"/>")
    }

    mutating func circle(x: Double, y: Double, r: Double, fill: String, title: String) {
        parts.append(
            "<circle cx=\"\(Self.n(x))\" cy=\"\(Self.n(y))\" r=\"\(Self.n(r))\" fill=\"\(fill)\"><title>\(HTMLText.escape(title))</title></circle>"
        )
    }

    mutating func raw(_ markup: String) {
        parts.append(markup)
    }

    /// The `<svg>` element, described for screen readers by `label`.
    func render(label: String, id: String) -> String {
        "<svg id=\"\(id)\" class=\"chart\" viewBox=\"0 0 \(Self.n(width)) \(Self.n(height))\" role=\"img\" aria-label=\"\(HTMLText.escape(label))\" xmlns=\"http://www.w3.org/2000/svg\">"
            + parts.joined(separator: "\n") + "</svg>"
    }

    /// A round top for an axis holding `value`, and its tick step: 1, 2 or 5 times a power of ten, about
    /// four ticks.
    static func axis(max value: Double) -> (top: Double, step: Double) {
        guard value > 0 else { return (1, 1) }
        let rough = value / 4
        let magnitude = pow(10, floor(log10(rough)))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? 10 * magnitude
        let niceStep = max(1, step)
        return (ceil(value / niceStep) * niceStep, niceStep)
    }
}
