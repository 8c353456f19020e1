@preconcurrency import Benchmark
import Facts
import Foundation
import Printing
import Questions
import Scheduling
import SeededRandom

/// Printing 30 personalised PDF copies of a 40-question quiz (target: under 3 s in a release build), timed as
/// `recall print --format pdf` does it: the quiz handed as JSON to the `recall-pdf` process, which lays it
/// out with Pango, draws it with Cairo and writes the file. The benchmark itself needs no Pango headers; it
/// runs the `recall-pdf` built next to it (`swift build -c release` builds both).
nonisolated(unsafe) let printingBenchmarks = BenchmarkSuite(name: "Printing") { suite in
    let job = PrintingWorkload.job(questions: 40, students: 30)
    guard let program = PrintingWorkload.recallPDF() else {
        suite.benchmark("30 personalised PDF copies of a 40-question quiz: skipped, recall-pdf not built (swift build -c release)") {}
        return
    }
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("recall-bench-\(job.quiz.id).pdf").path
    suite.benchmark(
        "30 personalised PDF copies of a 40-question quiz (\(job.quiz.questions.count) questions, recall-pdf)", settings: Iterations(5),
        WarmupIterations(1)
    ) {
        PrintingWorkload.run(program, job: job, output: output)
    }
}

/// The quiz the printing benchmark prints.
enum PrintingWorkload {
    static func job(questions: Int, students: Int) -> PaperJob {
        let text = SyntheticDeckText.make(facts: 245)
        guard case .success(let deck) = DeckLoader.load(bytes: Array(text.utf8), path: "Decks/synthetic.yaml") else {
            fatalError("the synthetic deck did not load")
        }
        var generator = SeededGenerator(seed: 2026)
        let bank = QuestionGenerator(deck: deck, options: .init(referenceYear: 2026)).bank(using: &generator).questions.map(
            QuizQuestion.init)
        let assembly = QuizAssembly(
            title: "A 40-question quiz", deck: deck.id, deckTitle: deck.title, selection: QuizSelection(count: questions), versions: 3,
            seed: 2026, date: PrintDate(year: 2026, month: 11, day: 26))
        let quiz = assembly.assemble(from: bank, using: &generator)
        let names = (1...students).map { "Student number \($0)" }
        return PaperJob(quiz: quiz.personalised(for: names, className: "Benchmark class"), paper: .a4)
    }

    /// `recall-pdf` next to this executable.
    static func recallPDF() -> URL? {
        let url = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("recall-pdf")
        return url.flatMap { FileManager.default.isExecutableFile(atPath: $0.path) ? $0 : nil }
    }

    static func run(_ program: URL, job: PaperJob, output: String) {
        let process = Process()
        process.executableURL = program
        process.arguments = ["--output", output]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
            try input.fileHandleForWriting.write(contentsOf: try JSONEncoder().encode(job))
            try input.fileHandleForWriting.close()
        } catch {
            fatalError("could not run recall-pdf: \(error)")
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { fatalError("recall-pdf failed with status \(process.terminationStatus)") }
    }
}
