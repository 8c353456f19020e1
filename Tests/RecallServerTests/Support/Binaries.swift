import Foundation

/// Runs the built `recall` and `recall-server` executables as a user would, capturing what they print.
enum Binaries {
    struct Output {
        var stdout: String
        var stderr: String
        var status: Int32
        /// Whether the process was killed by a signal (terminationReason `.uncaughtSignal`).
        var killed: Bool
    }

    /// The executable next to the test bundle (the test target depends on both, so they are built first).
    static func url(_ name: String) -> URL {
        var directory = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = directory.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent(name)
    }

    /// The repository's top folder, for the shipped decks.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var decks: String { repository.appendingPathComponent("Decks").path }

    /// Runs `name arguments…` in `directory`, feeding `input`, with `environment` added.
    @discardableResult
    static func run(
        _ name: String, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:], input: String? = nil
    ) throws -> Output {
        let process = Process()
        process.executableURL = url(name)
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? repository
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["TERM"] = "dumb"
        for key in ["RECALL_PROGRESS", "RECALL_DECKS", "RECALL_DATABASE_URL", "RECALL_SYNC_STOP_AT"] { env.removeValue(forKey: key) }
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        let inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inPipe.fileHandleForWriting.close()
        // Read both pipes at once: a chatty process must not block on a full stderr while stdout is read.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(
            stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
            status: process.terminationStatus, killed: process.terminationReason == .uncaughtSignal)
    }

    /// `recall arguments…`
    @discardableResult
    static func recall(_ arguments: [String], environment: [String: String] = [:], input: String? = nil) throws -> Output {
        try run("recall", arguments, environment: environment, input: input)
    }

    /// A new empty folder for one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("recall-server-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
