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
        let learner = try ProgressOptions.check(learner)
        let store = try progress.openStore()
        let entries: [ReviewLogEntry]
        do {
            entries = try store.exportReviews(learner: learner)
        } catch {
            throw CLIError(error.description)
        }
        // To a temporary name renamed into place: a failed export never leaves a truncated file that
        // looks like a complete backup.
        let file = try output.map { path throws(CLIError) in try OutputFile(path) }
        var chunk = ""
        chunk.reserveCapacity(1 << 20)
        func flush() throws(CLIError) {
            if let file { try file.write(chunk) } else { Console.print(chunk) }
            chunk.removeAll(keepingCapacity: true)
        }
        func emit(_ line: String) throws(CLIError) {
            chunk += line
            chunk += "\n"
            if chunk.utf8.count >= 1 << 20 { try flush() }
        }
        switch format {
        case .csv:
            try emit(ReviewLogWriter.csvHeader)
            for entry in entries { try emit(ReviewLogWriter.csvRecord(entry)) }
        case .jsonl:
            for entry in entries { try emit(ReviewLogWriter.jsonLine(entry)) }
        }
        try flush()
        try file?.commit()
    }
}
