import Facts

/// A number in a sentence with what it counts or measures.
struct FigureMention {
    var sentence: Int
    /// The tokens `{value}` replaces: the number, its scale word and sign; both numbers of a range.
    var tokens: Range<Int>
    var quantity: Quantity
    var unit: String
    /// The unit was not written next to the number but taken from elsewhere in the sentence or before it.
    var unitGuessed: Bool
}
