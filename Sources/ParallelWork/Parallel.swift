import Foundation

/// Work spread over the machine's cores.
public enum Parallel {
    /// `body(0) … body(count − 1)`, run concurrently, returned in index order.
    public static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(body) }
        let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer {
            _ = slots.deinitialize()
            slots.deallocate()
        }
        // Each iteration writes only its own slot, and all are done before the slots are read.
        nonisolated(unsafe) let shared = slots
        DispatchQueue.concurrentPerform(iterations: count) { index in
            shared[index] = body(index)
        }
        let results = slots.compactMap { $0 }
        precondition(results.count == count, "concurrentPerform returns only once every slot is written")
        return results
    }
}
