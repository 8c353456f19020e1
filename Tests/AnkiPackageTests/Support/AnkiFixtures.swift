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

    /// `recall-zstd`, when it was built (`RECALL_ZSTD=1`; it needs libzstd-dev).
    static let zstd: ZstdProgram? = {
        var directory = URL(fileURLWithPath: #filePath)
        while directory.path != "/" && !FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
            directory.deleteLastPathComponent()
        }
        for configuration in ["debug", "release"] {
            let url = directory.appendingPathComponent(".build/\(configuration)/recall-zstd")
            if FileManager.default.isExecutableFile(atPath: url.path) { return ZstdProgram(url: url) }
        }
        return nil
    }()

    static let zstdMissing =
        "recall-zstd is not built (it needs libzstd-dev): run scripts/install-system-packages.sh, then RECALL_ZSTD=1 swift build --product recall-zstd"

    /// A scratch folder, removed by the caller.
    static func scratch() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("recall-anki-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
