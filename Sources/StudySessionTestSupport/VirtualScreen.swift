import StudySession
import TextFormats

/// A tiny terminal emulator: applies the output the session writes (text, CR/LF, cursor moves, erasing,
/// colours ignored) to a grid of cells, so tests can assert on what a learner would see.
///
/// It understands exactly the sequences `Screen.render` and `ScreenControl` produce, plus `ESC[nA/B/C/D`.
/// A line feed also returns the carriage, as on a terminal whose driver translates newlines (`ONLCR`, which
/// raw mode leaves on). Writing the last column leaves the cursor there with a wrap pending, as xterm does.
public struct VirtualScreen: Sendable {
    public private(set) var size: TerminalSize
    private var cells: [[String]]
    public private(set) var row = 0
    public private(set) var column = 0
    public private(set) var cursorVisible = true
    /// True while the alternate screen is in use.
    public private(set) var alternate = false
    private var pending: [UInt8] = []
    private var wrapPending = false
    /// The normal screen and its cursor, kept while the alternate screen is shown.
    private var savedNormal: (cells: [[String]], row: Int, column: Int)?

    public init(size: TerminalSize) {
        self.size = size
        cells = Array(repeating: Array(repeating: " ", count: size.columns), count: size.rows)
    }

    /// The visible rows, trailing spaces trimmed.
    public var lines: [String] {
        cells.map { row in
            var text = row.joined()
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
    }

    /// The whole screen as one string, rows joined by newlines, empty rows at the bottom dropped.
    public var text: String {
        var rows = lines
        while rows.last?.isEmpty == true { rows.removeLast() }
        return rows.joined(separator: "\n")
    }

    /// A new size: the grid keeps what fits, as terminals do.
    public mutating func resize(to size: TerminalSize) {
        var grid = Array(repeating: Array(repeating: " ", count: size.columns), count: size.rows)
        for r in 0..<min(size.rows, self.size.rows) {
            for c in 0..<min(size.columns, self.size.columns) { grid[r][c] = cells[r][c] }
        }
        cells = grid
        self.size = size
        row = min(row, size.rows - 1)
        column = min(column, size.columns - 1)
    }

    public mutating func apply(_ text: String) {
        apply(bytes: Array(text.utf8))
    }

    public mutating func apply(bytes: [UInt8]) {
        pending += bytes
        var index = 0
        let text = pending
        while index < text.count {
            let byte = text[index]
            if byte == 0x1B {
                guard let used = escape(text, at: index) else { break }
                index += used
                continue
            }
            switch byte {
            case 0x0D:
                column = 0
                wrapPending = false
                index += 1
                continue
            case 0x0A:
                lineFeed()
                column = 0
                wrapPending = false
                index += 1
                continue
            case 0x08:
                column = max(0, column - 1)
                wrapPending = false
                index += 1
                continue
            case 0x07, 0x00:
                index += 1
                continue
            default:
                break
            }
            // One UTF-8 character.
            let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            guard index + length <= text.count else { break }
            let character = String(decoding: text[index..<(index + length)], as: UTF8.self)
            index += length
            put(character)
        }
        pending.removeFirst(index)
    }

    private mutating func put(_ character: String) {
        let width = DisplayWidth.of(character)
        if width == 0 {
            // A combining mark joins the cell before it.
            if column > 0 { cells[row][column - 1] += character }
            return
        }
        if wrapPending || column + width > size.columns {
            column = 0
            wrapPending = false
            lineFeed()
        }
        cells[row][column] = character
        if width == 2, column + 1 < size.columns { cells[row][column + 1] = "" }
        column += width
        if column >= size.columns {
            column = size.columns - 1
            wrapPending = true
        }
    }

    private mutating func lineFeed() {
        if row + 1 < size.rows {
            row += 1
        } else {
            cells.removeFirst()
            cells.append(Array(repeating: " ", count: size.columns))
        }
    }

    /// Applies the escape sequence at `start`; nil when it is not complete yet.
    private mutating func escape(_ text: [UInt8], at start: Int) -> Int? {
        guard start + 1 < text.count else { return nil }
        guard text[start + 1] == UInt8(ascii: "[") else { return 2 }
        var index = start + 2
        while index < text.count, (0x20...0x3F).contains(text[index]) { index += 1 }
        guard index < text.count else { return nil }
        let parameters = String(decoding: text[(start + 2)..<index], as: UTF8.self)
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let first = numbers.first.flatMap { $0 } ?? 0
        if text[index] != UInt8(ascii: "m") { wrapPending = false }
        switch text[index] {
        case UInt8(ascii: "H"):
            let r = numbers.count > 0 ? (numbers[0] ?? 1) : 1
            let c = numbers.count > 1 ? (numbers[1] ?? 1) : 1
            row = min(max(r - 1, 0), size.rows - 1)
            column = min(max(c - 1, 0), size.columns - 1)
        case UInt8(ascii: "A"): row = max(0, row - max(first, 1))
        case UInt8(ascii: "B"): row = min(size.rows - 1, row + max(first, 1))
        case UInt8(ascii: "C"): column = min(size.columns - 1, column + max(first, 1))
        case UInt8(ascii: "D"): column = max(0, column - max(first, 1))
        case UInt8(ascii: "K"):
            for c in column..<size.columns { cells[row][c] = " " }
        case UInt8(ascii: "J"):
            if first == 2 {
                clear()
            } else {
                for c in column..<size.columns { cells[row][c] = " " }
                for r in (row + 1)..<max(row + 1, size.rows) {
                    cells[r] = Array(repeating: " ", count: size.columns)
                }
            }
        case UInt8(ascii: "h"), UInt8(ascii: "l"):
            let on = text[index] == UInt8(ascii: "h")
            if parameters == "?25" { cursorVisible = on }
            if parameters == "?1049", on != alternate {
                alternate = on
                if on {
                    savedNormal = (cells, row, column)
                    clear()
                } else if let saved = savedNormal {
                    (cells, row, column) = saved
                    savedNormal = nil
                }
            }
        default:
            break  // colours and anything else change nothing visible here
        }
        return index - start + 1
    }

    private mutating func clear() {
        cells = Array(repeating: Array(repeating: " ", count: size.columns), count: size.rows)
    }
}
