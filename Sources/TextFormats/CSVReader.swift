/// RFC 4180 records over a byte buffer, without copying: fields come back as ranges into the buffer. The one
/// CSV dialect Recall reads (review logs, class rosters).
///
/// Records end with CRLF, LF or a lone CR (old spreadsheet exports); a quoted field may hold commas, line
/// breaks and doubled quotes; blank lines are skipped; a UTF-8 byte order mark is not part of the first field.
/// Refused, with the line: a quoted field never closed, text after a closing quote, and a quote inside an
/// unquoted field (RFC 4180 asks for the whole field to be quoted).
///
/// Written by hand because the CSV libraries on the local package list are many times slower, measured side
/// by side by `swift run -c release recall-bench --filter CSV` (200,000 rows of a review log, every field read
/// as text; release build, 2 shared cores, 2 December 2026): this reader 0.15 s, yaslab/CSV.swift 2.5.2
/// 2.28 s (15×), swiftcsv/SwiftCSV 0.10.0 5.63 s (37×). An import of a million reviews should take seconds.
public struct CSVReader {
    /// A field's place in the buffer.
    public struct Field: Sendable {
        /// The field's bytes, without its surrounding quotes.
        public var range: Range<Int>
        /// True when the field contains doubled quotes that must be collapsed.
        public var hasEscapedQuotes: Bool
    }

    /// Why the text is not CSV, and on which line.
    public struct Problem: Error, Sendable, Equatable {
        public var line: Int
        public var message: String
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position: Int
    /// The line the reader is on (1-based).
    public private(set) var line = 1

    private static let quote: UInt8 = 0x22
    private static let comma: UInt8 = 0x2C
    private static let lf: UInt8 = 0x0A
    private static let cr: UInt8 = 0x0D

    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        position = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// Moves past a line break at the current position (CRLF, LF or CR); false when there is none.
    private mutating func skipLineBreak() -> Bool {
        let count = bytes.count
        guard position < count else { return false }
        if bytes[position] == Self.lf {
            position += 1
        } else if bytes[position] == Self.cr {
            position += position + 1 < count && bytes[position + 1] == Self.lf ? 2 : 1
        } else {
            return false
        }
        line += 1
        return true
    }

    /// Reads the next record into `fields`; returns the line it began on, or nil when the input is exhausted.
    public mutating func next(into fields: inout [Field]) throws(Problem) -> Int? {
        fields.removeAll(keepingCapacity: true)
        let count = bytes.count
        while skipLineBreak() {}
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
                    if byte == Self.lf || (byte == Self.cr && (position + 1 == count || bytes[position + 1] != Self.lf)) {
                        line += 1
                    }
                    position += 1
                }
                fields.append(Field(range: start..<position, hasEscapedQuotes: escaped))
                position += 1  // the closing quote
                guard position < count else { return startLine }
                if bytes[position] == Self.comma {
                    position += 1
                    continue
                }
                if skipLineBreak() { return startLine }
                throw Problem(line: line, message: "unexpected text after a closing quote (write \"\" for a quote inside a quoted field)")
            } else {
                let start = position
                while position < count {
                    let byte = bytes[position]
                    if byte == Self.comma || byte == Self.lf || byte == Self.cr { break }
                    if byte == Self.quote {
                        throw Problem(
                            line: line,
                            message: "a quote in the middle of a field (quote the whole field and double the quote: \"say \"\"hi\"\"\")")
                    }
                    position += 1
                }
                fields.append(Field(range: start..<position, hasEscapedQuotes: false))
                guard position < count else { return startLine }
                if bytes[position] == Self.comma {
                    position += 1
                    continue
                }
                _ = skipLineBreak()
                return startLine
            }
        }
    }

    /// The field's bytes as they are in the buffer (doubled quotes not collapsed).
    public func bytes(of field: Field) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[field.range])
    }

    /// The field as text, doubled quotes collapsed; nil when it is not valid UTF-8.
    public func string(_ field: Field) -> String? {
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
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
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

    /// Every record of `bytes` with the line it begins on, as text; for small files (rosters).
    ///
    /// A field that is not valid UTF-8 is refused with its line.
    public static func records(_ bytes: [UInt8]) throws(Problem) -> [(line: Int, fields: [String])] {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(Problem) -> [(line: Int, fields: [String])] in
                var reader = CSVReader(buffer)
                var fields: [Field] = []
                var records: [(line: Int, fields: [String])] = []
                while let line = try reader.next(into: &fields) {
                    var texts: [String] = []
                    for field in fields {
                        guard let text = reader.string(field) else { throw Problem(line: line, message: "the text is not UTF-8") }
                        texts.append(text)
                    }
                    records.append((line, texts))
                }
                return records
            }
        }
        return try result.get()
    }
}
