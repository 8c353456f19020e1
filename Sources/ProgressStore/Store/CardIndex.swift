/// A lookup from card id to a small integer, built from card ids as SQLite hands them over (bytes), without
/// making a `String` or a SipHash of each: FNV-1a of the bytes keys an integer dictionary, and a hit is
/// confirmed against the bytes kept in one buffer, so the answer is exact. Built for the daily queue, which
/// matches tens of thousands of stored cards against the decks' cards every time it is asked.
struct CardIndex {
    private var slots: [UInt64: Int] = [:]
    /// All the card ids' bytes, one after another; `spans[n]` locates entry n's.
    private var bytes: [UInt8] = []
    private var spans: [(start: Int, count: Int, value: Int)] = []
    /// Entries whose hash another card already had (vanishingly rare), by their text.
    private var collisions: [String: Int] = [:]

    init(capacity: Int) {
        slots.reserveCapacity(capacity)
        spans.reserveCapacity(capacity)
        bytes.reserveCapacity(capacity * 40)
    }

    static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// Files `value` under the card id `card` (which must not be in the index yet).
    mutating func insert(_ card: UnsafeBufferPointer<UInt8>, value: Int) {
        let key = Self.hash(card)
        if slots[key] != nil {
            collisions[String(decoding: card, as: UTF8.self)] = value
            return
        }
        slots[key] = spans.count
        spans.append((bytes.count, card.count, value))
        bytes.append(contentsOf: card)
    }

    /// The value filed under `card`, if any.
    func value(for card: String) -> Int? {
        var card = card
        return card.withUTF8 { utf8 in
            guard let entry = slots[Self.hash(utf8)] else { return nil }
            let span = spans[entry]
            if span.count == utf8.count
                && bytes.withUnsafeBufferPointer({ stored in
                    utf8.elementsEqual(UnsafeBufferPointer(rebasing: stored[span.start..<span.start + span.count]))
                })
            {
                return span.value
            }
            return collisions.isEmpty ? nil : collisions[String(decoding: utf8, as: UTF8.self)]
        }
    }
}
