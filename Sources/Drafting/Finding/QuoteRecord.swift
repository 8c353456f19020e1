import Facts

/// A quotation attributed to a person of the article.
struct QuoteRecord {
    var quote: String
    var person: Int
    var when: DateValue?
    var context: String?
    var sentence: Int
    /// The speaker was named by a pronoun ("he said"), which a teacher should confirm.
    var byPronoun: Bool
}
