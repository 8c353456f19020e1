/// The seed for a review's fuzz, made from the card and how many times it has been reviewed (as Anki seeds
/// it), so replaying the same history always gives the same due dates.
public enum FuzzSeed {
    /// FNV-1a (64-bit) over the card id's UTF-8 bytes, a zero byte, and the review count's 8 little-endian
    /// bytes. Stable across processes and platforms.
    public static func derive(cardID: String, reviewCount: Int) -> UInt64 {
        var hash = fnv1a64(cardID.utf8)
        hash = fnv1a64(CollectionOfOne(0), continuing: hash)
        var count = UInt64(bitPattern: Int64(reviewCount)).littleEndian
        withUnsafeBytes(of: &count) { bytes in
            hash = fnv1a64(bytes, continuing: hash)
        }
        return hash
    }

    static let fnvOffsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    /// FNV-1a over `bytes`, starting from `hash`.
    static func fnv1a64<Bytes: Sequence<UInt8>>(_ bytes: Bytes, continuing hash: UInt64 = fnvOffsetBasis) -> UInt64 {
        var hash = hash
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= fnvPrime
        }
        return hash
    }
}
