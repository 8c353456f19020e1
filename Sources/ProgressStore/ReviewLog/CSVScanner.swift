/// RFC 4180 records over a byte buffer, without copying: fields come back as ranges into the buffer.
///
/// Records end with CRLF or LF; a quoted field may hold commas, line breaks and doubled quotes; blank lines
/// are skipped. Written by hand because a general CSV library costs several times more per row, and an
/// import of a million reviews should take seconds.
struct CSVScanner {
    struct Field {
        /// The field's bytes, without its surrounding quotes.
        var range: Range<Int>
        /// True when the field contains doubled quotes that must be collapsed.
        var hasEscapedQuotes: Bool
    }

    struct Problem: Error {
        var line: Int
        var message: String
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position: Int
    /// The line the scanner is on (1-based).
    private(set) var line = 1

    private static let quote: UInt8 = 0x22
    private static let comma: UInt8 = 0x2C
    private static let lf: UInt8 = 0x0A
    private static let cr: UInt8 = 0x0D

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        // A UTF-8 byte order mark is not part of the first field.
        position = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// Reads the next record into `fields`; returns the line it began on, or nil when the input is exhausted.
    mutating func next(into fields: inout [Field]) throws(Problem) -> Int? {
        fields.removeAll(keepingCapacity: true)
        let count = bytes.count
        while position < count {
            if bytes[position] == Self.lf {
                position += 1
                line += 1
            } else if bytes[position] == Self.cr && position + 1 < count && bytes[position + 1] == Self.lf {
                position += 2
                line += 1
            } else {
                break
            }
        }
        guard position < count else { return nil }
        let startLine = line

        while true {
            if position < count && bytes[position] == Self.quote {
                let fieldLine = line
                position += 1
                let start = position
                var escaped = false
                while true {
                    guard position < count else {
                        throw Problem(line: fieldLine, message: "a quoted field is never closed (a \" is missing)")
                    }
                    let byte = bytes[position]
                    if byte == Self.quote {
                        if position + 1 < count && bytes[position + 1] == Self.quote {
                            escaped = true
                            position += 2
                            continue
                        }
                        break
                    }
                    if byte == Self.lf { line += 1 }
                    position += 1
                }
                fields.append(Field(range: start..<position, hasEscapedQuotes: escaped))
                position += 1  // the closing quote
                guard position < count else { return startLine }
                let byte = bytes[position]
                if byte == Self.comma {
                    position += 1
                    continue
                }
                if byte == Self.lf {
                    position += 1
                    line += 1
                    return startLine
                }
                if byte == Self.cr && position + 1 < count && bytes[position + 1] == Self.lf {
                    position += 2
                    line += 1
                    return startLine
                }
                throw Problem(line: line, message: "unexpected text after a closing quote (write \"\" for a quote inside a quoted field)")
            } else {
                let start = position
                while position < count {
                    let byte = bytes[position]
                    if byte == Self.comma || byte == Self.lf { break }
                    position += 1
                }
                var end = position
                if position < count && bytes[position] == Self.lf && end > start && bytes[end - 1] == Self.cr {
                    end -= 1
                }
                fields.append(Field(range: start..<end, hasEscapedQuotes: false))
                guard position < count else { return startLine }
                if bytes[position] == Self.comma {
                    position += 1
                    continue
                }
                position += 1  // the line feed
                line += 1
                return startLine
            }
        }
    }

    /// The field's bytes with doubled quotes collapsed.
    func bytes(of field: Field) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[field.range])
    }

    /// The field as text; nil when it is not valid UTF-8.
    func string(_ field: Field) -> String? {
        let slice = UnsafeBufferPointer(rebasing: bytes[field.range])
        if !field.hasEscapedQuotes {
            return Self.decode(slice)
        }
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(slice.count)
        var index = 0
        while index < slice.count {
            collapsed.append(slice[index])
            index += slice[index] == Self.quote ? 2 : 1
        }
        return collapsed.withUnsafeBufferPointer(Self.decode)
    }

    /// Validating UTF-8 decoding, with a fast path for ASCII.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var ascii = true
        for byte in bytes where byte >= 0x80 {
            ascii = false
            break
        }
        if ascii {
            return String(decoding: bytes, as: UTF8.self)
        }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: return String(scalars)
            case .error: return nil
            }
        }
    }
}
