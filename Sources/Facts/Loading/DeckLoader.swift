import TextFormats
import Yams

/// Turns the bytes of a deck file into a `Deck`, or into every problem found in it.
///
/// Pure: the caller reads the file and passes its bytes and the path to report.
public enum DeckLoader {
    /// Files larger than this are refused before parsing (a 20,000-fact deck is about 3 MB).
    public static let maximumSize = 32 * 1024 * 1024

    /// Loads a deck from a file's bytes. `path` is shown in diagnostics and checked against the deck id.
    public static func load(bytes: [UInt8], path: String) -> Result<Deck, DeckLoadError> {
        let start = SourceLocation(path: path, line: 1, column: 1)
        if bytes.count > maximumSize {
            return .failure(
                DeckLoadError([
                    DeckDiagnostic(
                        at: start, "the file is too large for a deck (\(megabytes(bytes.count)); the limit is \(megabytes(maximumSize)))")
                ]))
        }
        if let problem = binaryProblem(bytes, path: path) {
            return .failure(DeckLoadError([problem]))
        }
        let controls = controlCharacters(bytes, path: path)
        if !controls.isEmpty {
            return .failure(DeckLoadError(controls))
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        return load(text: String(decoding: body, as: UTF8.self), path: path)
    }

    /// Loads a deck from text. `path` is shown in diagnostics and checked against the deck id.
    public static func load(text: String, path: String) -> Result<Deck, DeckLoadError> {
        let start = SourceLocation(path: path, line: 1, column: 1)
        if text.allSatisfy({ $0.isWhitespace }) {
            return .failure(
                DeckLoadError([DeckDiagnostic(at: start, "the file is empty: a deck needs at least an id, a title and one fact")]))
        }
        // One pass over the YAML events finds every repeated key and the first syntax error; the repeats are
        // renamed in one rewrite, so the document composes once however many there are.
        let events = YAMLEvents(text)
        if let error = events.syntaxError {
            // Whatever the parser could read before it stopped is reported too.
            let repeats = events.repeats.map { DuplicateKeys.diagnostic(for: $0, path: path) }
            return .failure(DeckLoadError(repeats + [YAMLSyntax.diagnostic(for: error, path: path)]))
        }
        let source = DuplicateKeys.rename(events.repeats, in: text)
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: source, .basic) else {
                return .failure(
                    DeckLoadError([
                        DeckDiagnostic(
                            at: start, "the file holds no YAML document (only comments?): a deck needs at least an id, a title and one fact"
                        )
                    ]))
            }
            root = node
        } catch YamlError.duplicatedKeysInMapping(let keys, let context) {
            // Keys the event pass could not compare (not plain text): reported where the parser stopped.
            let location = SourceLocation(path: path, line: context.mark.line, column: context.mark.column)
            let list = keys.map { "'\($0)'" }.joined(separator: ", ")
            return .failure(
                DeckLoadError([DeckDiagnostic(at: location, "\(list) appears more than once in this mapping: keys must be unique")]))
        } catch let error as YamlError {
            return .failure(DeckLoadError([YAMLSyntax.diagnostic(for: error, path: path)]))
        } catch {
            return .failure(DeckLoadError([DeckDiagnostic(at: start, "could not read the YAML: \(error)")]))
        }
        var reader = DeckReader(path: path, text: source)
        let deck = reader.read(root)
        let errors = reader.diagnostics.sorted { $0.location < $1.location }
        if let deck, !errors.contains(where: { $0.severity == .error }) {
            return .success(deck)
        }
        return .failure(DeckLoadError(errors))
    }

    private static func megabytes(_ count: Int) -> String {
        let mb = Double(count) / 1_048_576
        return mb >= 10 ? "\(Int(mb.rounded())) MB" : "\((mb * 10).rounded() / 10) MB"
    }

    /// Every control character written into the file itself (C0 but tab, line feed and carriage return; DEL;
    /// C1), at its line and column: a deck is printable text, and the YAML parser would only say it cannot
    /// read the file. (Tabs, and controls written as escapes such as `"\e"`, are refused by the reader in the
    /// fields they end up in.) The bytes are valid UTF-8 (`binaryProblem` found nothing).
    static func controlCharacters(_ bytes: [UInt8], path: String) -> [DeckDiagnostic] {
        var found: [DeckDiagnostic] = []
        var line = 1
        var column = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var scalar: UInt32?
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D || byte == 0x7F {
                scalar = UInt32(byte)
            } else if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
                scalar = UInt32(bytes[index + 1])
            }
            if let scalar, let value = Unicode.Scalar(scalar) {
                found.append(
                    DeckDiagnostic(
                        at: SourceLocation(path: path, line: line, column: column),
                        "a control character, \(ControlCharacters.describe(value)), is in the text: a deck holds printable text only"))
            }
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        // Whoever scrambled the file may have scrambled much of it: the first fifty say enough.
        return Array(found.prefix(50))
    }

    /// A diagnostic when the bytes are not UTF-8 text: a NUL byte or an invalid sequence, at its line and column.
    static func binaryProblem(_ bytes: [UInt8], path: String) -> DeckDiagnostic? {
        var line = 1
        var column = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00:
                return DeckDiagnostic(
                    at: SourceLocation(path: path, line: line, column: column),
                    "this is not a text file (it contains a NUL byte): a deck is a YAML text file saved as UTF-8")
            case 0x0A:
                line += 1
                column = 1
                index += 1
                continue
            case 0x01...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            var valid = length > 0 && index + length <= bytes.count
            if valid, length > 1 {
                valid = bytes[(index + 1)..<(index + length)].allSatisfy { $0 & 0xC0 == 0x80 }
            }
            if !valid {
                let hex = String(byte, radix: 16, uppercase: true)
                return DeckDiagnostic(
                    at: SourceLocation(path: path, line: line, column: column),
                    "this is not UTF-8 text (byte 0x\(hex.count == 1 ? "0" + hex : hex)): save the deck as UTF-8")
            }
            index += length
            column += 1
        }
        return nil
    }
}
