import Facts

/// Adds to an existing deck file only the drafted facts it lacks, leaving every line already in the file —
/// the teacher's wording, comments and order — exactly as it was.
public enum DeckMerger {
    public struct Merged: Sendable {
        public var text: String
        /// The facts added, in the order they were written.
        public var added: [FactID]
        /// The line each added fact's id is written on.
        public var lines: [FactID: Int]
    }

    public enum Failure: Error, Sendable, CustomStringConvertible {
        /// The existing file is not a valid deck: merging into it could hide its problems.
        case invalidDeck(DeckLoadError)
        /// A section is written in flow style (`people: {}`), which new entries cannot be appended to.
        case flowSection(String, line: Int)
        /// The merged text did not load back (a bug, never written).
        case wouldBreak(DeckLoadError)

        public var description: String {
            switch self {
            case .invalidDeck(let e):
                "the existing deck has \(e.diagnostics.count) problem\(e.diagnostics.count == 1 ? "" : "s") (run recall check on it) and was left unchanged"
            case .flowSection(let section, let line):
                "'\(section):' on line \(line) is written on one line ({…} or […]): write it as an indented block to merge into it"
            case .wouldBreak(let e):
                "merging would have made an invalid deck, so nothing was written:\n\(e)"
            }
        }
    }

    public static func merge(_ draft: DeckDraft, into text: String, path: String, sourceName: String?) -> Result<Merged, Failure> {
        let existing: Deck
        switch DeckLoader.load(text: text, path: path) {
        case .success(let deck): existing = deck
        case .failure(let error): return .failure(.invalidDeck(error))
        }
        let additions = FactMatcher.missing(from: existing, in: draft.deck)
        if additions.isEmpty { return .success(Merged(text: text, added: [], lines: [:])) }

        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let layout = SectionLayout(lines)
        var inserts: [(at: Int, lines: [String], facts: [(FactID, Int)])] = []
        var appended: [String] = []
        var appendedFacts: [(FactID, Int)] = []
        let note = "added by `recall draft --merge`\(sourceName.map { " from \($0)" } ?? "")"
        for section in FactSection.allCases {
            let facts = additions.filter { $0.id.section == section }
            guard !facts.isEmpty else { continue }
            if let block = layout.blocks[section] {
                if block.isFlow { return .failure(.flowSection(section.rawValue, line: block.keyLine + 1)) }
                var chunk: [String] = []
                var positions: [(FactID, Int)] = []
                for fact in facts {
                    chunk += DeckWriter.comments(for: fact.id, in: draft, indent: block.entryIndent).map {
                        $0.replacingFirst("# ", with: "# \(note): ")
                    }
                    positions.append((fact.id, chunk.count))
                    chunk += DeckWriter.entry(fact, indent: block.entryIndent, step: block.fieldStep)
                }
                inserts.append((block.insertAfter + 1, chunk, positions))
            } else {
                appended.append("")
                appended.append("\(section.rawValue):")
                for fact in facts {
                    appended += DeckWriter.comments(for: fact.id, in: draft, indent: "  ").map {
                        $0.replacingFirst("# ", with: "# \(note): ")
                    }
                    appendedFacts.append((fact.id, appended.count))
                    appended += DeckWriter.entry(fact, indent: "  ", step: "  ")
                }
            }
        }
        // Insert from the bottom up so that earlier positions stay put, then count lines top down.
        var factLines: [FactID: Int] = [:]
        var shift = 0
        for insert in inserts.sorted(by: { $0.at < $1.at }) {
            for (id, offset) in insert.facts { factLines[id] = insert.at + shift + offset + 1 }
            shift += insert.lines.count
        }
        for insert in inserts.sorted(by: { $0.at > $1.at }) {
            lines.insert(contentsOf: insert.lines, at: insert.at)
        }
        let base = lines.count
        for (id, offset) in appendedFacts { factLines[id] = base + offset + 1 }
        lines += appended
        let merged = lines.joined(separator: "\n") + "\n"
        switch DeckLoader.load(text: merged, path: path) {
        case .success(let deck):
            // Every fact already there must come back unchanged.
            let before = existing.facts.map(FactMatcher.withoutLocation)
            let after = Set(deck.facts.map(FactMatcher.withoutLocation))
            guard before.allSatisfy(after.contains) else {
                return .failure(
                    .wouldBreak(
                        DeckLoadError([DeckDiagnostic(at: SourceLocation(path: path, line: 1, column: 1), "an existing fact changed")])))
            }
            return .success(Merged(text: merged, added: additions.map(\.id), lines: factLines))
        case .failure(let error):
            return .failure(.wouldBreak(error))
        }
    }
}
