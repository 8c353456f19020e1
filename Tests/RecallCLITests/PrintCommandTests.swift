import Foundation
import HelperPrograms
import Testing

@testable import RecallCLI

/// `recall print` end to end, through the built `recall` and `recall-pdf`.
@Suite(.serialized)
struct PrintCommandTests {
    /// The manifest as `recall print --format json` writes it, decoded loosely.
    struct Manifest: Decodable {
        struct Question: Decodable {
            var id: String
            var kind: String
            var prompt: String
            var answer: [String: AnyDecodable]
        }
        struct Item: Decodable {
            var number: Int
            var question: String
            var options: [String]
        }
        struct Version: Decodable {
            var name: String
            var items: [Item]
        }
        struct Copy: Decodable {
            var version: String
            var student: String?
        }
        var id: String
        var title: String
        var questions: [Question]
        var versions: [Version]
        var copies: [Copy]
    }

    struct AnyDecodable: Decodable {
        var strings: [String]
        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let s = try? c.decode(String.self) {
                strings = [s]
            } else if let a = try? c.decode([String].self) {
                strings = a
            } else if let pairs = try? c.decode([[String: String]].self) {
                strings = pairs.flatMap { [$0["left"] ?? "", $0["right"] ?? ""] }
            } else {
                strings = []
            }
        }
    }

    let arguments = ["print", "firsts", "--count", "12", "--versions", "2", "--seed", "4"]

    func environment(_ directory: URL) -> [String: String] {
        ["RECALL_PROGRESS": directory.appendingPathComponent("Progress/recall.sqlite").path]
    }

    func manifest(in directory: URL) throws -> Manifest {
        let json = try RecallBinary.run(arguments + ["--format", "json"], in: directory, environment: environment(directory))
        #expect(json.status == 0, "\(json.stderr)")
        return try JSONDecoder().decode(Manifest.self, from: Data(json.stdout.utf8))
    }

    /// Whether `recall-pdf` was built (it needs the Pango headers; `scripts/install-system-packages.sh`, which CI runs).
    static let recallPDFBuilt = FileManager.default.isExecutableFile(
        atPath: RecallBinary.url.deletingLastPathComponent().appendingPathComponent("recall-pdf").path)

    @Test(.enabled(if: recallPDFBuilt, "recall-pdf is not built: run scripts/build-pdf.sh"))
    func thePDFHoldsEveryQuestionAndOptionInOrderInGreekAndCyrillicIntact() throws {
        let directory = try PrintTestSupport.workspace()
        let quiz = try manifest(in: directory)
        let pdf = directory.appendingPathComponent("quiz.pdf").path
        let printed = try RecallBinary.run(
            arguments + ["--output", pdf, "--paper", "letter"], in: directory, environment: environment(directory))
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(printed.stdout.contains("quiz \(quiz.id)"))

        let info = try PrintTestSupport.poppler("pdfinfo", [pdf])
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") }
        #expect(info.contains("612 x 792 pts (letter)"))
        #expect(info.contains("Title:") && info.contains("Πρώτα βήματα — Первые шаги"))

        let text = try PrintTestSupport.poppler("pdftotext", ["-raw", "-enc", "UTF-8", pdf, "-"])
        var pageTexts = text.components(separatedBy: "\u{0C}")
        if pageTexts.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pageTexts.removeLast() }
        #expect(pageTexts.count == pages)
        // Two papers and two keys, each numbering its own pages: their last pages add up to the whole.
        let totals = pageTexts.compactMap { page -> Int? in
            guard let range = page.range(of: #"Page (\d+) of (\d+)"#, options: .regularExpression) else { return nil }
            let parts = page[range].split(separator: " ")
            return parts[1] == parts[3] ? Int(parts[3]) : nil
        }
        #expect(totals.count == 4)
        #expect(totals.reduce(0, +) == pages)

        for page in pageTexts {
            #expect(page.contains("Quiz \(quiz.id) · Version"), "every page names the quiz and version")
            #expect(page.contains("Πρώτα βήματα — Первые шаги"), "Greek and Cyrillic come back intact")
        }
        let byID = Dictionary(uniqueKeysWithValues: quiz.questions.map { ($0.id, $0) })
        for version in quiz.versions {
            let paper = PrintTestSupport.flattened(
                pageTexts.filter { $0.contains("Version \(version.name)") && !$0.contains("Answer key") }.joined(separator: " "))
            var cursor = paper.startIndex
            for item in version.items {
                let question = byID[item.question]!
                var expected = [PrintTestSupport.flattened(question.prompt)]
                if question.kind == "ordering" {
                    expected += item.options.enumerated().map { "\(["A", "B", "C", "D", "E", "F"][$0.offset]). \($0.element)" }
                } else if question.kind != "matching" {
                    expected += item.options
                }
                for fragment in expected {
                    guard let found = paper.range(of: fragment, range: cursor..<paper.endIndex) else {
                        Issue.record("version \(version.name), question \(item.number): '\(fragment)' not found in order")
                        continue
                    }
                    cursor = found.upperBound
                }
            }
        }
    }

    @Test func theSameSeedPrintsTheSameQuizAndTheTextFormatsGoToStandardOutput() throws {
        let directory = try PrintTestSupport.workspace()
        let first = try manifest(in: directory)
        let again = try manifest(in: directory)
        #expect(first.id == again.id)
        #expect(first.questions.map(\.id) == again.questions.map(\.id))
        for format in ["md", "html", "tex", "gift", "moodle-xml"] {
            let result = try RecallBinary.run(arguments + ["--format", format], in: directory, environment: environment(directory))
            #expect(result.status == 0, "\(format): \(result.stderr)")
            #expect(result.stdout.contains(first.id), "\(format) names the quiz")
            #expect(result.stdout.hasSuffix("\n"), "\(format) ends its last line")
            #expect(
                result.stdout.contains("Юрий Гагарин") || result.stdout.contains("Αλέξανδρος") || result.stdout.contains("Η εξουσία"),
                "\(format)")
        }
    }

    /// A printed quiz takes its questions from the bank and nothing else: a cloze the bank skips (here, "the
    /// label names the person asked") is never printed, whatever the draw, though its fact is printed in
    /// other forms.
    @Test func printNeverTakesAQuestionTheBankSkips() throws {
        let directory = try RecallBinary.temporaryDirectory()
        let decks = directory.appendingPathComponent("Decks")
        try FileManager.default.createDirectory(at: decks, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("Progress"), withIntermediateDirectories: true)
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/decks/hellenistic-egypt.yaml")
        try FileManager.default.copyItem(at: fixture, to: decks.appendingPathComponent("hellenistic-egypt.yaml"))
        struct Bank: Decodable {
            struct Entry: Decodable {
                var card: String
                var kind: String
                var focus: String
            }
            var questions: [Entry]
            var skipped: [Entry]
        }
        let listed = try RecallBinary.run(["questions", "hellenistic-egypt", "--json"], in: directory, environment: environment(directory))
        #expect(listed.status == 0, "\(listed.stderr)")
        let bank = try JSONDecoder().decode(Bank.self, from: Data(listed.stdout.utf8))
        func id(_ entry: Bank.Entry) -> String { "\(entry.card)/\(entry.kind)/\(entry.focus)" }
        let skippedClozes = Set(bank.skipped.filter { $0.kind == "cloze" }.map(id))
        try #require(!skippedClozes.isEmpty, "the fixture deck has clozes the bank skips")
        let made = Set(bank.questions.map(id))
        var printed: Set<String> = []
        for seed in 1...12 {
            let result = try RecallBinary.run(
                ["print", "hellenistic-egypt", "--kinds", "cloze", "--count", "40", "--seed", "\(seed)", "--format", "json"],
                in: directory, environment: environment(directory))
            #expect(result.status == 0, "\(result.stderr)")
            let quiz = try JSONDecoder().decode(Manifest.self, from: Data(result.stdout.utf8))
            printed.formUnion(quiz.questions.map(\.id))
        }
        #expect(printed.isSubset(of: made), "printed but not in the bank: \(printed.subtracting(made).sorted())")
        #expect(printed.isDisjoint(with: skippedClozes), "printed though skipped: \(printed.intersection(skippedClozes).sorted())")
        // The facts whose who-cloze is skipped are printed as clozes of their date instead.
        let skippedFacts = Set(skippedClozes.map { $0.split(separator: "/").prefix(3).joined(separator: "/") })
        let printedFacts = Set(printed.map { $0.split(separator: "/").prefix(3).joined(separator: "/") })
        #expect(!skippedFacts.isDisjoint(with: printedFacts))
    }

    @Test func aikenListsTheQuestionsItCannotHold() throws {
        let directory = try PrintTestSupport.workspace()
        let result = try RecallBinary.run(arguments + ["--format", "aiken"], in: directory, environment: environment(directory))
        #expect(result.status == 0)
        #expect(result.stdout.contains("ANSWER: "))
        #expect(result.stderr.contains("Aiken holds only single-answer multiple choice"))
        #expect(result.stderr.contains("(typed)") || result.stderr.contains("(cloze)"))
    }

    @Test func badArgumentsAreRefusedClearly() throws {
        let directory = try PrintTestSupport.workspace()
        let kinds = try RecallBinary.run(["print", "firsts", "--kinds", "essay"], in: directory, environment: environment(directory))
        #expect(kinds.status != 0)
        #expect(kinds.stderr.contains("unknown kind 'essay'"))
        let deck = try RecallBinary.run(["print", "nope", "--format", "md"], in: directory, environment: environment(directory))
        #expect(deck.status == 1)
        #expect(deck.stderr.contains("recall: no deck 'nope' in Decks/ (decks: firsts)"))
    }

    @Test func withoutRecallPDFItSaysHowToGetIt() throws {
        let directory = try PrintTestSupport.workspace()
        // A copy of recall alone, with nothing on PATH that could draw a PDF.
        let lonely = directory.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: lonely, withIntermediateDirectories: true)
        let copy = lonely.appendingPathComponent("recall")
        try FileManager.default.copyItem(at: RecallBinary.url, to: copy)
        let process = Process()
        process.executableURL = copy
        process.arguments = arguments + ["--output", directory.appendingPathComponent("x.pdf").path]
        process.currentDirectoryURL = directory
        process.environment = ["PATH": "/usr/bin:/bin", "RECALL_PROGRESS": environment(directory)["RECALL_PROGRESS"]!, "NO_COLOR": "1"]
        let result = try ChildProcess.run(process)
        let message = String(decoding: result.standardError, as: UTF8.self)
        #expect(result.status == 1)
        #expect(message.contains("recall: recall-pdf, which draws PDFs, was not found"))
        // The command it names is the one that builds recall-pdf for a debug build such as this one.
        #expect(message.contains("run scripts/build-pdf.sh (it installs Pango and Cairo"))
        let script = RecallBinary.repository.appendingPathComponent("scripts/build-pdf.sh").path
        #expect(FileManager.default.isExecutableFile(atPath: script))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("x.pdf").path))
    }
}
