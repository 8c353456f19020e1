internal import CYaml

/// One pass over a YAML document's events (libyaml's, which Yams parses with): every repeated key in every
/// mapping, and the first syntax error, without building anything.
///
/// Yams stops composing at the first mapping with a repeated key; knowing them all up front lets the loader
/// rename every later occurrence in one rewrite of the text (`DuplicateKeys`) and compose once, so a deck
/// with thousands of repeated keys loads in linear time and each is reported at its own line and column.
struct YAMLEvents {
    /// A key that repeats an earlier key of the same mapping.
    struct Repeat: Equatable {
        var key: String
        /// Where the repeat is, and where the key's first occurrence was (1-based lines and columns).
        var line: Int
        var column: Int
        var firstLine: Int
        /// The repeat's span in the text, in Unicode scalars (libyaml counts characters so).
        var start: Int
        var end: Int
    }

    /// The first syntax error: where, libyaml's words, and what it was reading.
    struct SyntaxError: Equatable {
        var line: Int
        var column: Int
        var problem: String
        var context: String?
        var contextLine: Int
        var contextColumn: Int
    }

    var repeats: [Repeat] = []
    var syntaxError: SyntaxError?

    /// Reads every event of `text`.
    init(_ text: String) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        var source = text
        source.withUTF8 { bytes in
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            read(&parser)
        }
    }

    /// What a mapping under construction has seen: its keys so far, and whether the next node is a key.
    private struct Mapping {
        var keys: [String: Int] = [:]
        var expectsKey = true
    }

    /// The open collections, innermost last: a mapping's index in `mappings`, or nil for a sequence. The
    /// mappings are mutated in place in their array (a copy taken out and put back would copy each
    /// mapping's keys at every key, which made loading quadratic in a section's size).
    private var stack: [Int?] = []
    private var mappings: [Mapping] = []

    private mutating func read(_ parser: inout yaml_parser_t) {
        var documents = 0
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else {
                syntaxError = SyntaxError(
                    line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1,
                    problem: parser.problem.map { String(cString: $0) } ?? "unknown problem",
                    context: parser.context.map { String(cString: $0) },
                    contextLine: Int(parser.context_mark.line) + 1, contextColumn: Int(parser.context_mark.column) + 1)
                return
            }
            defer { yaml_event_delete(&event) }
            let start = event.start_mark
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    syntaxError = SyntaxError(
                        line: Int(start.line) + 1, column: Int(start.column) + 1, problem: "but found another document",
                        context: "expected a single document in the stream", contextLine: 1, contextColumn: 1)
                    return
                }
            case YAML_SCALAR_EVENT:
                note(event, scalar: true)
            case YAML_ALIAS_EVENT:
                note(event, scalar: false)
            case YAML_SEQUENCE_START_EVENT:
                note(event, scalar: false)
                stack.append(nil)
            case YAML_MAPPING_START_EVENT:
                note(event, scalar: false)
                stack.append(mappings.count)
                mappings.append(Mapping())
            case YAML_SEQUENCE_END_EVENT:
                _ = stack.popLast()
            case YAML_MAPPING_END_EVENT:
                // Mappings close in the order opposite to their opening: the one closing is the last.
                _ = stack.popLast()
                _ = mappings.popLast()
            default:
                break
            }
        }
    }

    /// A node begins: if it is a key of the innermost mapping, check it against the keys before it.
    private mutating func note(_ event: yaml_event_t, scalar: Bool) {
        guard let last = stack.last, let index = last else { return }
        let isKey = mappings[index].expectsKey
        mappings[index].expectsKey.toggle()
        // Only text keys are compared; a deck's keys are all text, and anything else is reported by the reader.
        guard isKey, scalar else { return }
        let data = event.data.scalar
        let key = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
        let line = Int(event.start_mark.line) + 1
        if let first = mappings[index].keys[key] {
            repeats.append(
                Repeat(
                    key: key, line: line, column: Int(event.start_mark.column) + 1, firstLine: first,
                    start: Int(event.start_mark.index), end: Int(event.end_mark.index)))
        } else {
            mappings[index].keys[key] = line
        }
    }
}
