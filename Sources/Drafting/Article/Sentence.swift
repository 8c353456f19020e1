/// One sentence of an article, tokenized, with where it came from.
struct Sentence {
    /// A quotation inside the sentence: the tokens between the marks, and the characters.
    struct Quotation: Hashable {
        /// Token indices of the quoted words (the marks excluded).
        var tokens: Range<Int>
        /// Token indices of the opening and closing marks.
        var open: Int
        var close: Int
        var text: String
    }

    /// 1-based paragraph number.
    var paragraph: Int
    /// 1-based number of the sentence within its paragraph.
    var number: Int
    /// The article line the sentence starts on.
    var line: Int
    var text: String
    var characters: [Character]
    var tokens: [Token]
    var quotations: [Quotation]
    var isListItem: Bool
    var isHeading: Bool
    /// Token ranges that were set in italic or bold.
    var emphasized: [Range<Int>] = []

    /// A sentence of `text`; `emphasis` holds the character ranges of the text set in italic or bold.
    init(
        paragraph: Int, number: Int, line: Int, text: String, isListItem: Bool = false, isHeading: Bool = false, emphasis: [Range<Int>] = []
    ) {
        self.paragraph = paragraph
        self.number = number
        self.line = line
        self.text = text
        self.isListItem = isListItem
        self.isHeading = isHeading
        characters = Array(text)
        tokens = Tokenizer.tokens(characters)
        quotations = Tokenizer.quotations(in: &tokens, characters: characters)
        let tokens = tokens
        emphasized = emphasis.compactMap { span in
            guard let first = tokens.firstIndex(where: { span.contains($0.range.lowerBound) }),
                let last = tokens.lastIndex(where: { span.contains($0.range.upperBound - 1) }), first <= last
            else { return nil }
            return first..<(last + 1)
        }
    }

    /// The characters between two character offsets.
    func text(_ range: Range<Int>) -> String { String(characters[range]) }

    /// The text from the start of token `from` to the end of token `through`.
    func text(tokens from: Int, through: Int) -> String {
        guard from <= through, from >= 0, through < tokens.count else { return "" }
        return text(tokens[from].range.lowerBound..<tokens[through].range.upperBound)
    }

    /// The quotation a token lies in, if any.
    func quotation(containing index: Int) -> Quotation? {
        quotations.first { $0.tokens.contains(index) }
    }
}
