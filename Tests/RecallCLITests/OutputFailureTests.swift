import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Output that cannot be written ends in `recall: …` and status 1, never a crash, and never in a file that
/// looks complete but is not.
@Suite struct OutputFailureTests {
    /// Runs `recall arguments…` with standard output going to `/dev/full`, in `folder`.
    func runIntoFullDisk(_ arguments: [String], in folder: URL) throws -> (status: Int32, signal: Int32?, stderr: String) {
        let process = Process()
        process.executableURL = RecallBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let err = Pipe()
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "RECALL_PROGRESS")
        process.environment = environment
        try process.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let signal = process.terminationReason == .uncaughtSignal ? process.terminationStatus : nil
        return (process.terminationStatus, signal, String(decoding: data, as: UTF8.self))
    }

    func folderWithProgress() throws -> URL {
        let folder = try RecallBinary.temporaryDirectory()
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("Decks"), withDestinationURL: RecallBinary.repository.appendingPathComponent("Decks"))
        let log = "learner,card,reviewed_at,rating\nann,physics/people/newton/role,2026-01-01T10:00:00Z,good\n"
        try log.write(to: folder.appendingPathComponent("log.csv"), atomically: true, encoding: .utf8)
        #expect(try RecallBinary.run(["progress", "import", "log.csv"], in: folder).status == 0)
        return folder
    }

    @Test(arguments: [
        ["progress", "export"], ["questions", "physics"], ["check"], ["decks"], ["stats", "--learner", "ann"],
        ["print", "physics", "--format", "md", "--seed", "1"], ["card", "physics/people/newton/role", "--learner", "ann"],
    ])
    func aFullDiskOnStandardOutputIsAnErrorNotACrash(_ arguments: [String]) throws {
        let folder = try folderWithProgress()
        let result = try runIntoFullDisk(arguments, in: folder)
        #expect(result.signal == nil, "killed by signal \(result.signal ?? 0)")
        #expect(result.status == 1)
        #expect(result.stderr.hasSuffix("recall: cannot write to standard output: No space left on device\n"), "\(result.stderr)")
    }

    @Test func aClosedPipeIsAnErrorNotASilentDeath() throws {
        let folder = try folderWithProgress()
        let process = Process()
        process.executableURL = RecallBinary.url
        process.arguments = ["questions", "physics"]
        process.currentDirectoryURL = folder
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        // The reader goes away before anything is written.
        try out.fileHandleForReading.close()
        try process.run()
        let message = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 1)
        #expect(String(decoding: message, as: UTF8.self) == "recall: cannot write to standard output: Broken pipe\n")
    }

    @Test func anExportThatFailsLeavesTheOldFileAndNoPartOfTheNewOne() throws {
        let folder = try folderWithProgress()
        let backup = folder.appendingPathComponent("backup.csv")
        try "the old backup\n".write(to: backup, atomically: true, encoding: .utf8)
        // A file-size limit of one block makes writing the export fail part way, as a full disk does.
        var log = "learner,card,reviewed_at,rating,answer\n"
        for index in 0..<3000 {
            log += "bob,physics/events/e-\(index)/date,2026-01-02T10:00:00Z,good,\(String(repeating: "x", count: 40))\n"
        }
        try log.write(to: folder.appendingPathComponent("more.csv"), atomically: true, encoding: .utf8)
        #expect(try RecallBinary.run(["progress", "import", "more.csv"], in: folder).status == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "trap '' XFSZ; ulimit -f 128; exec \"$0\" progress export --output backup.csv", RecallBinary.url.path]
        process.currentDirectoryURL = folder
        let err = Pipe()
        process.standardError = err
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(message.hasPrefix("recall: cannot write 'backup.csv': File too large; nothing was written there"), "\(message)")
        #expect(try String(contentsOf: backup, encoding: .utf8) == "the old backup\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == ["Decks", "Progress", "backup.csv", "log.csv", "more.csv"])
        // And when it can be written, it is written whole.
        #expect(try RecallBinary.run(["progress", "export", "--output", "backup.csv"], in: folder).status == 0)
        #expect(try String(contentsOf: backup, encoding: .utf8).split(separator: "\n").count == 3002)
    }
}
