/// Random choices spelled out here rather than left to the standard library, so that a seed gives the same
/// quiz on every platform and every Swift release.
extension RandomNumberGenerator {
    /// A uniform index in `0..<count` (rejection sampling, no modulo bias).
    mutating func uniformIndex(below count: Int) -> Int {
        precondition(count > 0)
        let bound = UInt64(count)
        let limit = UInt64.max - UInt64.max % bound
        while true {
            let value = next()
            if value < limit { return Int(value % bound) }
        }
    }

    /// The elements in a random order (Fisher–Yates).
    mutating func shuffle<T>(_ elements: [T]) -> [T] {
        var out = elements
        var i = out.count - 1
        while i > 0 {
            let j = uniformIndex(below: i + 1)
            out.swapAt(i, j)
            i -= 1
        }
        return out
    }
}
