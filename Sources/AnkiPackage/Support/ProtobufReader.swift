/// Reads protocol-buffer messages field by field.
///
/// Anki's package metadata, media list and note-type settings are protobuf messages, of which Recall reads a
/// handful of scalar fields. A reader of the wire format is a few dozen lines; swift-protobuf would add its
/// runtime and generated code (and minutes to every clean build) for five fields, so Recall keeps its own.
struct ProtobufReader {
    /// The wire types: how a field's value is laid out.
    enum WireType: UInt64 {
        case varint = 0
        case fixed64 = 1
        case lengthDelimited = 2
        case fixed32 = 5
    }

    /// A field's value as it lies on the wire.
    enum Value {
        case varint(UInt64)
        case fixed(UInt64)
        case bytes(ArraySlice<UInt8>)

        var integer: UInt64? {
            if case .varint(let v) = self { return v }
            return nil
        }

        var data: ArraySlice<UInt8>? {
            if case .bytes(let b) = self { return b }
            return nil
        }

        var string: String? { data.map { String(decoding: $0, as: UTF8.self) } }
    }

    struct Malformed: Error {}

    private let bytes: ArraySlice<UInt8>
    private var position: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    init(_ bytes: [UInt8]) {
        self.init(bytes[...])
    }

    /// Every field of the message, in order: (field number, value). Throws on bytes that are not protobuf.
    static func fields(of bytes: ArraySlice<UInt8>) throws(Malformed) -> [(Int, Value)] {
        var reader = ProtobufReader(bytes)
        var out: [(Int, Value)] = []
        while let field = try reader.next() { out.append(field) }
        return out
    }

    /// The next field, or nil at the end of the message.
    mutating func next() throws(Malformed) -> (Int, Value)? {
        guard position < bytes.endIndex else { return nil }
        let key = try varint()
        let number = Int(key >> 3)
        guard number > 0, let type = WireType(rawValue: key & 7) else { throw Malformed() }
        switch type {
        case .varint:
            return (number, .varint(try varint()))
        case .fixed64:
            return (number, .fixed(try fixed(8)))
        case .fixed32:
            return (number, .fixed(try fixed(4)))
        case .lengthDelimited:
            let length = try varint()
            guard length <= UInt64(bytes.endIndex - position) else { throw Malformed() }
            let start = position
            position += Int(length)
            return (number, .bytes(bytes[start..<position]))
        }
    }

    private mutating func varint() throws(Malformed) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while position < bytes.endIndex, shift < 64 {
            let byte = bytes[position]
            position += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return result }
            shift += 7
        }
        throw Malformed()
    }

    private mutating func fixed(_ count: Int) throws(Malformed) -> UInt64 {
        guard bytes.endIndex - position >= count else { throw Malformed() }
        var result: UInt64 = 0
        for i in 0..<count { result |= UInt64(bytes[position + i]) << (8 * UInt64(i)) }
        position += count
        return result
    }
}
