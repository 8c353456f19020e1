import Printing
import Scheduling
import SeededRandom

/// The sample bank assembled into a quiz, always the same way.
enum SampleQuiz {
    static let date = PrintDate(year: 2026, month: 11, day: 26)

    static func make(versions: Int = 2, count: Int = 10, seed: UInt64 = 42, title: String = "Sample quiz: <Siberia> & \"Ελλάδα\" — Россия")
        -> Quiz
    {
        var generator = SeededGenerator(seed: seed)
        let assembly = QuizAssembly(
            title: title, deck: "sample", deckTitle: "A sample deck", selection: QuizSelection(count: count),
            versions: versions, seed: seed, date: date)
        return assembly.assemble(from: SampleBank.questions, using: &generator)
    }
}
