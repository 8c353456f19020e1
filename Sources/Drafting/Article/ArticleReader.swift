/// Reads plain text or Markdown into paragraphs, keeping the line each one starts on.
///
/// Markdown is reduced to its running text: headings, list items and block quotes become paragraphs, emphasis,
/// code spans, links and HTML tags lose their markup, code blocks, tables and front matter are left out, and
/// citation marks such as `[12]` are dropped so that they are not read as numbers. Where the text was in italic
/// or bold is kept beside it, because an author sets names, titles and new terms that way.
enum ArticleReader {
    static func read(_ source: String) -> Article {
        // Tabs and other control characters are spaces in running text, and never reach a deck.
        let source = String(
            String.UnicodeScalarView(
                source.unicodeScalars.map { s in
                    (s.value < 0x20 && s != "\n") || s.value == 0x7F || (0x80...0x9F).contains(s.value) || s == "\u{2028}"
                        || s == "\u{2029}" || s == "\u{FEFF}" ? " " : s
                }))
        var blocks: [Block] = []
        var current: Block?
        func flush() {
            if let block = current, !block.text.allSatisfy(\.isWhitespace) { blocks.append(block) }
            current = nil
        }
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.last == "\r" ? line.dropLast() : line
        }
        let hasBlankLines = lines.contains { $0.allSatisfy(\.isWhitespace) }
        var index = 0
        var inFence = false
        if lines.first?.trimmingCharacters() == "---" {
            // Front matter: skip to its closing line.
            if let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters() == "---" }) { index = end + 1 }
        }
        while index < lines.count {
            let lineNumber = index + 1
            let raw = lines[index]
            index += 1
            let trimmed = raw.trimmingCharacters()
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
                flush()
                continue
            }
            if inFence { continue }
            if trimmed.isEmpty || isRule(trimmed) || trimmed.hasPrefix("|") {
                flush()
                continue
            }
            var text = Substring(trimmed)
            var heading = false
            var listItem = false
            if text.hasPrefix("#") {
                let hashes = text.prefix { $0 == "#" }
                if hashes.count <= 6, text.dropFirst(hashes.count).first == " " {
                    text = text.dropFirst(hashes.count + 1)
                    while text.last == "#" || text.last == " " { text = text.dropLast() }
                    heading = true
                }
            }
            while text.hasPrefix(">") { text = text.dropFirst().drop { $0 == " " } }
            if let rest = dropListMarker(text) {
                text = rest
                listItem = true
            }
            let (clean, emphasis) = inline(String(text))
            if heading || listItem || !hasBlankLines {
                flush()
                current = Block(text: clean, lineStarts: [(0, lineNumber)], isListItem: listItem, isHeading: heading, emphasis: emphasis)
                if heading { flush() }
                continue
            }
            if var block = current {
                let shift = block.text.count + 1
                block.lineStarts.append((shift, lineNumber))
                block.text += " " + clean
                block.emphasis += emphasis.map { ($0.lowerBound + shift)..<($0.upperBound + shift) }
                current = block
            } else {
                current = Block(text: clean, lineStarts: [(0, lineNumber)], isListItem: false, isHeading: false, emphasis: emphasis)
            }
        }
        flush()
        var title: String?
        if let first = blocks.first, blocks.count > 1, looksLikeTitle(first.text, heading: first.isHeading) {
            title = first.text
            blocks.removeFirst()
        }
        let paragraphs = blocks.enumerated().map { number, block in
            Article.Paragraph(
                number: number + 1, text: block.text, lineStarts: block.lineStarts, isListItem: block.isListItem,
                isHeading: block.isHeading,
                emphasis: block.emphasis)
        }
        return Article(title: title, paragraphs: paragraphs)
    }

    /// A paragraph being read.
    private struct Block {
        var text: String
        var lineStarts: [(offset: Int, line: Int)]
        var isListItem: Bool
        var isHeading: Bool
        var emphasis: [Range<Int>]
    }

    /// A first line is a title when it is a heading, or short and without a sentence's closing stop.
    static func looksLikeTitle(_ text: String, heading: Bool) -> Bool {
        if heading { return true }
        let words = text.split(separator: " ").count
        guard words <= 20, let last = text.last else { return false }
        return !".!?:;,".contains(last) || text.hasSuffix("?") && words <= 12
    }

    static func isRule(_ line: String) -> Bool {
        let chars = line.filter { $0 != " " }
        guard chars.count >= 3, let first = chars.first, "-*_=".contains(first) else { return false }
        return chars.allSatisfy { $0 == first }
    }

    /// The text after a list marker (`- `, `* `, `1. `, `(a) `, `iv) `), or nil when the line has none.
    static func dropListMarker(_ line: Substring) -> Substring? {
        if let first = line.first, "-*+•·–".contains(first), line.dropFirst().first == " " {
            return line.dropFirst(2).drop { $0 == " " }
        }
        var rest = line
        let opened = rest.first == "("
        if opened { rest = rest.dropFirst() }
        let marker = rest.prefix { $0.isLetter || $0.isNumber }
        guard !marker.isEmpty, marker.count <= 4 else { return nil }
        let isNumber = marker.allSatisfy { $0.isASCII && $0.isNumber }
        let isLetter = marker.count == 1 && marker.allSatisfy { $0.isLetter && $0.isLowercase }
        let isRoman = marker.allSatisfy { "ivxlc".contains($0) }
        guard isNumber || isLetter || isRoman else { return nil }
        rest = rest.dropFirst(marker.count)
        guard let close = rest.first else { return nil }
        if opened {
            guard close == ")" else { return nil }
        } else {
            guard close == ")" || (close == "." && isNumber) else { return nil }
        }
        rest = rest.dropFirst()
        guard rest.first == " " else { return nil }
        return rest.drop { $0 == " " }
    }

    /// Running text of one Markdown line, and the character ranges of that text that were in italic or bold.
    static func inline(_ line: String) -> (text: String, emphasis: [Range<Int>]) {
        let chars = Array(line)
        var out = ""
        var emphasis: [Range<Int>] = []
        // Emphasis opened and not yet closed: its mark, how many marks, and where its text starts in `out`.
        var open: [(mark: Character, count: Int, start: Int)] = []
        func append(_ inner: ArraySlice<Character>) {
            let (text, ranges) = inline(String(inner))
            let shift = out.count
            out += text
            emphasis += ranges.map { ($0.lowerBound + shift)..<($0.upperBound + shift) }
        }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "!" where i + 1 < chars.count && chars[i + 1] == "[":
                // An image: drop it with its alt text.
                if let close = matching(chars, from: i + 1, open: "[", close: "]") {
                    i = close + 1
                    if i < chars.count, chars[i] == "(", let end = matching(chars, from: i, open: "(", close: ")") { i = end + 1 }
                    continue
                }
            case "[":
                if let close = matching(chars, from: i, open: "[", close: "]") {
                    let inner = chars[(i + 1)..<close]
                    if inner.first == "^" || (!inner.isEmpty && inner.allSatisfy({ $0.isNumber || $0 == "," || $0 == "–" || $0 == "-" })) {
                        // A footnote or citation mark: [^1], [12], [3–5].
                        i = close + 1
                        continue
                    }
                    if close + 1 < chars.count, chars[close + 1] == "(", let end = matching(chars, from: close + 1, open: "(", close: ")") {
                        append(inner)
                        i = end + 1
                        continue
                    }
                    if close + 1 < chars.count, chars[close + 1] == "[", let end = matching(chars, from: close + 1, open: "[", close: "]") {
                        append(inner)
                        i = end + 1
                        continue
                    }
                }
            case "<":
                if let close = chars[i...].firstIndex(of: ">"), close - i < 200,
                    i + 1 < chars.count, chars[i + 1].isLetter || chars[i + 1] == "/" || chars[i + 1] == "!"
                {
                    i = close + 1
                    continue
                }
            case "`":
                i += 1
                continue
            case "*", "_":
                // Emphasis marks: a run of them next to a word's edge.
                var j = i
                while j < chars.count, chars[j] == c { j += 1 }
                let before = i > 0 ? chars[i - 1] : " "
                let after = j < chars.count ? chars[j] : " "
                let inWord = (before.isLetter || before.isNumber) && (after.isLetter || after.isNumber)
                if !inWord && (j - i <= 3) && !(before == " " && after == " ") {
                    let closes = !before.isWhitespace && !(after.isLetter || after.isNumber)
                    let opens = !after.isWhitespace && !(before.isLetter || before.isNumber)
                    if closes, let k = open.lastIndex(where: { $0.mark == c && $0.count == j - i }) {
                        if open[k].start < out.count { emphasis.append(open[k].start..<out.count) }
                        open.removeSubrange(k...)
                    } else if opens {
                        open.append((c, j - i, out.count))
                    }
                    i = j
                    continue
                }
            default:
                break
            }
            out.append(c)
            i += 1
        }
        return (out, emphasis)
    }

    private static func matching(_ chars: [Character], from start: Int, open: Character, close: Character) -> Int? {
        var depth = 0
        var i = start
        while i < chars.count {
            if chars[i] == open { depth += 1 }
            if chars[i] == close {
                depth -= 1
                if depth == 0 { return i }
            }
            i += 1
        }
        return nil
    }
}
