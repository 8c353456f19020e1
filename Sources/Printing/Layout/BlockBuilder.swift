/// Collects the elements of one block, positioned relative to the block's top.
struct BlockBuilder {
    var elements: [PageElement] = []
    /// How far down the block reaches so far.
    var height: Double = 0

    mutating func add(_ element: PageElement, bottom: Double) {
        elements.append(element)
        height = max(height, bottom)
    }

    func block(_ kind: Page.BlockKind, at top: Double) -> Page.Block {
        Page.Block(kind: kind, elements: elements.map { $0.shifted(by: top) }, top: top, bottom: top + height)
    }
}
