/// An article as drafting reads it: a title, if it has one, and its paragraphs of sentences.
struct Article {
    /// One paragraph of running text (a list item and a heading count as paragraphs of their own).
    struct Paragraph {
        /// 1-based, counting the paragraphs of the body (the title is not counted).
        var number: Int
        var text: String
        /// The article line where each line of the paragraph starts, by its offset (in characters) in `text`.
        var lineStarts: [(offset: Int, line: Int)]
        var isListItem: Bool
        var isHeading: Bool
        /// Character ranges of `text` that were set in italic or bold.
        var emphasis: [Range<Int>] = []

        /// The article line holding the character at `offset` of `text`.
        func line(at offset: Int) -> Int {
            var line = lineStarts.first?.line ?? 1
            for start in lineStarts where start.offset <= offset { line = start.line }
            return line
        }
    }

    var title: String?
    var paragraphs: [Paragraph]
}
