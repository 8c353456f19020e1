import TextFormats

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
            ([columns[c].header] + rows.map { $0[c] }).map(DisplayWidth.of).max() ?? 0
        }
        var kept = Array(columns.indices)
        func total(_ widths: [Int]) -> Int {
            kept.reduce(0) { $0 + widths[$1] } + gap * max(0, kept.count - 1)
        }
        while true {
            let full = total(natural)
            if full <= width { break }
            let flexible: [(column: Int, minimum: Int)] = kept.compactMap { c in columns[c].minimumWidth.map { (c, $0) } }
            let slack = flexible.reduce(0) { $0 + max(0, natural[$1.column] - $1.minimum) }
            if full - slack <= width {
                var excess = full - width
                for (c, minimum) in flexible where excess > 0 {
                    let cut = min(excess, max(0, natural[c] - minimum))
                    natural[c] -= cut
                    excess -= cut
                }
                break
            }
            let droppable = kept.filter { columns[$0].priority > 0 }
            guard let drop = droppable.max(by: { (columns[$0].priority, $0) < (columns[$1].priority, $1) }) else {
                for (c, minimum) in flexible { natural[c] = minimum }
                break
            }
            kept.removeAll { $0 == drop }
        }
        let lines = [columns.map(\.header)] + rows
        return lines.map { row in
            kept.enumerated().map { position, c in
                let cell = DisplayWidth.truncate(row[c], to: natural[c])
                let last = position == kept.count - 1
                return last && !columns[c].alignRight ? cell : DisplayWidth.pad(cell, to: natural[c], alignRight: columns[c].alignRight)
            }.joined(separator: String(repeating: " ", count: gap))
        }
    }
}
