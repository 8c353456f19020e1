import ArgumentParser
import Facts
import Foundation
import HelperPrograms
import Printing
import ProgressStore
import Questions
import Scheduling
import SeededRandom

/// `recall print DECK`: a balanced quiz from the deck's question bank, in versions, for paper, the web or an LMS.
struct Print: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a quiz from a deck: PDF, HTML, Markdown, LaTeX, or GIFT, Aiken and Moodle XML for an LMS.",
        discussion: """
            Chooses COUNT questions across the deck's sections, kinds and difficulty, at most one per fact and \
            none giving another away, in K versions with question and option order shuffled; each version's \
            answer key follows. Every quiz has an id, printed on each page, and is kept in the progress file \
            so that `recall grade` can mark it. See docs/printing.md.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case pdf, html, md, tex, gift, aiken
        case moodleXML = "moodle-xml"
        case json

        /// LMS formats hold each question once; the LMS shuffles and grades by itself.
        var isLMS: Bool { self == .gift || self == .aiken || self == .moodleXML }
    }

    @Argument(help: ArgumentHelp("A deck id from the deck folder, or a deck file.", valueName: "deck"))
    var deck: String

    @Option(help: "How many questions.")
    var count = 20

    @Option(
        help: ArgumentHelp(
            "The kinds of question allowed, comma-separated: \(QuizQuestionKind.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "kinds"))
    var kinds: String?

    @Option(help: "Makes every random choice repeatable: the same seed prints the same quiz.")
    var seed: UInt64?

    @Option(help: "How many versions (A, B, C…), each with its own question and option order.")
    var versions = 1

    @Option(help: ArgumentHelp("pdf, html, md, tex, gift, aiken, moodle-xml or json.", valueName: "format"))
    var format: Format = .pdf

    @Option(help: ArgumentHelp("a4 or letter.", valueName: "paper"))
    var paper: PaperSize = .a4

    @Option(help: "The title printed at the top (the deck's title by default).")
    var title: String?

    @Option(
        name: .customLong("class"),
        help: ArgumentHelp("Print one copy per student of this class, name filled in, versions assigned in turn.", valueName: "name"))
    var className: String?

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Where to write (standard output for text formats by default; quiz-ID.pdf for PDF).", valueName: "path"))
    var output: String?

    @OptionGroup var decks: DeckOptions

    @OptionGroup var progress: ProgressFileOptions

    func validate() throws {
        guard (1...500).contains(count) else { throw ValidationError("--count must be from 1 to 500") }
        guard (1...26).contains(versions) else { throw ValidationError("--versions must be from 1 to 26") }
        _ = try kindSet()
    }

    func kindSet() throws(ValidationError) -> Set<QuizQuestionKind>? {
        guard let kinds else { return nil }
        var set: Set<QuizQuestionKind> = []
        for name in kinds.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let kind = QuizQuestionKind(rawValue: name) else {
                throw ValidationError("unknown kind '\(name)': use \(QuizQuestionKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            set.insert(kind)
        }
        guard !set.isEmpty else { throw ValidationError("--kinds names no kind") }
        return set
    }

    func run() throws {
        try print()
    }

    private func print() throws(CLIError) {
        let deck = try DeckLookup.load(deck, in: decks.deckDirectory)
        let kinds = try? kindSet()
        let seed = seed ?? UInt64.random(in: 0...UInt64(UInt32.max))
        let now = Date()
        let today = Self.today(now)

        var generator = SeededGenerator(seed: seed)
        var options = QuestionGenerator.Options(referenceYear: today.year)
        if let kinds { options.kinds = Set(kinds.compactMap { QuestionKind(rawValue: $0.rawValue) }) }
        let bank = QuestionGenerator(deck: deck, options: options).bank(using: &generator).questions.map(QuizQuestion.init)
        let assembly = QuizAssembly(
            title: title ?? deck.title, deck: deck.id, deckTitle: deck.title, selection: QuizSelection(count: count, kinds: kinds),
            versions: versions, seed: seed, date: today)
        var quiz = assembly.assemble(from: bank, using: &generator)
        guard !quiz.questions.isEmpty else {
            throw CLIError("\(deck.id) yields no questions\(kinds == nil ? "" : " of the kinds asked") to print")
        }
        if quiz.questions.count < count {
            Console.err(
                "note: \(deck.id) yields \(quiz.questions.count) questions that fit together (at most one per fact, none giving another away), not \(count)"
            )
        }
        let store: ProgressStore?
        do {
            store = try progress.openStore()
        } catch {
            // An LMS grades its own quizzes: without a progress file they can still be exported.
            guard format.isLMS, className == nil else { throw error }
            Console.err("recall: \(error.message); the quiz is exported but not kept for grading")
            store = nil
        }
        if let className, let store {
            quiz = try PrintStorage.personalise(quiz, forClass: className, in: store)
        }
        if let store {
            try PrintStorage.keep(quiz, in: store, at: now)
        }

        switch format {
        case .pdf:
            let path = output ?? "quiz-\(quiz.id).pdf"
            let pages = try RecallPDF.render(PaperJob(quiz: quiz, paper: paper), to: path)
            Console.out(
                "quiz \(quiz.id): \(quiz.copies.count) cop\(quiz.copies.count == 1 ? "y" : "ies"), \(pages) pages, written to \(path)")
        case .html: try write(HTMLRenderer(paper: paper).render(quiz), quiz)
        case .md: try write(MarkdownRenderer().render(quiz), quiz)
        case .tex: try write(LaTeXRenderer(paper: paper).render(quiz), quiz)
        case .gift: try write(GIFTRenderer().render(quiz), quiz)
        case .moodleXML: try write(MoodleXMLRenderer().render(quiz), quiz)
        case .aiken:
            let export = AikenRenderer().render(quiz)
            if let message = export.skippedMessage {
                guard export.skipped.count < quiz.questions.count else {
                    throw CLIError("nothing to export: " + message)
                }
                Console.err("recall: " + message)
            }
            try write(export.text, quiz)
        case .json:
            do {
                try write(try JSONRenderer().render(quiz), quiz)
            } catch let error as CLIError {
                throw error
            } catch {
                throw CLIError("could not encode the quiz: \(error)")
            }
        }
        if format == .gift || format == .moodleXML, !quiz.handMarkedInLMS.isEmpty {
            let numbers = quiz.handMarkedInLMS.map(String.init).joined(separator: ", ")
            Console.err(
                "note: question\(quiz.handMarkedInLMS.count == 1 ? "" : "s") \(numbers) go in as essays, marked by hand with the answer as feedback: no one could type the answer word for word"
            )
        }
        if versions > 1 && format.isLMS {
            Console.err(
                "note: \(format.rawValue) holds each question once (version A's order); the LMS shuffles questions and options itself")
        }
        Console.err("quiz \(quiz.id), seed \(seed) (--seed \(seed) prints it again)")
    }

    /// Writes text to `--output`, or standard output.
    private func write(_ text: String, _ quiz: Quiz) throws(CLIError) {
        guard let output else {
            // A terminal's next line, or the status line on standard error, starts on a line of its own.
            Console.print(text.hasSuffix("\n") ? text : text + "\n")
            return
        }
        try OutputFile.write(text, to: output)
        Console.out("quiz \(quiz.id): written to \(output)")
    }

    /// Today's date where the user is.
    static func today(_ now: Date) -> PrintDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: now)
        return PrintDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}

/// Quizzes in the progress file: the manifest kept for grading, the class list for personal copies.
enum PrintStorage {
    /// One copy per student of the class, versions in turn; one per version when the class is empty.
    static func personalise(_ quiz: Quiz, forClass name: String, in store: ProgressStore) throws(CLIError) -> Quiz {
        let students: [LearnerName]?
        do {
            students = try store.students(ofClass: name)
        } catch {
            throw CLIError("\(error)")
        }
        guard let students else {
            let known = ((try? store.classes()) ?? []).map(\.name)
            throw CLIError(
                "there is no class named '\(name)'"
                    + (known.isEmpty ? " (there are no classes yet)" : " (classes: \(known.joined(separator: ", ")))"))
        }
        if students.isEmpty {
            Console.err("note: class \(name) has no students yet: printing one copy per version")
        }
        return quiz.personalised(for: students.map(\.rawValue), className: name)
    }

    /// Keeps the manifest under the quiz id, so that `recall grade` can mark the papers.
    static func keep(_ quiz: Quiz, in store: ProgressStore, at moment: Date) throws(CLIError) {
        do {
            let manifest = String(decoding: try quiz.manifestJSON(), as: UTF8.self)
            _ = try store.keepQuiz(
                StoredQuiz(id: quiz.id.rawValue, deck: quiz.deck, title: quiz.title, createdAt: moment, manifest: manifest))
        } catch {
            throw CLIError("could not keep quiz \(quiz.id) in the progress file: \(error)")
        }
    }
}

/// Finds a deck by path, or by id in the deck folder.
enum DeckLookup {
    static func load(_ name: String, in directory: String) throws(CLIError) -> Deck {
        var isDirectory: ObjCBool = false
        let loaded: DeckFiles.Loaded
        if FileManager.default.fileExists(atPath: name, isDirectory: &isDirectory), !isDirectory.boolValue {
            loaded = DeckFiles.load(name)
        } else {
            let paths = try DeckFiles.deckPaths(in: directory)
            let stem = { (path: String) in ((path as NSString).lastPathComponent as NSString).deletingPathExtension }
            if let path = paths.first(where: { stem($0) == name }) {
                loaded = DeckFiles.load(path)
            } else {
                let all = paths.map(DeckFiles.load)
                guard let match = all.first(where: { (try? $0.result.get().id) == name }) else {
                    let ids = all.compactMap { try? $0.result.get().id }.sorted()
                    throw CLIError("no deck '\(name)' in \(directory)/\(ids.isEmpty ? "" : " (decks: \(ids.joined(separator: ", ")))")")
                }
                loaded = match
            }
        }
        switch loaded.result {
        case .success(let deck): return deck
        case .failure(let error):
            let n = error.diagnostics.count
            throw CLIError("\(loaded.path) has \(n) problem\(n == 1 ? "" : "s"): run recall check \(loaded.path)")
        }
    }
}

/// Runs `recall-pdf`, the separate program that draws PDFs with Pango and Cairo.
enum RecallPDF {
    static let name = "recall-pdf"

    /// `recall-pdf` next to this program, else on PATH.
    static func locate() -> URL? {
        HelperProgram.locate(name)
    }

    /// The command that builds `recall-pdf` for this build of `recall`.
    static var buildCommand: String {
        #if DEBUG
            "scripts/build-pdf.sh"
        #else
            "scripts/build-pdf.sh -c release"
        #endif
    }

    /// Draws the job into `path`; returns the page count.
    static func render(_ job: PaperJob, to path: String) throws(CLIError) -> Int {
        guard let program = locate() else {
            throw CLIError(
                "\(name), which draws PDFs, was not found next to recall or on PATH: in Recall's folder, run "
                    + "\(buildCommand) (it installs Pango and Cairo from Debian's packages if they are missing and "
                    + "builds \(name) next to recall); or print with --format html")
        }
        let input: Data
        do {
            input = try JSONEncoder().encode(job)
        } catch {
            throw CLIError("could not encode the quiz for \(name): \(error)")
        }
        let process = Process()
        process.executableURL = program
        process.arguments = ["--output", path]
        let result: ChildProcess.Result
        do {
            result = try ChildProcess.run(process, input: input)
        } catch {
            throw CLIError("could not run \(program.path): \(error.localizedDescription)")
        }
        guard result.status == 0 else {
            let message = String(decoding: result.standardError, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw CLIError(message.isEmpty ? "\(name) failed (status \(result.status))" : message)
        }
        let text = String(decoding: result.standardOutput, as: UTF8.self)
        return Int(text.split(separator: " ").first ?? "") ?? 0
    }
}

extension PaperSize: ExpressibleByArgument {}
