import TextFormats
import Yams

extension DeckReader {
    /// The fields whose text may run over several lines; in every other field a line break is refused too.
    static let multilineFields: Set<String> = ["text", "quote", "context", "definition", "front", "back", "extra", "note"]

    /// Reports the first control character in a field's text (tab, escape, bell, backspace, …, and a line break
    /// where the field is one line), at its own line and column: it would reach terminals and printed files
    /// as a command, and XML cannot hold it.
    mutating func refuseControlCharacters(_ text: String, field: String, owner: String, node: Node) {
        let multiline = Self.multilineFields.contains(field)
        guard let (_, scalar) = ControlCharacters.first(in: text, allowingLineFeeds: multiline) else { return }
        let what = scalar == "\n" ? "a line break" : "a control character, \(ControlCharacters.describe(scalar))"
        let fix =
            scalar == "\n"
            ? "keep it on one line (only \(Self.multilineFields.sorted().joined(separator: ", ")) may hold line breaks)"
            : "decks hold printable text only"
        report(at: controlCharacterLocation(scalar, in: node), "'\(field)' in \(owner) contains \(what): \(fix)")
    }

    /// Where `scalar` is written in the source of `node`'s text: the character itself (a tab), or the
    /// double-quoted escape that makes it (`\e`, `\x1b`, `\u001B`); the node's start when neither is found.
    private mutating func controlCharacterLocation(_ scalar: Unicode.Scalar, in node: Node) -> SourceLocation {
        let start = location(of: node)
        if lines == nil { lines = text.split(separator: "\n", omittingEmptySubsequences: false) }
        guard let lines else { return start }
        let escapes = node.scalar?.style == .doubleQuoted
        // A scalar's text rarely spans more than a few dozen lines.
        for lineIndex in (start.line - 1)..<min(lines.count, start.line + 200) where lineIndex >= 0 {
            let characters = Array(lines[lineIndex].unicodeScalars)
            var column = lineIndex == start.line - 1 ? start.column - 1 : 0
            while column < characters.count {
                if characters[column] == scalar && scalar != "\n" {
                    return SourceLocation(path: path, line: lineIndex + 1, column: column + 1)
                }
                if escapes, characters[column] == "\\", column + 1 < characters.count {
                    if Self.escaped(characters, at: column + 1) == scalar {
                        return SourceLocation(path: path, line: lineIndex + 1, column: column + 1)
                    }
                    column += 2
                    continue
                }
                column += 1
            }
        }
        return start
    }

    /// The character a YAML double-quoted escape stands for, given the characters after its backslash.
    private static func escaped(_ characters: [Unicode.Scalar], at index: Int) -> Unicode.Scalar? {
        let simple: [Unicode.Scalar: Unicode.Scalar] = [
            "0": "\u{0}", "a": "\u{7}", "b": "\u{8}", "t": "\t", "\t": "\t", "n": "\n", "v": "\u{B}", "f": "\u{C}",
            "r": "\r", "e": "\u{1B}", "N": "\u{85}",
        ]
        let letter = characters[index]
        if let value = simple[letter] { return value }
        let width: Int
        switch letter {
        case "x": width = 2
        case "u": width = 4
        case "U": width = 8
        default: return nil
        }
        let end = index + 1 + width
        guard end <= characters.count else { return nil }
        let digits = String(String.UnicodeScalarView(characters[(index + 1)..<end]))
        guard let value = UInt32(digits, radix: 16) else { return nil }
        return Unicode.Scalar(value)
    }
}
