import Foundation
import Scheduling

/// Independent pieces of pure work run at once, one per core, their results kept in order.
enum ParallelMap {
    /// The optimizer's pieces of work, at once.
    static let runner = WorkRunner { count, piece in
        DispatchQueue.concurrentPerform(iterations: count, execute: piece)
    }

    static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.store(body(index), at: index)
        }
        return slots.values
    }

    /// Results written from several threads, each to its own slot, under a lock.
    private final class Slots<T>: @unchecked Sendable {
        private var slots: [T?]
        private let lock = NSLock()

        init(count: Int) {
            slots = Array(repeating: nil, count: count)
        }

        func store(_ value: T, at index: Int) {
            lock.lock()
            slots[index] = value
            lock.unlock()
        }

        var values: [T] {
            let values = slots.compactMap { $0 }
            precondition(values.count == slots.count, "concurrentPerform returns only once every slot is stored")
            return values
        }
    }
}
