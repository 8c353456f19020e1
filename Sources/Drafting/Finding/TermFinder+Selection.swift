extension TermFinder {
    /// One term per name, kept when it is worth a definition question (see the type's summary).
    static func select(_ candidates: [Candidate], sentences: [Sentence], personNames: Set<String>) -> [TermRecord] {
        var groups: [String: [Candidate]] = [:]
        var order: [String] = []
        var glosses: Set<String> = []
        for c in candidates {
            if let g = c.gloss { glosses.insert(g.lowercased()) }
            let key = c.words.map { $0.lowercased() }.joined(separator: " ")
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(c)
        }
        // "Soviet Maritime Provinces" is "Maritime Provinces" with an adjective: count it there.
        for key in order {
            let words = key.split(separator: " ")
            guard words.count >= 2,
                let shorter = order.first(where: { other in
                    other != key && groups[other] != nil && key.hasSuffix(" " + other) && other.split(separator: " ").count >= 2
                })
            else { continue }
            groups[shorter, default: []] += groups[key] ?? []
            groups[key] = nil
        }
        var out: [TermRecord] = []
        for key in order {
            guard let group = groups[key], let first = group.first else { continue }
            if personNames.contains(key) || glosses.contains(key) { continue }
            // "…, who claimed …": a name followed by "who" is a person's.
            if group.contains(where: { c in
                let t = sentences[c.sentence].tokens
                return c.tokens.upperBound + 1 < t.count && t[c.tokens.upperBound].is(",") && t[c.tokens.upperBound + 1].lower == "who"
            }) {
                continue
            }
            let kind = group.compactMap(\.kind).first
            let explained = group.contains { $0.explained }
            let forced = group.contains { $0.forced }
            let count = group.count
            if kind == .event || kind == .office || kind == .award { continue }
            if Lexicon.places.contains(key) && !explained { continue }
            let keep: Bool
            switch kind {
            case .document?, .work?: keep = true
            default: keep = forced || explained || count >= 3
            }
            guard keep else { continue }
            let best = group.first { $0.explained && $0.definition != nil }
            let subject = group.first { $0.tokens.lowerBound <= 1 }
            let definition =
                best?.definition
                ?? sentenceDefinition(sentences[(subject ?? first).sentence], (subject ?? first).tokens, head: first.head)
            out.append(
                TermRecord(
                    term: first.text ?? first.words.joined(separator: " "), definition: definition, explained: best != nil,
                    sentence: first.sentence, occurrences: count))
        }
        return out
    }
}
