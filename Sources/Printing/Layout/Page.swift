/// A laid-out page: blocks of elements, each block kept whole on its page.
public struct Page: Hashable, Sendable {
    /// What a block holds, so tests and readers can tell the parts of a page apart.
    public enum BlockKind: Hashable, Sendable {
        /// The running header and footer: title, quiz id, version, page number.
        case running
        /// The first page's header: title, name/class/date fields, version, points, instructions.
        case header
        /// A numbered question of the paper.
        case question(Int)
        /// The answer key's heading.
        case keyHeading
        /// One numbered answer of the key, with its explanation.
        case answer(Int)
    }

    public struct Block: Hashable, Sendable {
        public var kind: BlockKind
        public var elements: [PageElement]
        /// The block's top and bottom on the page.
        public var top: Double
        public var bottom: Double
    }

    /// Which copy the page belongs to (its index in `Quiz.copies`), or nil for an answer key page.
    public var copy: Int?
    /// The version printed on it.
    public var version: String
    public var isKey: Bool
    public var blocks: [Block]

    /// Every element, block by block.
    public var elements: [PageElement] { blocks.flatMap(\.elements) }

    /// Every text on the page, in drawing order.
    public var texts: [String] { elements.compactMap(\.text) }
}

/// A quiz laid out on paper.
public struct PaperLayout: Hashable, Sendable {
    public var paper: PaperSize
    public var pages: [Page]
}
