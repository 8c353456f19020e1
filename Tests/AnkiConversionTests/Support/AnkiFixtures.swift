import Foundation

/// The packages tools/anki/make_fixtures.py built with Anki's own exporter.
enum AnkiFixtures {
    static func path(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/Anki").appendingPathComponent(name).path
    }
}
