/// A small, fast, seedable random number generator (SplitMix64): the same seed gives the same numbers on
/// every platform and every run, unlike `SystemRandomNumberGenerator` or Swift's per-process `Hasher`.
///
/// Scheduling uses it for fuzz; questions, quizzes, study sessions and simulations wherever a choice must be
/// repeatable (`--seed`).
public struct SeededGenerator: RandomNumberGenerator, Sendable, Hashable {
    /// The generator's whole state; copying the generator forks the sequence.
    public private(set) var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform draw in 0..<1 from the top 53 bits, spelled out so it never changes with the standard library.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }
}
