/// A fact's sentence with slots: "{who} issued Order No. 9898 on {date}."
///
/// Each placeholder is a slot a cloze or fill-in question can blank out. `{{` and `}}` write literal braces.
public struct TextTemplate: Hashable, Sendable {
    public enum Placeholder: String, CaseIterable, Hashable, Sendable {
        case date
        case who
        case value
    }

    public enum Segment: Hashable, Sendable {
        case text(String)
        case slot(Placeholder)
    }

    public var segments: [Segment]

    public init(segments: [Segment]) {
        self.segments = segments
    }

    /// The placeholders used, in order of first appearance.
    public var placeholders: [Placeholder] {
        var seen: [Placeholder] = []
        for case .slot(let p) in segments where !seen.contains(p) { seen.append(p) }
        return seen
    }

    /// The sentence with each placeholder replaced by `fill(placeholder)`.
    public func render(_ fill: (Placeholder) -> String) -> String {
        segments.map { segment in
            switch segment {
            case .text(let text): text
            case .slot(let p): fill(p)
            }
        }.joined()
    }

    /// A problem in a template, at a Unicode-scalar offset from its start.
    public struct ParseError: Error, Hashable, Sendable {
        public var offset: Int
        public var message: String
    }

    /// Parses a template, collecting every problem (unknown placeholders, unmatched braces).
    public static func parse(_ text: String) -> (template: TextTemplate, errors: [ParseError]) {
        var segments: [Segment] = []
        var errors: [ParseError] = []
        var literal = ""
        let scalars = Array(text.unicodeScalars)
        var i = 0
        func flush() {
            if !literal.isEmpty { segments.append(.text(literal)) }
            literal = ""
        }
        while i < scalars.count {
            let c = scalars[i]
            if c == "{" {
                if i + 1 < scalars.count, scalars[i + 1] == "{" {
                    literal.unicodeScalars.append("{")
                    i += 2
                    continue
                }
                guard let close = scalars[(i + 1)...].firstIndex(of: "}") else {
                    errors.append(
                        .init(
                            offset: i,
                            message: "'{' is never closed: write placeholders as {date}, {who} or {value}, and a literal brace as {{"))
                    break
                }
                let name = String(String.UnicodeScalarView(scalars[(i + 1)..<close]))
                if let placeholder = Placeholder(rawValue: name) {
                    flush()
                    segments.append(.slot(placeholder))
                } else {
                    errors.append(.init(offset: i, message: "unknown placeholder {\(name)}: a template may use {date}, {who} and {value}"))
                }
                i = close + 1
            } else if c == "}" {
                if i + 1 < scalars.count, scalars[i + 1] == "}" {
                    literal.unicodeScalars.append("}")
                    i += 2
                    continue
                }
                errors.append(.init(offset: i, message: "'}' without a matching '{': write a literal brace as }}"))
                i += 1
            } else {
                literal.unicodeScalars.append(c)
                i += 1
            }
        }
        flush()
        return (TextTemplate(segments: segments), errors)
    }
}
