import Foundation
import StudySession

/// A clock that only moves when told to: for tests, and for replaying a session.
public final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    public init(_ start: Date) {
        current = start
    }

    public var now: Date {
        lock.withLock { current }
    }

    public func advance(by seconds: TimeInterval) {
        lock.withLock { current += seconds }
    }

    public func set(_ moment: Date) {
        lock.withLock { current = moment }
    }

    /// The clock as a session reads it.
    public var studyClock: StudyClock {
        StudyClock { [self] in now }
    }
}
