import Yams

extension DeckReader {
    static let personFields = ["name", "aliases", "role", "pronoun"]
    static let eventFields = ["date", "event", "who", "text"]
    static let figureFields = ["value", "unit", "about", "text"]
    static let quoteFields = ["quote", "who", "when", "context"]
    static let termFields = ["term", "definition"]

    mutating func readPerson(_ id: FactID, _ node: Node, at location: SourceLocation) -> Person? {
        let owner = "person '\(id.local)'"
        guard let f = fields(of: node, owner: owner, at: location, allowed: Self.personFields) else { return nil }
        let name = string(f, "name", owner: owner, at: location, required: true)
        let aliases = strings(f, "aliases", owner: owner).map(\.0)
        let role = string(f, "role", owner: owner, at: location)
        var pronoun: Person.Pronoun?
        if let text = string(f, "pronoun", owner: owner, at: location), let entry = f["pronoun"] {
            pronoun = Person.Pronoun(rawValue: text)
            if pronoun == nil {
                report(at: entry.value, "'pronoun' in \(owner) is '\(text)': use he, she or they")
            }
        }
        guard let name else { return nil }
        return Person(id: id, name: name, aliases: aliases, role: role, pronoun: pronoun, location: location)
    }

    mutating func readEvent(_ id: FactID, _ node: Node, at location: SourceLocation) -> Event? {
        let owner = "event '\(id.local)'"
        guard let f = fields(of: node, owner: owner, at: location, allowed: Self.eventFields) else { return nil }
        let date = dateValue(f, "date", owner: owner, at: location, required: true)
        let label = string(f, "event", owner: owner, at: location, required: true)
        let who = personReferences(f, owner: owner)
        var fillable: Set<TextTemplate.Placeholder> = [.date]
        if !who.isEmpty { fillable.insert(.who) }
        let text = template(
            f, owner: owner, fillable: fillable, missing: [.who: "it has no 'who'", .value: "an event has no value (use {date} or {who})"])
        guard let date, let label else { return nil }
        return Event(id: id, date: date, label: label, who: who, text: text, location: location)
    }

    mutating func readFigure(_ id: FactID, _ node: Node, at location: SourceLocation) -> Figure? {
        let owner = "figure '\(id.local)'"
        guard let f = fields(of: node, owner: owner, at: location, allowed: Self.figureFields) else { return nil }
        let value = quantityValue(f, owner: owner, at: location)
        let unit = string(f, "unit", owner: owner, at: location, required: true)
        let qualifier = self.qualifier(f, owner: owner)
        let text = template(f, owner: owner, fillable: [.value], missing: [.date: "a figure has no date", .who: "a figure has no 'who'"])
        guard let value, let unit else { return nil }
        return Figure(id: id, quantity: Quantity(value, qualifier: qualifier), unit: unit, text: text, location: location)
    }

    mutating func readQuote(_ id: FactID, _ node: Node, at location: SourceLocation) -> Quote? {
        let owner = "quote '\(id.local)'"
        guard let f = fields(of: node, owner: owner, at: location, allowed: Self.quoteFields) else { return nil }
        let quote = string(f, "quote", owner: owner, at: location, required: true)
        var who: FactID?
        if let entry = f["who"], entry.value.sequence != nil {
            report(at: entry.value, "'who' in \(owner) names one speaker, not a list")
        } else if let speaker = personReferences(f, owner: owner).first {
            who = speaker
        } else if f["who"] == nil {
            report(at: location, "\(owner) is missing the required field 'who' (the person id of the speaker)")
        }
        let when = dateValue(f, "when", owner: owner, at: location)
        let context = string(f, "context", owner: owner, at: location)
        guard let quote, let who else { return nil }
        return Quote(id: id, quote: quote, who: who, when: when, context: context, location: location)
    }

    mutating func readTerm(_ id: FactID, _ node: Node, at location: SourceLocation) -> Term? {
        let owner = "term '\(id.local)'"
        guard let f = fields(of: node, owner: owner, at: location, allowed: Self.termFields) else { return nil }
        let term = string(f, "term", owner: owner, at: location, required: true)
        let definition = string(f, "definition", owner: owner, at: location, required: true)
        guard let term, let definition else { return nil }
        return Term(id: id, term: term, definition: definition, location: location)
    }

    // MARK: Values

    private mutating func dateValue(_ f: Fields, _ name: String, owner: String, at location: SourceLocation, required: Bool = false)
        -> DateValue?
    {
        guard let text = string(f, name, owner: owner, at: location, required: required), let entry = f[name] else { return nil }
        switch DateValue.parse(text) {
        case .success(let date): return date
        case .failure(let error):
            report(at: entry.value, "'\(name)' in \(owner): \(error)")
            return nil
        }
    }

    private mutating func quantityValue(_ f: Fields, owner: String, at location: SourceLocation) -> Quantity.Value? {
        guard let entry = f["value"] else {
            report(at: location, "\(owner) is missing the required field 'value' (a number, or a range like [62000, 92000])")
            return nil
        }
        if let sequence = entry.value.sequence {
            let items = Array(sequence)
            guard items.count == 2 else {
                report(
                    at: entry.value, "'value' in \(owner) is a list of \(items.count): a range has exactly two numbers, like [62000, 92000]"
                )
                return nil
            }
            let low = number(items[0], owner: owner)
            let high = number(items[1], owner: owner)
            guard let low, let high else { return nil }
            guard low.doubleValue < high.doubleValue else {
                report(at: entry.value, "the range in \(owner) must go from low to high: [\(low.literal), \(high.literal)]")
                return nil
            }
            return .range(low, high)
        }
        guard let scalar = entry.value.scalar, !Self.isNull(scalar) else {
            if entry.value.scalar != nil {
                report(at: entry.key, "'value' in \(owner) is empty")
            } else {
                report(
                    at: entry.value,
                    "'value' in \(owner) should be a number or a range like [62000, 92000], not \(Self.kind(of: entry.value))")
            }
            return nil
        }
        return number(entry.value, owner: owner).map(Quantity.Value.exact)
    }

    private mutating func number(_ node: Node, owner: String) -> DecimalNumber? {
        guard let scalar = node.scalar else {
            report(at: node, "'value' in \(owner) should hold numbers, not \(Self.kind(of: node))")
            return nil
        }
        switch DecimalNumber.parse(scalar.string) {
        case .success(let n): return n
        case .failure(let error):
            report(at: node, "'value' in \(owner): \(error)")
            return nil
        }
    }

    private mutating func qualifier(_ f: Fields, owner: String) -> Quantity.Qualifier? {
        guard let text = string(f, "about", owner: owner, at: SourceLocation(path: path, line: 1, column: 1)),
            let entry = f["about"]
        else { return nil }
        if let q = Quantity.Qualifier(rawValue: text) { return q }
        let allowed = Quantity.Qualifier.allCases.map(\.rawValue)
        report(at: entry.value, "'about' in \(owner) is '\(text)': use one of \(allowed.joined(separator: ", "))")
        return nil
    }

    /// The person ids in `who`, each noted for checking once the people are known.
    private mutating func personReferences(_ f: Fields, owner: String) -> [FactID] {
        guard let entry = f["who"] else { return [] }
        let items = strings(f, "who", owner: owner)
        if items.isEmpty, entry.value.scalar != nil || entry.value.sequence != nil {
            report(at: entry.key, "'who' in \(owner) is empty: name a person id, or leave 'who' out")
        }
        var ids: [FactID] = []
        for (text, node) in items {
            guard Identifier.isValid(text) else {
                report(at: node, "'who' in \(owner) should name person ids (like stalin), not '\(text)'")
                continue
            }
            let id = FactID(.people, text)
            if ids.contains(id) {
                report(at: node, "'who' in \(owner) names '\(text)' twice")
                continue
            }
            noteReference(text, at: location(of: node), owner: owner)
            ids.append(id)
        }
        return ids
    }

    private mutating func template(
        _ f: Fields, owner: String, fillable: Set<TextTemplate.Placeholder>, missing: [TextTemplate.Placeholder: String]
    ) -> TextTemplate? {
        // A text value came from a scalar node, so the node and its raw text are there whenever the text is.
        guard let text = string(f, "text", owner: owner, at: SourceLocation(path: path, line: 1, column: 1)),
            let node = f["text"]?.value, let raw = node.scalar?.string
        else { return nil }
        let lead = raw.unicodeScalars.prefix { $0.properties.isWhitespace }.count
        let (template, errors) = TextTemplate.parse(text)
        for error in errors {
            let token = String(String.UnicodeScalarView(Array(text.unicodeScalars).dropFirst(error.offset).prefix(1)))
            report(at: location(in: node, offset: lead + error.offset, token: token), "'text' in \(owner): \(error.message)")
        }
        for placeholder in template.placeholders where !fillable.contains(placeholder) {
            let token = "{\(placeholder.rawValue)}"
            let offset =
                text.unicodeScalars.count
                - (text.firstRange(of: token).map { text[$0.lowerBound...].unicodeScalars.count } ?? text.unicodeScalars.count)
            let reason = missing[placeholder] ?? "the fact has no \(placeholder.rawValue)"
            report(
                at: location(in: node, offset: lead + offset, token: token),
                "'text' in \(owner) uses \(token), which cannot be filled: \(reason)")
        }
        return errors.isEmpty ? template : nil
    }
}
