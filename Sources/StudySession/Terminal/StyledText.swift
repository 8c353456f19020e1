@preconcurrency import Rainbow
import TextFormats

/// The few looks the session uses; what each looks like is the palette's business.
public enum TextStyle: Hashable, Sendable {
    case plain
    case bold
    case dim
    case right
    case wrong
    case nearMiss
    case accent
    /// The counts in the header, coloured as Anki colours them.
    case newCount
    case learningCount
    case reviewCount
    /// A key the learner can press.
    case key
}

/// A run of text in one style.
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: TextStyle

    public init(_ text: String, _ style: TextStyle = .plain) {
        self.text = text
        self.style = style
    }
}

/// One line of styled text, wrapped to the screen's width when drawn. Wrapped rows after the first are
/// indented by `hangingIndent` columns, so an option's text lines up under itself.
public struct StyledLine: Hashable, Sendable, ExpressibleByStringLiteral {
    public var spans: [Span]
    public var hangingIndent: Int

    public init(_ spans: [Span], hangingIndent: Int = 0) {
        self.spans = spans
        self.hangingIndent = hangingIndent
    }

    public init(_ text: String, _ style: TextStyle = .plain, hangingIndent: Int = 0) {
        self.init([Span(text, style)], hangingIndent: hangingIndent)
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public static let blank = StyledLine([])

    /// The text without styles.
    public var plainText: String { spans.map(\.text).joined() }

    /// The line broken into rows of at most `width` columns, at spaces where it can be and inside a word
    /// only when the word is wider than a row.
    public func wrapped(to width: Int) -> [StyledLine] {
        let width = max(width, 1)
        let indent = min(hangingIndent, width / 2)
        var rows: [StyledLine] = []
        var row: [Span] = []
        var used = 0
        var rowStart = true

        func finishRow() {
            // Spaces at the end of a wrapped row are invisible and would only push the cursor.
            while let last = row.last, last.text.hasSuffix(" ") {
                let trimmed = String(last.text.dropLast())
                if trimmed.isEmpty { row.removeLast() } else { row[row.count - 1].text = trimmed }
            }
            rows.append(StyledLine(row))
            row = indent > 0 ? [Span(String(repeating: " ", count: indent))] : []
            used = indent
            rowStart = true
        }

        func append(_ text: Substring, _ style: TextStyle) {
            if let last = row.last, last.style == style {
                row[row.count - 1].text += text
            } else {
                row.append(Span(String(text), style))
            }
        }

        for span in spans {
            for piece in Self.pieces(of: span.text) {
                var piece = piece
                let isSpace = piece.first == " "
                if isSpace && rowStart && !rows.isEmpty { continue }  // no leading spaces on a wrapped row
                var pieceWidth = DisplayWidth.of(piece)
                if used + pieceWidth > width && !isSpace && !rowStart {
                    finishRow()
                }
                while used + pieceWidth > width && !isSpace {
                    // A word wider than a whole row: break it where the row ends.
                    let fitting = DisplayWidth.prefix(of: String(piece), fitting: width - used)
                    let head = fitting.isEmpty ? piece.prefix(1) : Substring(fitting)
                    append(head, span.style)
                    piece = piece.dropFirst(head.count)
                    pieceWidth = DisplayWidth.of(piece)
                    finishRow()
                }
                if piece.isEmpty { continue }
                if isSpace && used + pieceWidth > width {
                    finishRow()
                    continue
                }
                append(piece, span.style)
                used += pieceWidth
                rowStart = false
            }
        }
        if !row.isEmpty || rows.isEmpty { finishRow() }
        if rows.count > 1, rows.last?.plainText.trimmingSpaces.isEmpty == true { rows.removeLast() }
        return rows
    }

    /// Words and the runs of spaces between them, in order.
    private static func pieces(of text: String) -> [Substring] {
        var pieces: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let isSpace = text[index] == " "
            var end = index
            while end < text.endIndex, (text[end] == " ") == isSpace {
                end = text.index(after: end)
            }
            pieces.append(text[start..<end])
            start = end
            index = end
        }
        return pieces
    }
}

extension String {
    fileprivate var trimmingSpaces: Substring {
        drop { $0 == " " }
    }
}

/// Turns styles into terminal colours through Rainbow, or into nothing at all.
public struct Palette: Hashable, Sendable {
    /// False when `NO_COLOR` is set, `TERM` is `dumb` or unset, or the output is not a terminal.
    public var usesColor: Bool

    public init(usesColor: Bool) {
        self.usesColor = usesColor
    }

    public static let plain = Palette(usesColor: false)

    public func paint(_ span: Span) -> String {
        guard usesColor, !span.text.isEmpty else { return span.text }
        let text = span.text
        switch span.style {
        case .plain: return text
        case .bold: return text.bold
        case .dim: return text.dim
        case .right: return text.green.bold
        case .wrong: return text.red.bold
        case .nearMiss: return text.yellow.bold
        case .accent: return text.cyan
        case .newCount: return text.blue
        case .learningCount: return text.red
        case .reviewCount: return text.green
        case .key: return text.bold
        }
    }

    public func paint(_ line: StyledLine) -> String {
        line.spans.map(paint).joined()
    }
}
