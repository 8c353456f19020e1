import Foundation
import Scheduling

@testable import ProgressStore

/// A fresh in-memory store with the production configuration.
func makeStore() throws -> ProgressStore {
    try ProgressStore.inMemory()
}

/// A learner name that is known to be valid.
func learner(_ name: String) -> LearnerName {
    LearnerName(name)!
}

/// A moment given in ISO 8601 with a zone, to the microsecond.
func at(_ text: String) -> Date {
    guard let microseconds = try? Timestamp.parseISO8601(text) else { fatalError("bad test date \(text)") }
    return Timestamp.date(microseconds)
}

/// Reads a CSV or JSON Lines review log given as text.
func entries(_ text: String, file: String = "log.csv", format: ReviewLogFormat = .csv) throws -> [ReviewLogEntry] {
    try ReviewLogReader.read(Array(text.utf8), file: file, format: format)
}

/// A folder of its own under the system's temporary folder, removed when the test ends.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "recall-progress-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        _ = try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        try? FileManager.default.removeItem(atPath: path)
    }

    func file(_ name: String) -> String { path + "/" + name }
}

/// The bytes of a file, or nil when it is absent.
func contents(_ path: String) -> Data? {
    FileManager.default.contents(atPath: path)
}
