import TextFormats

/// One full screen of the interactive session: styled lines from the top, and where the cursor goes (for
/// a typed answer) or nil to hide it.
public struct Screen: Hashable, Sendable {
    public var lines: [StyledLine]
    /// Row and column of the cursor in the drawn screen, after wrapping.
    public var cursor: (row: Int, column: Int)? {
        get { cursorPosition.map { ($0.row, $0.column) } }
        set { cursorPosition = newValue.map { CursorPosition(row: $0.row, column: $0.column) } }
    }
    private var cursorPosition: CursorPosition?

    private struct CursorPosition: Hashable, Sendable {
        var row: Int
        var column: Int
    }

    public init(lines: [StyledLine] = []) {
        self.lines = lines
    }

    /// The escape sequences that draw this screen over the previous one at `size`: home, each row cleared
    /// to its end, the rest of the screen cleared, then the cursor placed or hidden. Lines are wrapped to
    /// the width; when they do not fit the height, the top rows are kept and the bottom one (the keys)
    /// stays visible.
    public func render(size: TerminalSize, palette: Palette) -> String {
        var rows = lines.flatMap { $0.wrapped(to: size.columns) }
        var cursor = self.cursor
        if rows.count > size.rows, size.rows > 1 {
            if let shown = cursor, shown.row >= size.rows - 1 {
                cursor = shown.row == rows.count - 1 ? (size.rows - 1, shown.column) : nil
            }
            rows = Array(rows.prefix(size.rows - 1)) + [rows[rows.count - 1]]
        }
        var out = "\u{1B}[?25l\u{1B}[H"
        for (index, row) in rows.enumerated() {
            if index > 0 { out += "\r\n" }
            out += palette.paint(row)
            // A full row leaves the cursor on its last cell, which erasing to the end of the line would clear.
            if DisplayWidth.of(row.plainText) < size.columns { out += "\u{1B}[K" }
        }
        out += "\u{1B}[J"
        if let cursor, cursor.row < rows.count {
            out += "\u{1B}[\(cursor.row + 1);\(min(cursor.column, size.columns - 1) + 1)H\u{1B}[?25h"
        }
        return out
    }

    /// The row the cursor lands on once `lines[0..<lineIndex]` are wrapped to `columns`.
    public func wrappedRow(ofLine lineIndex: Int, columns: Int) -> Int {
        lines[0..<min(lineIndex, lines.count)].reduce(0) { $0 + $1.wrapped(to: columns).count }
    }

    public static func == (lhs: Screen, rhs: Screen) -> Bool {
        lhs.lines == rhs.lines && lhs.cursorPosition == rhs.cursorPosition
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(lines)
        hasher.combine(cursorPosition)
    }
}

/// Escape sequences for entering and leaving the full-screen session.
public enum ScreenControl {
    /// Switch to the alternate screen (so the shell's scrollback is left alone) and clear it.
    public static let enter = "\u{1B}[?1049h\u{1B}[H\u{1B}[2J"
    /// Show the cursor and go back to the normal screen.
    public static let leave = "\u{1B}[?25h\u{1B}[?1049l"
}
