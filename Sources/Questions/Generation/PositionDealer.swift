/// Deals key positions so that across a bank each position comes up equally often, in an unpredictable order.
///
/// Each option count has its own bag of positions; a bag is refilled and shuffled when empty.
struct PositionDealer: Sendable {
    private var bags: [Int: [Int]] = [:]

    mutating func next(count: Int, using rng: inout some RandomNumberGenerator) -> Int {
        precondition(count > 0)
        if bags[count, default: []].isEmpty {
            bags[count] = Array(0..<count).shuffled(using: &rng)
        }
        return bags[count, default: []].removeLast()
    }
}
