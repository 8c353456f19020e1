/// A quiz's id, printed on every page and typed back in to grade it: eight characters of Crockford's
/// base 32 (no I, L, O or U), derived from the quiz's content so the same quiz always gets the same id.
public struct QuizID: Codable, Hashable, Sendable, Comparable, CustomStringConvertible {
    private static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    public let rawValue: String

    /// Reads an id as a person might type it: any case, with dashes or spaces, `O` for `0`, `I` or `L` for `1`.
    public init?(_ text: String) {
        var out = ""
        for ch in text.uppercased() where ch != "-" && ch != " " {
            let mapped: Character =
                switch ch {
                case "O": "0"
                case "I", "L": "1"
                default: ch
                }
            guard Self.alphabet.contains(mapped) else { return nil }
            out.append(mapped)
        }
        guard out.count == 8 else { return nil }
        rawValue = out
    }

    /// The id for content whose canonical bytes are `bytes` (FNV-1a, 40 bits).
    public init(deriving bytes: some Sequence<UInt8>) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        hash ^= hash >> 29
        var out = ""
        for i in 0..<8 {
            out.append(Self.alphabet[Int((hash >> UInt64(5 * (7 - i))) & 31)])
        }
        rawValue = out
    }

    public var description: String { rawValue }

    public static func < (lhs: QuizID, rhs: QuizID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = QuizID(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a quiz id: \(text)"))
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}
