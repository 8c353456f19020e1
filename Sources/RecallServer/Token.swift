import Crypto

/// Access tokens: random, shown once when issued, stored only as a hash.
///
/// A token is 32 random bytes (256 bits) in base 32 after a prefix that tells a student's (`rcs_`) from a
/// teacher's (`rct_`) token at a glance. With that much randomness, a plain SHA-256 is the right hash:
/// salting and stretching protect guessable passwords, and nobody guesses 256 bits.
enum Token {
    enum Kind: String {
        case student = "rcs_"
        case teacher = "rct_"
    }

    /// A new token, from the system's random generator.
    static func make(_ kind: Kind) -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return kind.rawValue + base32(bytes)
    }

    /// The hash kept in the database: SHA-256 as 64 hex digits.
    static func hash(_ token: String) -> String {
        SHA256.hash(data: Array(token.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// True when `text` has the shape of a token (so that junk is refused without a database lookup).
    static func looksValid(_ text: String) -> Bool {
        (text.hasPrefix(Kind.student.rawValue) || text.hasPrefix(Kind.teacher.rawValue)) && text.count == 4 + 52
            && text.dropFirst(4).allSatisfy { alphabet.contains($0) }
    }

    /// Crockford's base 32: no I, L, O or U, so that a printed token can be read back.
    private static let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz")

    private static func base32(_ bytes: [UInt8]) -> String {
        var output = ""
        var buffer = 0
        var bits = 0
        for byte in bytes {
            buffer = buffer << 8 | Int(byte)
            bits += 8
            while bits >= 5 {
                output.append(alphabet[(buffer >> (bits - 5)) & 31])
                bits -= 5
            }
        }
        if bits > 0 { output.append(alphabet[(buffer << (5 - bits)) & 31]) }
        return output
    }
}
