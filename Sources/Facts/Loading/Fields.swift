import Yams

/// The fields of one YAML mapping, by name, after checking for unknown and repeated names.
struct Fields {
    struct Entry {
        var key: Node
        var value: Node
    }

    var entries: [String: Entry]

    subscript(name: String) -> Entry? { entries[name] }
}

extension DeckReader {
    /// Reads `node` as a mapping of known field names, reporting every unknown or repeated field.
    mutating func fields(of node: Node, owner: String, at location: SourceLocation, allowed: [String]) -> Fields? {
        guard let mapping = node.mapping else {
            if let scalar = node.scalar, Self.isNull(scalar) {
                report(
                    at: location,
                    "\(owner) has no fields: give it \(allowed.prefix(2).map { "'\($0)'" }.joined(separator: " and ")) indented below it")
            } else {
                report(
                    at: node,
                    "\(owner) should be a mapping of fields (\(allowed.prefix(3).joined(separator: ":, ")): …), not \(Self.kind(of: node))")
            }
            return nil
        }
        var entries: [String: Fields.Entry] = [:]
        var seenUnknown: Set<String> = []
        for (key, value) in mapping {
            guard let written = key.scalar?.string else {
                report(at: key, "a field name in \(owner) must be plain text")
                continue
            }
            let (name, isRepeat) = DuplicateKeys.original(written)
            if isRepeat || entries[name] != nil || (!allowed.contains(name) && seenUnknown.contains(name)) {
                let first = entries[name]?.key.mark.map { " (first at line \($0.line))" } ?? ""
                report(at: key, "'\(name)' appears twice in \(owner)\(first): keep one")
                continue
            }
            guard allowed.contains(name) else {
                seenUnknown.insert(name)
                var message = "unknown field '\(name)' in \(owner)"
                if let guess = Suggestion.closest(to: name, in: allowed) {
                    message += ": did you mean '\(guess)'?"
                } else {
                    message += ": the fields are \(allowed.joined(separator: ", "))"
                }
                report(at: key, message)
                continue
            }
            entries[name] = Fields.Entry(key: key, value: value)
        }
        return Fields(entries: entries)
    }

    /// A text field; reports a missing required one at `location`, and a value that is not text.
    mutating func string(_ fields: Fields, _ name: String, owner: String, at location: SourceLocation, required: Bool = false) -> String? {
        guard let entry = fields[name] else {
            if required { report(at: location, "\(owner) is missing the required field '\(name)'") }
            return nil
        }
        guard let scalar = entry.value.scalar else {
            report(at: entry.value, "'\(name)' in \(owner) should be text, not \(Self.kind(of: entry.value))")
            return nil
        }
        if Self.isNull(scalar) || scalar.string.allSatisfy(\.isWhitespace) {
            if required {
                report(at: entry.key, "'\(name)' in \(owner) is empty")
            }
            return nil
        }
        let text = scalar.string.trimmingSpaces.description
        refuseControlCharacters(text, field: name, owner: owner, node: entry.value)
        return text
    }

    /// One text value or a list of them (`aliases: [Stalin, Joseph Stalin]` or `aliases: Stalin`).
    mutating func strings(_ fields: Fields, _ name: String, owner: String) -> [(String, Node)] {
        guard let entry = fields[name] else { return [] }
        if let scalar = entry.value.scalar {
            guard !Self.isNull(scalar) else { return [] }
            let text = String(scalar.string.trimmingSpaces)
            refuseControlCharacters(text, field: name, owner: owner, node: entry.value)
            return [(text, entry.value)]
        }
        guard let sequence = entry.value.sequence else {
            report(at: entry.value, "'\(name)' in \(owner) should be text or a list of text, not \(Self.kind(of: entry.value))")
            return []
        }
        var out: [(String, Node)] = []
        for item in sequence {
            guard let scalar = item.scalar, !Self.isNull(scalar) else {
                report(at: item, "each item of '\(name)' in \(owner) should be text, not \(Self.kind(of: item))")
                continue
            }
            let text = String(scalar.string.trimmingSpaces)
            refuseControlCharacters(text, field: name, owner: owner, node: item)
            out.append((text, item))
        }
        return out
    }
}
