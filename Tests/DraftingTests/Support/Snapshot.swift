import Foundation
import Testing

/// Golden files under `__Snapshots__/`, compared line by line and re-recorded only on purpose:
/// `RECORD_SNAPSHOTS=1 swift test --filter DraftingTests`.
enum Snapshot {
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
        "__Snapshots__")

    static func check(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no snapshot \(name): record it with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let got = text.split(separator: "\n", omittingEmptySubsequences: false)
        for line in 0..<max(want.count, got.count) {
            let w = line < want.count ? String(want[line]) : "<end>"
            let g = line < got.count ? String(got[line]) : "<end>"
            if w != g {
                Issue.record(
                    "\(name) differs from its snapshot at line \(line + 1):\n  expected: \(w)\n  actual:   \(g)\n(RECORD_SNAPSHOTS=1 re-records)",
                    sourceLocation: sourceLocation)
                return
            }
        }
    }
}
