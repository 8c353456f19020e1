import Foundation
import Scheduling

/// The optimizer's pieces of work, run at once, one per core.
enum ParallelMap {
    static let runner = WorkRunner { count, piece in
        DispatchQueue.concurrentPerform(iterations: count, execute: piece)
    }
}
