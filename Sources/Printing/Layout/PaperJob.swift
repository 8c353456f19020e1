/// What `recall print --format pdf` hands the `recall-pdf` renderer on standard input, as JSON: the quiz
/// (its manifest, with the copies to print) and how to print it. The renderer lays it out itself with
/// `PageLayout`, because laying text out needs the fonts' measurements, which only Pango has.
public struct PaperJob: Codable, Hashable, Sendable {
    public var quiz: Quiz
    public var paper: PaperSize
    /// Whether the answer keys follow the copies, each version's on its own page.
    public var includeKeys: Bool

    public init(quiz: Quiz, paper: PaperSize, includeKeys: Bool = true) {
        self.quiz = quiz
        self.paper = paper
        self.includeKeys = includeKeys
    }
}
