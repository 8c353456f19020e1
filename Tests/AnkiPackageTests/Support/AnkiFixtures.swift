import AnkiPackage
import Foundation

/// The packages tools/anki/make_fixtures.py built with Anki's own exporter, and what Anki held for each.
enum AnkiFixtures {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Anki")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// `expected.json`: per collection (`notes`, `year`), Anki's notes, cards and review log.
    nonisolated(unsafe) static let expected: [String: Any] = {
        let data = FileManager.default.contents(atPath: path("expected.json")) ?? Data()
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }()

    static func notes(_ collection: String) -> [[String: Any]] {
        (expected[collection] as? [String: Any])?["notes"] as? [[String: Any]] ?? []
    }

    static func cards(_ collection: String) -> [[String: Any]] {
        (expected[collection] as? [String: Any])?["cards"] as? [[String: Any]] ?? []
    }

    /// A scratch folder, removed by the caller.
    static func scratch() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("recall-anki-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
