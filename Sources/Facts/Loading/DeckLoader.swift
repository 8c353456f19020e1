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
            return .failure(DeckLoadError([DeckDiagnostic(at: start, "the file is too large for a deck (\(megabytes(bytes.count)); the limit is \(megabytes(maximumSize)))")]))
        }
        if let problem = binaryProblem(bytes, path: path) {
            return .failure(DeckLoadError([problem]))
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        return load(text: String(decoding: body, as: UTF8.self), path: path)
    }

    /// Loads a deck from text. `path` is shown in diagnostics and checked against the deck id.
    public static func load(text: String, path: String) -> Result<Deck, DeckLoadError> {
        let start = SourceLocation(path: path, line: 1, column: 1)
        if text.allSatisfy({ $0.isWhitespace }) {
            return .failure(DeckLoadError([DeckDiagnostic(at: start, "the file is empty: a deck needs at least an id, a title and one fact")]))
        }
        var source = text
        var renamed = 0
        let root: Node
        while true {
            do {
                guard let node = try Yams.compose(yaml: source, .basic) else {
                    return .failure(DeckLoadError([DeckDiagnostic(at: start, "the file holds no YAML document (only comments?): a deck needs at least an id, a title and one fact")]))
                }
                root = node
                break
            } catch YamlError.duplicatedKeysInMapping(let keys, let context) {
                // The parser stops at the first mapping with a repeated key; rename and go on to find them all.
                if let patched = DuplicateKeys.rename(keys, firstAt: context.mark.line, column: context.mark.column, in: source, counter: &renamed) {
                    source = patched
                    continue
                }
                let location = SourceLocation(path: path, line: context.mark.line, column: context.mark.column)
                let list = keys.map { "'\($0)'" }.joined(separator: ", ")
                return .failure(DeckLoadError([DeckDiagnostic(at: location, "\(list) appears more than once in this mapping: keys must be unique")]))
            } catch let error as YamlError {
                return .failure(DeckLoadError([YAMLSyntax.diagnostic(for: error, path: path)]))
            } catch {
                return .failure(DeckLoadError([DeckDiagnostic(at: start, "could not read the YAML: \(error)")]))
            }
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
                return DeckDiagnostic(at: SourceLocation(path: path, line: line, column: column), "this is not a text file (it contains a NUL byte): a deck is a YAML text file saved as UTF-8")
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
                return DeckDiagnostic(at: SourceLocation(path: path, line: line, column: column), "this is not UTF-8 text (byte 0x\(hex.count == 1 ? "0" + hex : hex)): save the deck as UTF-8")
            }
            index += length
            column += 1
        }
        return nil
    }
}
