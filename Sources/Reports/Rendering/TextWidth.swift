/// Terminal columns a text takes: wide East Asian characters and emoji two, combining marks none.
enum TextWidth {
    static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) || v == 0x200B { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        for range in wide where range.contains(v) { return 2 }
        return 1
    }

    private static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
        0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    /// `text` cut to at most `width` columns, ending in `…` when cut.
    static func truncate(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        guard width > 1 else { return width == 1 ? "…" : "" }
        var out = ""
        var used = 0
        for character in text {
            let w = of(String(character))
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }

    /// `text` padded with spaces to `width` columns, on the right or (for numbers) on the left.
    static func pad(_ text: String, to width: Int, right: Bool) -> String {
        let gap = String(repeating: " ", count: max(0, width - of(text)))
        return right ? gap + text : text + gap
    }
}

/// A table for the terminal that fits a width: a flexible column (a name) is shortened first, then the
/// least important columns are left out, so nothing wraps.
struct FittedTable {
    struct Column {
        var header: String
        /// Numbers are aligned right.
        var alignRight: Bool
        /// Lower numbers are kept longer; 0 is never dropped.
        var priority: Int
        /// The narrowest a flexible column is shortened to; nil for a column kept whole.
        var minimumWidth: Int?

        init(_ header: String, right: Bool = true, priority: Int = 0, minimumWidth: Int? = nil) {
            self.header = header
            self.alignRight = right
            self.priority = priority
            self.minimumWidth = minimumWidth
        }
    }

    var columns: [Column]
    var rows: [[String]] = []
    let gap = 2

    init(_ columns: [Column]) {
        self.columns = columns
    }

    mutating func append(_ row: [String]) {
        rows.append(row)
    }

    /// The table's lines, none wider than `width` (unless even its essential columns cannot fit).
    func render(width: Int) -> [String] {
        var natural = columns.indices.map { c in
            ([columns[c].header] + rows.map { $0[c] }).map(TextWidth.of).max() ?? 0
        }
        var kept = Array(columns.indices)
        func total(_ widths: [Int]) -> Int {
            kept.reduce(0) { $0 + widths[$1] } + gap * max(0, kept.count - 1)
        }
        while true {
            let full = total(natural)
            if full <= width { break }
            let flexible = kept.filter { columns[$0].minimumWidth != nil }
            let slack = flexible.reduce(0) { $0 + max(0, natural[$1] - columns[$1].minimumWidth!) }
            if full - slack <= width {
                var excess = full - width
                for c in flexible where excess > 0 {
                    let cut = min(excess, max(0, natural[c] - columns[c].minimumWidth!))
                    natural[c] -= cut
                    excess -= cut
                }
                break
            }
            let droppable = kept.filter { columns[$0].priority > 0 }
            guard let drop = droppable.max(by: { (columns[$0].priority, $0) < (columns[$1].priority, $1) }) else {
                for c in flexible { natural[c] = columns[c].minimumWidth! }
                break
            }
            kept.removeAll { $0 == drop }
        }
        let lines = [columns.map(\.header)] + rows
        return lines.map { row in
            kept.enumerated().map { position, c in
                let cell = TextWidth.truncate(row[c], to: natural[c])
                let last = position == kept.count - 1
                return last && !columns[c].alignRight ? cell : TextWidth.pad(cell, to: natural[c], right: columns[c].alignRight)
            }.joined(separator: String(repeating: " ", count: gap))
        }
    }
}
