import Foundation

/// Where a session learns the time: the command line passes the real clock, tests a `ManualClock`.
/// The session never calls `Date()` itself.
public struct StudyClock: Sendable {
    public var now: @Sendable () -> Date

    public init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }
}
