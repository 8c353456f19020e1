import Facts

/// Drafts a deck from an article: the dates, figures, people, quotations and terms it finds, each with the
/// sentence it came from. Pure and deterministic: the same text always gives the same draft.
public enum Drafter {
    /// What the caller decides about the deck.
    public struct Options: Sendable {
        /// The deck id; it must equal the file name the deck is written to.
        public var id: String
        /// The deck title; the article's own title, or a default, when nil.
        public var title: String?
        /// What the source note names ("siberian-internment.txt").
        public var sourceName: String?
        /// Where the deck will be written, for the `path` of the deck (shown in diagnostics).
        public var path: String

        public init(id: String, title: String? = nil, sourceName: String? = nil, path: String) {
            self.id = id
            self.title = title
            self.sourceName = sourceName
            self.path = path
        }
    }

    /// Why there is no draft.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case empty
        case nothingFound

        public var description: String {
            switch self {
            case .empty: "the article is empty"
            case .nothingFound: "found no dates, figures, people, quotations or terms in the article: nothing to draft"
            }
        }
    }

    /// The deck a teacher would start from for `article` (plain text or Markdown).
    public static func draft(_ article: String, options: Options) -> Result<DeckDraft, Failure> {
        let read = ArticleReader.read(article)
        let sentences = sentences(of: read)
        if sentences.isEmpty { return .failure(.empty) }
        var builder = DraftBuilder(sentences: sentences, options: options, articleTitle: read.title)
        builder.build()
        let draft = builder.result()
        if draft.deck.factCount == 0 { return .failure(.nothingFound) }
        return .success(draft)
    }

    /// A slug for a deck id made from a title or a file name: "Hard labor in Siberia" → `hard-labor-siberia`.
    public static func deckID(from text: String) -> String {
        let id = Slug.make(Slug.content(text), limit: 5)
        return id.isEmpty ? "draft" : id
    }

    static func sentences(of article: Article) -> [Sentence] {
        var out: [Sentence] = []
        for paragraph in article.paragraphs {
            for (number, piece) in SentenceSplitter.split(paragraph.text).enumerated() {
                let span = piece.offset..<(piece.offset + piece.text.count)
                let emphasis = paragraph.emphasis.filter { span.contains($0.lowerBound) && $0.upperBound <= span.upperBound }
                    .map { ($0.lowerBound - piece.offset)..<($0.upperBound - piece.offset) }
                out.append(
                    Sentence(
                        paragraph: paragraph.number, number: number + 1, line: paragraph.line(at: piece.offset), text: piece.text,
                        isListItem: paragraph.isListItem, isHeading: paragraph.isHeading, emphasis: emphasis))
            }
        }
        return out
    }
}
