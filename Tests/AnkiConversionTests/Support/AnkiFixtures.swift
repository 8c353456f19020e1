import Foundation

/// The packages tools/anki/make_fixtures.py built with Anki's own exporter.
enum AnkiFixtures {
    static func path(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/Anki").appendingPathComponent(name).path
    }
}

extension AnkiFixtures {
    /// What Anki held for each card of a collection (`notes`, `year`) when it made the packages, from
    /// `expected.json`: id, note id, ordinal, type, queue, due, interval and FSRS memory state.
    static func expectedCards(_ collection: String) -> [[String: Any]] {
        let data = FileManager.default.contents(atPath: path("expected.json")) ?? Data()
        let json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        return (json?[collection] as? [String: Any])?["cards"] as? [[String: Any]] ?? []
    }
}
