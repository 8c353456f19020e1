import Foundation
import HelperPrograms

@testable import RecallCLI

/// Runs the built `recall` executable, as a user would, and captures what it prints.
struct RecallBinary {
    struct Output {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// The `recall` binary next to the test bundle (the test target depends on it, so it is built first).
    static var url: URL {
        var directory = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = directory.appendingPathComponent("recall")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("recall")
    }

    /// The repository's top folder, for the shipped decks.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Runs `recall arguments…` in `directory` with `environment` added, feeding `input` on standard input.
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:], input: String? = nil) throws
        -> Output
    {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? repository
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: "RECALL_PROGRESS")
        env.removeValue(forKey: "RECALL_DECKS")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let result = try ChildProcess.run(process, input: input.map { Data($0.utf8) })
        return Output(
            stdout: String(decoding: result.standardOutput, as: UTF8.self),
            stderr: String(decoding: result.standardError, as: UTF8.self),
            status: result.status)
    }

    /// A new empty folder for one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("recall-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
