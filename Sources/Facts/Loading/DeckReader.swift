import Yams

/// Reads a composed YAML document into a `Deck`, collecting every problem instead of stopping at the first.
struct DeckReader {
    static let deckFields = ["id", "title", "subject", "language", "source"] + FactSection.allCases.map(\.rawValue)
    static let sourceFields = ["title", "note", "url", "author"]

    let path: String
    let text: String
    private(set) var diagnostics: [DeckDiagnostic] = []
    /// Source lines, split on first need (only when a diagnostic points inside a value).
    var lines: [Substring]?
    /// Value nodes already read, by position: seeing one twice means a YAML alias.
    private var visited: Set<Int> = []
    /// `who` references, resolved once every section is read.
    private var references: [(id: String, location: SourceLocation, owner: String)] = []

    init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    mutating func read(_ root: Node) -> Deck? {
        guard root.mapping != nil else {
            report(at: root, "a deck is a mapping of fields (id:, title:, people:, events: …), not \(Self.kind(of: root))")
            return nil
        }
        let top = SourceLocation(path: path, line: 1, column: 1)
        guard let fields = fields(of: root, owner: "the deck", at: top, allowed: Self.deckFields) else { return nil }

        let id = deckID(fields, at: top)
        let title = string(fields, "title", owner: "the deck", at: top, required: true)
        let subject = string(fields, "subject", owner: "the deck", at: top)
        let language = languageTag(fields) ?? "en"
        let source = deckSource(fields)

        var deck = Deck(id: id ?? "", title: title ?? "", subject: subject, language: language, source: source, path: path)
        for section in FactSection.allCases {
            guard let entry = fields[section.rawValue] else { continue }
            for (key, value, location) in factEntries(entry, section: section) {
                let factID = FactID(section, key)
                switch section {
                case .people: if let f = readPerson(factID, value, at: location) { deck.people.append(f) }
                case .events: if let f = readEvent(factID, value, at: location) { deck.events.append(f) }
                case .figures: if let f = readFigure(factID, value, at: location) { deck.figures.append(f) }
                case .quotes: if let f = readQuote(factID, value, at: location) { deck.quotes.append(f) }
                case .terms: if let f = readTerm(factID, value, at: location) { deck.terms.append(f) }
                case .cards: if let f = readCard(factID, value, at: location) { deck.cards.append(f) }
                }
            }
        }
        resolveReferences(people: Set(deck.people.map(\.id.local)))
        if deck.factCount == 0, !diagnostics.contains(where: { $0.severity == .error && $0.location.line > 1 }) {
            diagnostics.append(
                DeckDiagnostic(
                    at: top, "the deck has no facts: add at least one entry under people, events, figures, quotes, terms or cards"))
        }
        return id == nil || title == nil ? nil : deck
    }

    // MARK: Deck fields

    private mutating func deckID(_ fields: Fields, at top: SourceLocation) -> String? {
        guard let id = string(fields, "id", owner: "the deck", at: top, required: true), let entry = fields["id"] else { return nil }
        let location = self.location(of: entry.value)
        guard Identifier.isValid(id) else {
            diagnostics.append(
                DeckDiagnostic(
                    at: location, "'\(id)' is not a valid deck id: use lowercase letters, digits and '-' only (like siberian-internment)"))
            return id
        }
        let fileName = String(path.split(separator: "/").last ?? Substring(path))
        let stem =
            fileName.hasSuffix(".yaml")
            ? String(fileName.dropLast(5)) : fileName.hasSuffix(".yml") ? String(fileName.dropLast(4)) : fileName
        if stem != id {
            diagnostics.append(
                DeckDiagnostic(
                    at: location,
                    "the deck id '\(id)' does not match the file name '\(fileName)': rename the file to '\(id).yaml' or set id: \(stem)"))
        }
        return id
    }

    private mutating func languageTag(_ fields: Fields) -> String? {
        guard let tag = string(fields, "language", owner: "the deck", at: SourceLocation(path: path, line: 1, column: 1)),
            let entry = fields["language"]
        else { return nil }
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        let valid =
            (2...3).contains(parts[0].count) && parts[0].allSatisfy { $0.isASCII && $0.isLetter }
            && parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
        if !valid {
            report(at: entry.value, "'\(tag)' is not a language tag: use a BCP 47 tag such as en, fr or pt-BR")
        }
        return tag
    }

    private mutating func deckSource(_ fields: Fields) -> Deck.Source? {
        guard let entry = fields["source"] else { return nil }
        if let scalar = entry.value.scalar, !Self.isNull(scalar) {
            return Deck.Source(title: scalar.string)
        }
        let at = location(of: entry.key)
        guard let source = self.fields(of: entry.value, owner: "the source", at: at, allowed: Self.sourceFields) else { return nil }
        return Deck.Source(
            title: string(source, "title", owner: "the source", at: at),
            note: string(source, "note", owner: "the source", at: at),
            url: string(source, "url", owner: "the source", at: at),
            author: string(source, "author", owner: "the source", at: at))
    }

    /// The entries of one section, in file order: id, value node and the id's location.
    private mutating func factEntries(_ entry: Fields.Entry, section: FactSection) -> [(String, Node, SourceLocation)] {
        if let scalar = entry.value.scalar, Self.isNull(scalar) { return [] }
        guard let mapping = entry.value.mapping else {
            report(
                at: entry.value,
                "'\(section.rawValue)' must map ids to \(section.rawValue) (an id like `order-9898:` followed by its fields, indented), not \(Self.kind(of: entry.value))"
            )
            return []
        }
        var entries: [(String, Node, SourceLocation)] = []
        var firstLine: [String: Int] = [:]
        for (key, value) in mapping {
            let at = location(of: key)
            guard let written = key.scalar?.string else {
                report(at: key, "a \(section.singular) id must be plain text like `order-9898`")
                continue
            }
            let (id, isRepeat) = DuplicateKeys.original(written)
            if isRepeat || firstLine[id] != nil {
                let line = firstLine[id].map { "at line \($0)" } ?? "above"
                diagnostics.append(
                    DeckDiagnostic(
                        at: at,
                        "duplicate \(section.singular) id '\(id)': '\(section.rawValue)' already has '\(id)' \(line); ids must be unique within a section"
                    ))
                continue
            }
            guard Identifier.isValid(id) else {
                diagnostics.append(
                    DeckDiagnostic(
                        at: at,
                        "'\(id)' is not a valid \(section.singular) id: use lowercase letters, digits and '-' only (like \(Self.suggestedID(id)))"
                    ))
                continue
            }
            firstLine[id] = at.line
            guard firstVisit(value, at: at) else { continue }
            entries.append((id, value, at))
        }
        return entries
    }

    private mutating func resolveReferences(people: Set<String>) {
        let known = people.sorted()
        for reference in references where !people.contains(reference.id) {
            var message = "\(reference.owner) names an unknown person '\(reference.id)'"
            if let guess = Suggestion.closest(to: reference.id, in: known) {
                message += ": did you mean '\(guess)'?"
            } else if known.isEmpty {
                message += ": add them under people: first"
            } else {
                let shown = known.prefix(8).joined(separator: ", ")
                message += ": add them under people:, or use one of \(shown)\(known.count > 8 ? ", …" : "")"
            }
            diagnostics.append(DeckDiagnostic(at: reference.location, message))
        }
    }

    // MARK: Shared

    mutating func report(at node: Node, _ message: String) {
        diagnostics.append(DeckDiagnostic(at: location(of: node), message))
    }

    mutating func report(at location: SourceLocation, _ message: String) {
        diagnostics.append(DeckDiagnostic(at: location, message))
    }

    func location(of node: Node) -> SourceLocation {
        SourceLocation(path: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    /// The location `offset` Unicode scalars into a scalar's text, when the text sits on one source line.
    mutating func location(in node: Node, offset: Int, token: String) -> SourceLocation {
        let start = location(of: node)
        if lines == nil { lines = text.split(separator: "\n", omittingEmptySubsequences: false) }
        guard let lines, start.line - 1 < lines.count else { return start }
        let line = Array(lines[start.line - 1].unicodeScalars)
        let from = start.column - 1
        guard from < line.count else { return start }
        let quoted = node.scalar?.style == .singleQuoted || node.scalar?.style == .doubleQuoted
        let direct = from + (quoted ? 1 : 0) + offset
        let tokenScalars = Array(token.unicodeScalars)
        func matches(_ i: Int) -> Bool {
            i >= 0 && i + tokenScalars.count <= line.count && Array(line[i..<(i + tokenScalars.count)]) == tokenScalars
        }
        if matches(direct) { return SourceLocation(path: path, line: start.line, column: direct + 1) }
        if let found = (from..<line.count).first(where: matches) {
            return SourceLocation(path: path, line: start.line, column: found + 1)
        }
        return start
    }

    /// False (with a diagnostic) when this node was already read: the deck used a YAML alias.
    mutating func firstVisit(_ node: Node, at location: SourceLocation) -> Bool {
        guard let mark = node.mark else { return true }
        let key = mark.line &* 1_000_003 &+ mark.column
        if visited.insert(key).inserted { return true }
        diagnostics.append(DeckDiagnostic(at: location, "decks do not use YAML aliases (*name): write the value out in full"))
        return false
    }

    mutating func noteReference(_ id: String, at location: SourceLocation, owner: String) {
        references.append((id, location, owner))
    }

    static func isNull(_ scalar: Node.Scalar) -> Bool {
        scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    static func kind(of node: Node) -> String {
        switch node {
        case .scalar(let s): isNull(s) ? "an empty value" : "a single value ('\(s.string.prefix(40))')"
        case .sequence: "a list"
        case .mapping: "a mapping"
        case .alias: "an alias"
        }
    }

    static func suggestedID(_ id: String) -> String {
        var out = ""
        for scalar in id.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if out.last != "-" {
                out.append("-")
            }
        }
        let trimmed = out.trimmingCharacters(in: "-")
        return trimmed.isEmpty ? "order-9898" : trimmed
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}
