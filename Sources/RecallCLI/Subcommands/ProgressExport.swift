import ArgumentParser
import Foundation
import ProgressStore

/// `recall progress export`: the review log as CSV or JSON Lines, re-importable elsewhere.
struct ProgressExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the review log as CSV or JSON Lines.",
        discussion: """
            Every review with its id, oldest first. Imported into another progress file (with the same \
            settings) it gives the same card states.
            """
    )

    @Option(help: ArgumentHelp("Only this learner's reviews (default: everyone's).", valueName: "name"))
    var learner: String?

    @Option(help: ArgumentHelp("csv or jsonl.", valueName: "format"))
    var format: ReviewLogFormat = .csv

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var progress: ProgressFileOptions

    func run() throws {
        do {
            let learner = try ProgressOptions.check(learner)
            let store = try progress.openStore()
            let entries: [ReviewLogEntry]
            do {
                entries = try store.exportReviews(learner: learner)
            } catch {
                throw CLIError(error.description)
            }
            let handle: FileHandle
            if let output {
                guard FileManager.default.createFile(atPath: output, contents: nil) else {
                    throw CLIError("cannot write '\(output)'")
                }
                guard let file = FileHandle(forWritingAtPath: output) else { throw CLIError("cannot write '\(output)'") }
                handle = file
            } else {
                handle = FileHandle.standardOutput
            }
            var chunk = ""
            chunk.reserveCapacity(1 << 20)
            func emit(_ line: String) {
                chunk += line
                chunk += "\n"
                if chunk.utf8.count >= 1 << 20 {
                    handle.write(Data(chunk.utf8))
                    chunk.removeAll(keepingCapacity: true)
                }
            }
            switch format {
            case .csv:
                emit(ReviewLogWriter.csvHeader)
                for entry in entries { emit(ReviewLogWriter.csvRecord(entry)) }
            case .jsonl:
                for entry in entries { emit(ReviewLogWriter.jsonLine(entry)) }
            }
            handle.write(Data(chunk.utf8))
            if output != nil { try? handle.close() }
        } catch let error as CLIError {
            Console.fail(error.message)
            throw ExitCode.failure
        }
    }
}
