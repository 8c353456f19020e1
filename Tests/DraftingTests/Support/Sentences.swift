@testable import Drafting

/// Sentences for the finder tests: each string is one sentence of its own paragraph, unless it holds
/// several, which are split as an article's would be.
enum Sentences {
    static func of(_ paragraphs: String...) -> [Sentence] { of(paragraphs) }

    static func of(_ paragraphs: [String]) -> [Sentence] {
        var out: [Sentence] = []
        for (p, text) in paragraphs.enumerated() {
            for (n, piece) in SentenceSplitter.split(text).enumerated() {
                out.append(Sentence(paragraph: p + 1, number: n + 1, line: p + 1, text: piece.text))
            }
        }
        return out
    }
}
