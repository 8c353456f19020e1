import Foundation

/// An Anki card template (`{{Front}}`, `{{#Field}}…{{/Field}}`, `{{cloze:Text}}`, `{{type:Back}}`…), parsed
/// once and rendered for each note.
///
/// Rendering keeps track of which field produced each piece of the output, so that the answer side can be
/// split into the answer itself and what is shown beside it.
struct CardTemplate: Sendable {
    indirect enum Node: Sendable {
        case text(String)
        /// A field with its filters, innermost last (`{{type:cloze:Text}}` is `["type", "cloze"]`).
        case field(name: String, filters: [String])
        case section(name: String, negated: Bool, body: [Node])
    }

    let nodes: [Node]

    init(_ source: String) {
        var index = source.startIndex
        nodes = Self.parse(source, from: &index, closing: nil)
    }

    /// The fields the template shows (not those only tested by a section), in order of first use.
    var shownFields: [String] {
        var out: [String] = []
        func walk(_ nodes: [Node]) {
            for node in nodes {
                switch node {
                case .text: break
                case .field(let name, _): if !out.contains(name) { out.append(name) }
                case .section(_, _, let body): walk(body)
                }
            }
        }
        walk(nodes)
        return out
    }

    /// Every `(field, filters)` reference, sections' bodies included.
    var references: [(name: String, filters: [String])] {
        var out: [(String, [String])] = []
        func walk(_ nodes: [Node]) {
            for node in nodes {
                switch node {
                case .text: break
                case .field(let name, let filters): out.append((name, filters))
                case .section(_, _, let body): walk(body)
                }
            }
        }
        walk(nodes)
        return out
    }

    /// A piece of rendered HTML and the field it came from (nil for the template's own text).
    struct Piece {
        var field: String?
        var html: String
    }

    /// The template rendered for a note: `fields` by name; `side` decides what `type:` shows.
    func render(fields: [String: String], answerSide: Bool, special: [String: String] = [:]) -> [Piece] {
        var out: [Piece] = []
        func value(_ name: String) -> String? { fields[name] ?? special[name] }
        func isFilled(_ name: String) -> Bool {
            guard let v = value(name) else { return false }
            return !FieldText(html: v).text.isEmpty || v.contains("<img") || v.contains("[sound:")
        }
        func walk(_ nodes: [Node]) {
            for node in nodes {
                switch node {
                case .text(let text):
                    out.append(Piece(field: nil, html: text))
                case .field(let name, let filters):
                    guard var html = value(name) else { continue }
                    for filter in filters.reversed() {
                        html = Self.apply(filter, to: html, answerSide: answerSide)
                    }
                    out.append(Piece(field: fields[name] != nil ? name : nil, html: html))
                case .section(let name, let negated, let body):
                    if isFilled(name) != negated { walk(body) }
                }
            }
        }
        walk(nodes)
        return out
    }

    /// One filter, as far as text is concerned.
    static func apply(_ filter: String, to html: String, answerSide: Bool) -> String {
        let name = filter.split(separator: " ").first.map(String.init) ?? filter
        switch name {
        case "type": return answerSide ? html : ""
        case "tts": return ""
        case "kanji": return Self.furigana(html, keep: .base)
        case "kana": return Self.furigana(html, keep: .reading)
        default: return html
        }
    }

    enum Ruby { case base, reading }

    /// Anki's furigana notation `漢字[かんじ]`: the base text or the reading.
    static func furigana(_ html: String, keep: Ruby) -> String {
        var out = ""
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
            var base = rest[..<open]
            // The base starts after the last space before the bracket.
            var lead = Substring("")
            if let space = base.lastIndex(of: " ") {
                lead = base[...space]
                base = base[base.index(after: space)...]
            }
            out += lead
            out += keep == .base ? base : rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    private static func parse(_ source: String, from index: inout String.Index, closing: String?) -> [Node] {
        var nodes: [Node] = []
        var text = ""
        while index < source.endIndex {
            guard source[index...].hasPrefix("{{"), let end = source[index...].range(of: "}}") else {
                text.append(source[index])
                index = source.index(after: index)
                continue
            }
            let tag = source[source.index(index, offsetBy: 2)..<end.lowerBound].trimmingCharacters(in: .whitespaces)
            index = end.upperBound
            if !text.isEmpty {
                nodes.append(.text(text))
                text = ""
            }
            if tag.hasPrefix("#") || tag.hasPrefix("^") {
                let name = String(tag.dropFirst()).trimmingCharacters(in: .whitespaces)
                let body = parse(source, from: &index, closing: name)
                nodes.append(.section(name: name, negated: tag.hasPrefix("^"), body: body))
            } else if tag.hasPrefix("/") {
                if closing != nil { return nodes }
            } else if !tag.isEmpty {
                var parts = tag.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
                let name = parts.removeLast().trimmingCharacters(in: .whitespaces)
                nodes.append(.field(name: name, filters: parts.map { $0.trimmingCharacters(in: .whitespaces) }))
            }
        }
        if !text.isEmpty { nodes.append(.text(text)) }
        return nodes
    }
}
