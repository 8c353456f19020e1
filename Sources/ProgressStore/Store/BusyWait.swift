import Foundation

/// How a writer waits for another process's write: SQLite's busy handler, polling with a short backoff.
///
/// SQLite's own timeout handler sleeps up to 100 ms between tries, so a writer waiting on a long import can
/// miss every gap the import leaves between its chunks; polling every few milliseconds takes the lock in the
/// first gap. After `notice` the wait is reported once (the caller says so to the user), and after `timeout`
/// the write fails as locked.
struct BusyWait: Sendable {
    var timeout: TimeInterval
    var notice: TimeInterval
    var onWait: (@Sendable (TimeInterval) -> Void)?

    /// Milliseconds slept before try number `tries` (0-based): 1, 2, 4, then 5 each time.
    static func delay(beforeTry tries: Int) -> Int {
        tries < 3 ? 1 << tries : 5
    }

    /// Milliseconds slept in all before try number `tries`.
    static func waited(beforeTry tries: Int) -> Int {
        tries <= 3 ? (1 << tries) - 1 : 7 + (tries - 3) * 5
    }

    /// The busy callback: sleeps and returns true to try again, false to give up.
    func shouldRetry(afterTries tries: Int) -> Bool {
        let waited = Double(Self.waited(beforeTry: tries)) / 1000
        guard waited < timeout else { return false }
        let delay = Self.delay(beforeTry: tries)
        if waited < notice && waited + Double(delay) / 1000 >= notice {
            onWait?(notice)
        }
        usleep(UInt32(delay * 1000))
        return true
    }
}
