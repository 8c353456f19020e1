import Facts

/// A deck drafted from an article, with where each fact came from and what a teacher should check.
public struct DeckDraft: Sendable {
    /// Where in the article a fact was found.
    public struct Origin: Hashable, Sendable {
        /// 1-based paragraph of the article body (the title is not counted).
        public var paragraph: Int
        /// 1-based sentence within the paragraph.
        public var sentence: Int
        /// The article line the sentence starts on.
        public var line: Int
    }

    public var deck: Deck
    public var origins: [FactID: Origin]
    /// Things a teacher should look at, by fact: "the year 1945 was taken from the date before".
    public var checks: [FactID: [String]]
    /// The article's own title, when it has one.
    public var articleTitle: String?

    /// How many checks the draft carries in all.
    public var checkCount: Int { checks.values.reduce(0) { $0 + $1.count } }
}
