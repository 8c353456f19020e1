import Foundation

/// A quiz and its manifest: the questions, each version's order, options and key, and the copies printed.
///
/// This is what the progress database stores and what grading reads back, so it holds everything a paper
/// showed, independent of the deck it came from.
public struct Quiz: Codable, Hashable, Sendable {
    /// The manifest's own format, raised when its shape changes.
    public static let manifestFormat = 1

    public var format: Int
    public var id: QuizID
    public var title: String
    /// The deck's id and title.
    public var deck: String
    public var deckTitle: String
    public var seed: UInt64
    public var date: PrintDate?
    /// The class the copies were printed for, if any.
    public var className: String?
    /// The questions in the order they were chosen.
    public var questions: [QuizQuestion]
    public var versions: [QuizVersion]
    /// The papers printed: one per version, or one per student of a class.
    public var copies: [PaperCopy]

    /// Makes a quiz and derives its id from its content.
    public init(
        title: String, deck: String, deckTitle: String, seed: UInt64, date: PrintDate?, className: String? = nil,
        questions: [QuizQuestion], versions: [QuizVersion], copies: [PaperCopy]? = nil
    ) {
        self.format = Self.manifestFormat
        self.id = QuizID(deriving: [])
        self.title = title
        self.deck = deck
        self.deckTitle = deckTitle
        self.seed = seed
        self.date = date
        self.className = className
        self.questions = questions
        self.versions = versions
        self.copies = copies ?? versions.map { PaperCopy(version: $0.name) }
        self.id = QuizID(deriving: contentBytes)
    }

    /// The bytes the id is derived from: everything but the id and the date, so printing the same quiz
    /// again on another day finds the same id.
    private var contentBytes: [UInt8] {
        struct Content: Encodable {
            var title: String
            var deck: String
            var seed: UInt64
            var className: String?
            var questions: [QuizQuestion]
            var versions: [QuizVersion]
            var copies: [PaperCopy]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let content = Content(
            title: title, deck: deck, seed: seed, className: className, questions: questions, versions: versions, copies: copies)
        return Array((try? encoder.encode(content)) ?? Data())
    }

    /// The question with this id.
    public func question(_ id: String) -> QuizQuestion? {
        questions.first { $0.id == id }
    }

    /// The version with this name (`A`, `b`…), ignoring case.
    public func version(_ name: String) -> QuizVersion? {
        versions.first { $0.name.uppercased() == name.uppercased() }
    }

    public var totalPoints: Int { questions.reduce(0) { $0 + $1.points } }

    /// The manifest as stable JSON: sorted keys, pretty printed.
    public func manifestJSON() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Reads a manifest written by `manifestJSON()`.
    public static func fromManifest(_ data: Data) throws -> Quiz {
        try JSONDecoder().decode(Quiz.self, from: data)
    }
}
