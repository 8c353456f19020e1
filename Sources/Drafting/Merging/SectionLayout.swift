import Facts

/// Where each section of a deck file is written and how its entries are indented, read from the lines.
struct SectionLayout {
    struct Block {
        /// 0-based line of `section:`.
        var keyLine: Int
        /// 0-based line of the block's last indented line, after which new entries go.
        var insertAfter: Int
        var entryIndent: String
        var fieldStep: String
        /// The section's value is written on its key's line (`people: {}`).
        var isFlow: Bool
    }

    var blocks: [FactSection: Block] = [:]

    init(_ lines: [String]) {
        var keys: [(line: Int, name: String, rest: String)] = []
        for (index, line) in lines.enumerated() {
            guard let first = line.first, !first.isWhitespace, first != "#", first != "-", let colon = line.firstIndex(of: ":") else {
                continue
            }
            let name = String(line[..<colon]).trimmingCharacters()
            keys.append((index, name, String(line[line.index(after: colon)...])))
        }
        for (k, key) in keys.enumerated() {
            guard let section = FactSection(rawValue: key.name) else { continue }
            let end = k + 1 < keys.count ? keys[k + 1].line : lines.count
            let rest = key.rest.split(separator: "#", maxSplits: 1).first.map { $0.trimmingCharacters() } ?? ""
            let body = ((key.line + 1)..<end).filter { i in
                let trimmed = lines[i].trimmingCharacters()
                return !trimmed.isEmpty && !trimmed.hasPrefix("#") && lines[i].first?.isWhitespace == true
            }
            let entryIndent = body.first.map { String(lines[$0].prefix { $0 == " " }) } ?? "  "
            var fieldStep = "  "
            if let deeper = body.lazy.map({ lines[$0].prefix { $0 == " " }.count }).first(where: { $0 > entryIndent.count }) {
                fieldStep = String(repeating: " ", count: deeper - entryIndent.count)
            }
            blocks[section] = Block(
                keyLine: key.line, insertAfter: body.last ?? key.line, entryIndent: entryIndent.isEmpty ? "  " : entryIndent,
                fieldStep: fieldStep, isFlow: !rest.isEmpty)
        }
    }
}
