import Facts

/// Writes a draft as a deck file: the shared format, with a comment above every fact saying where in the
/// article it came from and what a teacher should check.
public enum DeckWriter {
    /// The file's text, and the line each fact's id is written on (for pointing at it in warnings).
    public struct Written: Sendable {
        public var text: String
        public var lines: [FactID: Int]
    }

    public static func write(_ draft: DeckDraft, sourceName: String?) -> Written {
        let deck = draft.deck
        var lines: [String] = []
        var factLines: [FactID: Int] = [:]
        lines.append("# Drafted by `recall draft`\(sourceName.map { " from \($0)" } ?? ""). Check every fact against the article, delete")
        lines.append("# what a quiz should not ask and polish the wording; comments starting \"check:\" mark what needs a look.")
        lines.append("id: \(deck.id)")
        lines.append("title: \(YAMLScalar.render(deck.title))")
        if let subject = deck.subject { lines.append("subject: \(YAMLScalar.render(subject))") }
        lines.append("language: \(deck.language)")
        if let source = deck.source, source.title != nil || source.note != nil {
            lines.append("source:")
            if let title = source.title { lines.append("  title: \(YAMLScalar.render(title))") }
            if let note = source.note { lines.append("  note: \(YAMLScalar.render(note))") }
        }
        for section in FactSection.allCases {
            let facts = deck.facts.filter { $0.id.section == section }
            guard !facts.isEmpty else { continue }
            lines.append("")
            lines.append("\(section.rawValue):")
            for fact in facts {
                lines += comments(for: fact.id, in: draft, indent: "  ")
                factLines[fact.id] = lines.count + 1
                lines += entry(fact, indent: "  ", step: "  ")
            }
        }
        return Written(text: lines.joined(separator: "\n") + "\n", lines: factLines)
    }

    /// The comment lines above a fact: its origin, then each check.
    public static func comments(for id: FactID, in draft: DeckDraft, indent: String) -> [String] {
        var out: [String] = []
        if let o = draft.origins[id] { out.append("\(indent)# paragraph \(o.paragraph), sentence \(o.sentence) (line \(o.line))") }
        for check in draft.checks[id] ?? [] { out.append("\(indent)# check: \(check)") }
        return out
    }

    /// The lines of one fact: its id at `indent`, its fields one `step` deeper.
    public static func entry(_ fact: Fact, indent: String, step: String) -> [String] {
        let field = indent + step
        var out = ["\(indent)\(fact.id.local):"]
        func add(_ name: String, _ value: String?) {
            if let value { out.append("\(field)\(name): \(YAMLScalar.render(value))") }
        }
        func text(_ template: TextTemplate?) -> String? {
            template.map { t in
                t.segments.map { segment in
                    switch segment {
                    case .text(let s): TemplateBuilder.escaped(s)
                    case .slot(let p): "{\(p.rawValue)}"
                    }
                }.joined()
            }
        }
        func who(_ ids: [FactID]) -> String? {
            switch ids.count {
            case 0: nil
            case 1: ids[0].local
            default: "[" + ids.map(\.local).joined(separator: ", ") + "]"
            }
        }
        switch fact {
        case .person(let p):
            add("name", p.name)
            if !p.aliases.isEmpty {
                out.append("\(field)aliases: [" + p.aliases.map { YAMLScalar.render($0, inFlow: true) }.joined(separator: ", ") + "]")
            }
            add("role", p.role)
        case .event(let e):
            out.append("\(field)date: \(date(e.date))")
            add("event", e.label)
            if let w = who(e.who) { out.append("\(field)who: \(w)") }
            add("text", text(e.text))
        case .figure(let f):
            out.append("\(field)value: \(value(f.quantity.value))")
            add("unit", f.unit)
            if let q = f.quantity.qualifier { out.append("\(field)about: \(q.rawValue)") }
            add("text", text(f.text))
        case .quote(let q):
            add("quote", q.quote)
            out.append("\(field)who: \(q.who.local)")
            if let when = q.when { out.append("\(field)when: \(date(when))") }
            add("context", q.context)
        case .term(let t):
            add("term", t.term)
            add("definition", t.definition)
        case .card(let c):
            add("front", c.front)
            add("back", c.back)
        }
        return out
    }

    private static func date(_ date: DateValue) -> String {
        let text = date.isoText
        return text.hasPrefix("-") ? YAMLScalar.quoted(text) : text
    }

    private static func value(_ value: Quantity.Value) -> String {
        switch value {
        case .exact(let n): n.literal
        case .range(let low, let high): "[\(low.literal), \(high.literal)]"
        }
    }
}
