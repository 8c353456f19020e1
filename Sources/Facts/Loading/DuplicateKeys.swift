/// Every repeated key in a YAML document, renamed so that it parses, and told apart again when read.
///
/// The YAML parser stops at the first mapping with a repeated key. `YAMLEvents` finds them all in one pass;
/// each later occurrence is renamed here, in one rewrite of the text, to a marked name at the same position,
/// so that the document composes once and the reader reports every duplicate at its own line and column,
/// with its section.
enum DuplicateKeys {
    private static let marker = "\u{2063}recall-duplicate-"

    /// The text with each repeat's key replaced by a quoted, marked name (spans in Unicode scalars).
    ///
    /// Built as bytes in one pass: the spans are found by counting the scalars' first bytes, and the output
    /// is appended to a buffer sized once.
    static func rename(_ repeats: [YAMLEvents.Repeat], in text: String) -> String {
        guard !repeats.isEmpty else { return text }
        let ordered = repeats.sorted { $0.start < $1.start }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + ordered.count * 48)
        var next = 0
        var scalar = 0
        var skipUntil = -1
        for byte in text.utf8 {
            let isFirstByte = byte & 0xC0 != 0x80
            if isFirstByte {
                if next < ordered.count && scalar == ordered[next].start {
                    out.append(contentsOf: YAMLScalar.quoted(ordered[next].key + marker + String(next + 1)).utf8)
                    skipUntil = ordered[next].end
                    next += 1
                }
                scalar += 1
            }
            // A byte belongs to the scalar counted last.
            if scalar - 1 >= skipUntil { out.append(byte) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A repeat reported on its own, when the document could not be read on to say more.
    static func diagnostic(for repeated: YAMLEvents.Repeat, path: String) -> DeckDiagnostic {
        DeckDiagnostic(
            at: SourceLocation(path: path, line: repeated.line, column: repeated.column),
            "'\(repeated.key)' appears more than once in this mapping (first at line \(repeated.firstLine)): keys must be unique")
    }

    /// The key as written, and whether this occurrence repeats an earlier one.
    static func original(_ key: String) -> (name: String, isRepeat: Bool) {
        // Most keys are not renamed: look for the marker's first character before searching for all of it.
        guard key.unicodeScalars.contains("\u{2063}"), let range = key.firstRange(of: marker) else { return (key, false) }
        return (String(key[..<range.lowerBound]), true)
    }
}
