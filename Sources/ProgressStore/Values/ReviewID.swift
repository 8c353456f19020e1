/// Review ids: the text that identifies one review on every machine.
public enum ReviewID {
    /// The id of a review that came without one: a UUID-shaped text (version 8, RFC 9562) hashed from the
    /// learner, the card and the exact moment, so the same review imported twice, or on two machines,
    /// gets the same id, and a review log exported and imported elsewhere keeps its ids.
    public static func derive(learner: String, card: String, reviewedAt microseconds: Int64) -> String {
        var high: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a offset basis
        var low: UInt64 = 0x6C62_272E_07BB_0142  // a second, independent basis
        func mix(_ byte: UInt8) {
            high = (high ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            low = (low ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            low = low ^ (low >> 29)
        }
        for byte in learner.utf8 { mix(byte) }
        mix(0)
        for byte in card.utf8 { mix(byte) }
        mix(0)
        var value = UInt64(bitPattern: microseconds)
        for _ in 0..<8 {
            mix(UInt8(truncatingIfNeeded: value))
            value >>= 8
        }
        high = finalize(high)
        low = finalize(low ^ high)
        high = (high & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_8000  // version 8
        low = (low & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000  // RFC 9562 variant
        return format(high, low)
    }

    /// SplitMix64's finaliser: spreads every input bit over the whole word.
    private static func finalize(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, lower case.
    private static func format(_ high: UInt64, _ low: UInt64) -> String {
        String(unsafeUninitializedCapacity: 36) { buffer in
            var index = 0
            func put(_ word: UInt64, nibbles: Range<Int>) {
                for nibble in nibbles {
                    buffer[index] = hexDigits[Int((word >> UInt64(60 - 4 * nibble)) & 0xF)]
                    index += 1
                }
            }
            func dash() {
                buffer[index] = 0x2D
                index += 1
            }
            put(high, nibbles: 0..<8)
            dash()
            put(high, nibbles: 8..<12)
            dash()
            put(high, nibbles: 12..<16)
            dash()
            put(low, nibbles: 0..<4)
            dash()
            put(low, nibbles: 4..<16)
            return 36
        }
    }
}
