import ArgumentParser
import Foundation
import ProgressStore

/// `recall progress import FILE...`: review logs into the progress file, all or nothing.
struct ProgressImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import review logs (CSV or JSON Lines); a bad row imports nothing.",
        discussion: """
            CSV: a header learner,card,reviewed_at,rating plus any of duration_ms,source,answer,correct,id,\
            question_form; rating is again, hard, good, easy or 1–4; reviewed_at is ISO 8601 with a zone \
            (2026-01-31T09:30:00Z or +02:00). A folder imports every file in it. Reviews already in the file \
            (same id, or same learner, card and time) are skipped, so importing twice changes nothing. \
            Reviews replay through each learner's settings, so set them first (e.g. recall settings fuzz off).
            """
    )

    @Argument(help: ArgumentHelp("Review log files, or folders of them.", valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp("Read every file as csv or jsonl (default: by the name, else by the content).", valueName: "format"))
    var format: ReviewLogFormat?

    @OptionGroup var progress: ProgressFileOptions

    @Flag(help: "Print what was imported as JSON.")
    var json = false

    func run() throws {
        let paths = try Self.expand(files)
        var entries: [ReviewLogEntry] = []
        for path in paths {
            let bytes = try Self.read(path)
            do {
                entries += try ReviewLogReader.read(
                    bytes, file: path, format: format ?? ReviewLogFormat.guess(path: path, bytes: bytes))
            } catch {
                throw CLIError("\(error); nothing was imported")
            }
        }
        let store = try progress.openStore()
        let summary: ImportSummary
        do {
            summary = try store.importReviews(entries, source: paths.joined(separator: " "), chunkTime: Self.chunkTime)
        } catch {
            throw CLIError(error.description)
        }
        if json {
            Console.out(try Console.json(Report(summary: summary, files: paths)))
        } else {
            Console.out(Self.describe(summary, files: paths.count, path: store.path))
        }
    }

    struct Report: Encodable {
        var summary: ImportSummary
        var files: [String]

        enum CodingKeys: String, CodingKey {
            case added
            case alreadyPresent = "already_present"
            case learners, cards
            case replayedCards = "replayed_cards"
            case files
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(summary.added, forKey: .added)
            try container.encode(summary.alreadyPresent, forKey: .alreadyPresent)
            try container.encode(summary.learners, forKey: .learners)
            try container.encode(summary.cards, forKey: .cards)
            try container.encode(summary.replayedCards, forKey: .replayedCards)
            try container.encode(files, forKey: .files)
        }
    }

    static func describe(_ summary: ImportSummary, files: Int, path: String) -> String {
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        var text = "Imported \(count(summary.added, "review")) into \(path)"
        if summary.alreadyPresent > 0 { text += " (\(summary.alreadyPresent) already there)" }
        text += ": \(count(summary.learners, "learner")), \(count(summary.cards, "card")), from \(count(files, "file"))."
        if summary.replayedCards > 0 {
            text += " \(count(summary.replayedCards, "card")) replayed from the start for earlier reviews."
        }
        if summary.resumed {
            text += " This finished an import of the same reviews that had stopped part way."
        }
        return text
    }

    /// Files as given; folders become every visible regular file in them, sorted by name.
    static func expand(_ paths: [String]) throws(CLIError) -> [String] {
        var out: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError("\(path): no such file; nothing was imported")
            }
            guard isDirectory.boolValue else {
                out.append(path)
                continue
            }
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
            for name in names {
                let file = path.hasSuffix("/") ? path + name : path + "/" + name
                var nested: ObjCBool = false
                if FileManager.default.fileExists(atPath: file, isDirectory: &nested), !nested.boolValue {
                    out.append(file)
                }
            }
        }
        if out.isEmpty {
            throw CLIError("no review logs in \(paths.joined(separator: ", "))")
        }
        return out
    }

    static func read(_ path: String) throws(CLIError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("\(path): cannot be read (check its permissions); nothing was imported")
        }
        return [UInt8](data)
    }

    /// How long one chunk of the import may hold the file: `RECALL_IMPORT_CHUNK_SECONDS` (0.001–10), which
    /// tests shorten to stop an import part way for certain; else the store's 0.25 s.
    static var chunkTime: TimeInterval {
        guard let text = ProcessInfo.processInfo.environment["RECALL_IMPORT_CHUNK_SECONDS"], let seconds = Double(text),
            (0.001...10).contains(seconds)
        else { return ProgressStore.importChunkTime }
        return seconds
    }
}
