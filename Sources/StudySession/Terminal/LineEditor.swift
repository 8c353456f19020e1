import TextFormats

/// The one-line editor for typed answers: insert anywhere, move with the arrow keys, Home/End (Ctrl-A,
/// Ctrl-E), delete either way, Ctrl-U / Ctrl-K / Ctrl-W as in a shell. Text is kept as characters (grapheme
/// clusters), so the cursor never lands inside an accented letter or an emoji; display widths come from
/// `DisplayWidth`.
public struct LineEditor: Hashable, Sendable {
    /// What a key did.
    public enum Outcome: Hashable, Sendable {
        /// The text or cursor changed (or the key meant nothing here and was ignored).
        case edited
        /// Enter: the text is submitted.
        case submitted(String)
        /// Not an editing key: the caller handles it.
        case notHandled
    }

    public private(set) var characters: [Character]
    /// Cursor position as a character index, 0...characters.count.
    public private(set) var cursor: Int

    public init(text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .character(let character):
            insert(character)
        case .enter:
            return .submitted(text)
        case .backspace:
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .delete:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .left:
            cursor = max(0, cursor - 1)
        case .right:
            cursor = min(characters.count, cursor + 1)
        case .home, .control("a"):
            cursor = 0
        case .end, .control("e"):
            cursor = characters.count
        case .control("b"):
            return handle(.left)
        case .control("f"):
            return handle(.right)
        case .control("u"):
            characters.removeFirst(cursor)
            cursor = 0
        case .control("k"):
            characters.removeLast(characters.count - cursor)
        case .control("w"):
            var start = cursor
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " " { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .tab:
            insert(" ")
        default:
            return .notHandled
        }
        return .edited
    }

    /// Inserts at the cursor; a combining mark typed on its own joins the character before it.
    private mutating func insert(_ character: Character) {
        if cursor > 0 {
            let joined = String(characters[cursor - 1]) + String(character)
            if joined.count == 1 {
                characters[cursor - 1] = Character(joined)
                return
            }
        }
        characters.insert(character, at: cursor)
        cursor += 1
    }

    /// The part of the text to show in `columns` columns, scrolled so the cursor is visible, and the
    /// cursor's column within it.
    public func visible(columns: Int) -> (text: String, cursorColumn: Int) {
        let room = max(1, columns)
        var start = 0
        var widthBeforeCursor = characters[0..<cursor].reduce(0) { $0 + DisplayWidth.of($1) }
        while widthBeforeCursor > room - 1, start < cursor {  // the cursor needs a column of its own
            widthBeforeCursor -= DisplayWidth.of(characters[start])
            start += 1
        }
        var shown = ""
        var used = 0
        for character in characters[start...] {
            let width = DisplayWidth.of(character)
            if used + width > room { break }
            shown.append(character)
            used += width
        }
        return (shown, widthBeforeCursor)
    }
}
