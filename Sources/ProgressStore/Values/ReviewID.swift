/// Review ids: the text that identifies one review on every machine.
public enum ReviewID {
    /// The id of a review that came without one: a UUID-shaped text (version 8, RFC 9562) made of a hash
    /// of the learner and the card, then the exact moment. The same review imported twice, or on two
    /// machines, gets the same id, and a review log exported and imported elsewhere keeps its ids.
    ///
    /// One card's reviews share the first half and sort by time in the second, so a bulk import writes
    /// the primary key in order, card after card.
    public static func derive(learner: String, card: String, reviewedAt microseconds: Int64) -> String {
        let high = cardKey(learner: learner, card: card)
        // The moment, biased so that earlier moments (even before 1970) give smaller ids, in the 62 bits
        // after the RFC 9562 variant.
        let moment = UInt64(bitPattern: microseconds) &+ (1 << 61)
        let low = (moment & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        return format(high, low)
    }

    /// The first half of the ids `derive` makes for this learner's reviews of this card, as a number:
    /// sorting cards by it sorts their derived ids.
    static func cardKey(learner: String, card: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a
        for byte in learner.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        hash = (hash ^ 0) &* 0x0000_0100_0000_01B3
        for byte in card.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return (finalize(hash) & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_8000  // version 8
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
