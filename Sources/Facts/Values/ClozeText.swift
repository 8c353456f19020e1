/// A card's sentence with cloze deletions: `"{c1::Canberra} is the capital of {c2::Australia::a country}."`
///
/// Each deletion is `{cN::answer}` or `{cN::answer::hint}`. Deletions with the same number are hidden
/// together and make one card, asked as `<deck>/cards/<id>/cN`; the others show their answers. `{{` and `}}`
/// write literal braces, as in templates.
public struct ClozeText: Hashable, Sendable {
    public enum Segment: Hashable, Sendable {
        case text(String)
        case deletion(number: Int, answer: String, hint: String?)
    }

    public var segments: [Segment]

    public init(segments: [Segment]) {
        self.segments = segments
    }

    /// The cloze numbers used, ascending, each once.
    public var numbers: [Int] {
        var seen = Set<Int>()
        for case .deletion(let n, _, _) in segments { seen.insert(n) }
        return seen.sorted()
    }

    /// The sentence with every answer in place.
    public var filled: String {
        render { _, answer, _ in answer }
    }

    /// The deletions of one number, in order: their answers and hints.
    public func deletions(_ number: Int) -> [(answer: String, hint: String?)] {
        segments.compactMap {
            if case .deletion(number, let answer, let hint) = $0 { return (answer, hint) }
            return nil
        }
    }

    /// The sentence with each deletion replaced by `fill(number, answer, hint)`.
    public func render(_ fill: (Int, String, String?) -> String) -> String {
        segments.map { segment in
            switch segment {
            case .text(let text): text
            case .deletion(let n, let answer, let hint): fill(n, answer, hint)
            }
        }.joined()
    }

    /// The text as a deck file writes it, braces in plain text doubled.
    public var written: String {
        segments.map { segment in
            switch segment {
            case .text(let text):
                text.replacingOccurrences(of: "{", with: "{{").replacingOccurrences(of: "}", with: "}}")
            case .deletion(let n, let answer, let hint):
                "{c\(n)::\(Self.escaped(answer))\(hint.map { "::" + Self.escaped($0) } ?? "")}"
            }
        }.joined()
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "{", with: "{{").replacingOccurrences(of: "}", with: "}}")
    }

    /// A problem in a cloze text, at a Unicode-scalar offset from its start.
    public typealias ParseError = TextTemplate.ParseError

    /// Parses a cloze text, collecting every problem.
    public static func parse(_ text: String) -> (cloze: ClozeText, errors: [ParseError]) {
        let scalars = Array(text.unicodeScalars)
        var segments: [Segment] = []
        var errors: [ParseError] = []
        var literal = ""
        var i = 0
        func flush() {
            if !literal.isEmpty { segments.append(.text(literal)) }
            literal = ""
        }
        /// The text from `start` to the next single `}` (doubled braces are literal), and the index after it.
        func inner(from start: Int) -> (String, Int)? {
            var out = ""
            var j = start
            while j < scalars.count {
                let c = scalars[j]
                if c == "{" || c == "}", j + 1 < scalars.count, scalars[j + 1] == c {
                    out.unicodeScalars.append(c)
                    j += 2
                } else if c == "}" {
                    return (out, j + 1)
                } else if c == "{" {
                    return nil
                } else {
                    out.unicodeScalars.append(c)
                    j += 1
                }
            }
            return nil
        }
        let example = "write a deletion as {c1::answer} or {c1::answer::hint}"
        while i < scalars.count {
            let c = scalars[i]
            if c == "{" || c == "}", i + 1 < scalars.count, scalars[i + 1] == c {
                literal.unicodeScalars.append(c)
                i += 2
            } else if c == "}" {
                errors.append(.init(offset: i, message: "'}' without a matching '{': write a literal brace as }}"))
                i += 1
            } else if c == "{" {
                guard let (body, next) = inner(from: i + 1) else {
                    errors.append(.init(offset: i, message: "'{' is never closed: \(example), and a literal brace as {{"))
                    break
                }
                let parts = body.components(separatedBy: "::")
                let label = parts[0]
                if parts.count >= 2, parts.count <= 3, label.first == "c", let n = Int(label.dropFirst()), n >= 1,
                    label.dropFirst().allSatisfy(\.isASCII)
                {
                    let answer = parts[1].trimmingSpaces
                    if answer.isEmpty {
                        errors.append(.init(offset: i, message: "the deletion {\(body)} has no answer: \(example)"))
                    } else {
                        flush()
                        let hint = parts.count == 3 ? String(parts[2].trimmingSpaces) : nil
                        segments.append(.deletion(number: n, answer: String(answer), hint: hint?.isEmpty == true ? nil : hint))
                    }
                } else {
                    errors.append(.init(offset: i, message: "{\(body)} is not a cloze deletion: \(example)"))
                }
                i = next
            } else {
                literal.unicodeScalars.append(c)
                i += 1
            }
        }
        flush()
        let cloze = ClozeText(segments: segments)
        if errors.isEmpty, cloze.numbers.isEmpty {
            errors.append(.init(offset: 0, message: "the text has no cloze deletion: \(example)"))
        }
        return (cloze, errors)
    }
}
