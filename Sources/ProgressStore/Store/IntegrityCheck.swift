import Foundation

/// SQLite's `PRAGMA quick_check` over the whole file, run on a read-only connection of its own while the
/// command starts; every write waits for its verdict, so a damaged file is never written to.
///
/// A quick check reads every page (about a second for a file of a million reviews), which is why it runs
/// beside the work rather than before it: `recall study` shows its first question meanwhile, and only the
/// first answer waits, if the learner answers faster than the file is read.
final class IntegrityCheck: @unchecked Sendable {
    enum Verdict: Sendable, Equatable {
        case running
        case sound
        case damaged(String)
        /// The check itself could not run (the file vanished, the disk failed); treated as damage.
        case failed(ProgressStoreError)
    }

    private let condition = NSCondition()
    private var verdict = Verdict.running
    private var stopping = false
    private let connection: InspectionConnection
    private let path: String

    /// Starts checking `connection`'s file on a background thread.
    init(connection: InspectionConnection, path: String) {
        self.connection = connection
        self.path = path
        let thread = Thread { [self] in
            condition.lock()
            let stopped = stopping
            condition.unlock()
            let outcome: Verdict
            do throws(ProgressStoreError) {
                outcome =
                    stopped
                    ? .failed(.database(path: path, detail: "the check was stopped"))
                    : Self.verdict(try connection.texts("PRAGMA quick_check"))
            } catch {
                outcome = .failed(error)
            }
            condition.lock()
            verdict = outcome
            condition.broadcast()
            condition.unlock()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// The check run now, on this thread.
    static func run(_ connection: InspectionConnection) throws(ProgressStoreError) -> Verdict {
        verdict(try connection.texts("PRAGMA quick_check"))
    }

    /// The problems SQLite's check lists, one a line, without its `*** in database main ***` headings.
    static func problems(_ rows: [String?]) -> [String] {
        rows.compactMap { $0 }.flatMap { $0.split(separator: "\n").map(String.init) }
            .filter { $0 != "ok" && !$0.hasPrefix("*** in database") }
    }

    private static func verdict(_ rows: [String?]) -> Verdict {
        let problems = problems(rows)
        if problems.isEmpty { return .sound }
        let shown = problems.prefix(3).joined(separator: "; ")
        return .damaged(problems.count > 3 ? shown + "; and \(problems.count - 3) more" : shown)
    }

    /// Waits for the verdict; throws unless the file is sound.
    func requireSound() throws(ProgressStoreError) {
        condition.lock()
        while verdict == .running { condition.wait() }
        let outcome = verdict
        condition.unlock()
        switch outcome {
        case .running, .sound: return
        case .damaged(let detail): throw .damaged(path: path, detail: detail)
        case .failed(let error): throw error
        }
    }

    /// The verdict so far.
    var current: Verdict {
        condition.lock()
        defer { condition.unlock() }
        return verdict
    }

    /// Stops the check if it is still running and closes its connection.
    func close() {
        stop()
        connection.close()
    }

    /// Stops a check still running (the store is closing) and waits until it has.
    func stop() {
        condition.lock()
        stopping = true
        let running = verdict == .running
        condition.unlock()
        if running { connection.interrupt() }
        condition.lock()
        while verdict == .running { condition.wait() }
        condition.unlock()
    }
}
