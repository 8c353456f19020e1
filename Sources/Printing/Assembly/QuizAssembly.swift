/// Putting a quiz together: choosing its questions from a bank and making its versions.
public struct QuizAssembly: Sendable {
    public var title: String
    public var deck: String
    public var deckTitle: String
    public var selection: QuizSelection
    public var versions: Int
    /// Recorded in the manifest so the same quiz can be made again.
    public var seed: UInt64
    public var date: PrintDate?

    public init(
        title: String, deck: String, deckTitle: String, selection: QuizSelection, versions: Int = 1, seed: UInt64, date: PrintDate? = nil
    ) {
        self.title = title
        self.deck = deck
        self.deckTitle = deckTitle
        self.selection = selection
        self.versions = versions
        self.seed = seed
        self.date = date
    }

    /// The quiz, every random choice drawn from `generator` (seed it with `seed` to make the quiz repeatable).
    public func assemble(from bank: [QuizQuestion], using generator: inout some RandomNumberGenerator) -> Quiz {
        let questions = selection.choose(from: bank, using: &generator)
        let versions = QuizVersioning.versions(of: questions, count: versions, using: &generator)
        return Quiz(title: title, deck: deck, deckTitle: deckTitle, seed: seed, date: date, questions: questions, versions: versions)
    }
}

extension Quiz {
    /// The same quiz printed for a class: with students, one personalised copy each, versions assigned in turn
    /// (A, B, C, A…); without, one copy per version with the class named. The id changes with the copies.
    public func personalised(for students: [String], className: String?) -> Quiz {
        let copies =
            students.isEmpty
            ? nil
            : students.enumerated().map { offset, name in
                PaperCopy(version: versions[offset % max(1, versions.count)].name, student: name)
            }
        return Quiz(
            title: title, deck: deck, deckTitle: deckTitle, seed: seed, date: date, className: className,
            questions: questions, versions: versions, copies: copies)
    }
}
