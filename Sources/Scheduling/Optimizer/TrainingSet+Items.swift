extension TrainingSet {
    /// What the pre-training, the outlier filter and the evaluation bins need to know of one item.
    public struct ItemFacts: Sendable, Hashable {
        /// The rating of the card's first review.
        public var firstRating: UInt8
        /// Days elapsed before the card's first review a day or more after the one before.
        public var firstLongTermElapsed: Int32
        /// Reviews up to and including this one that came a day or more after the one before.
        public var longTermCount: Int
        /// Lapses before this review: Again a day or more after the review before.
        public var lapses: Int
        /// Days elapsed before this review.
        public var elapsed: Int32
        /// Whether it was a pass.
        public var recalled: Bool
    }

    /// The facts of every item, in `items` order (worked out once and handed to each fit and evaluation).
    public func itemFacts() -> [ItemFacts] {
        // One pass over each card's reviews gives the running counts at every position.
        var firstLongTerm = [Int32](repeating: 0, count: cardCount)
        var longTermBefore = [Int32](repeating: 0, count: reviewCount)
        var lapsesBefore = [Int32](repeating: 0, count: reviewCount)
        for card in 0..<cardCount {
            var longTerm: Int32 = 0
            var lapses: Int32 = 0
            var first: Int32 = -1
            for index in cardStarts[card]..<cardStarts[card + 1] {
                longTermBefore[index] = longTerm
                lapsesBefore[index] = lapses
                if elapsedDays[index] > 0 {
                    longTerm += 1
                    if first < 0 { first = elapsedDays[index] }
                    if ratings[index] == 1 { lapses += 1 }
                }
            }
            firstLongTerm[card] = first
        }
        return items.map { item in
            let index = cardStarts[Int(item.card)] + Int(item.position)
            return ItemFacts(
                firstRating: ratings[cardStarts[Int(item.card)]],
                firstLongTermElapsed: firstLongTerm[Int(item.card)],
                longTermCount: Int(longTermBefore[index]) + 1,
                lapses: Int(lapsesBefore[index]),
                elapsed: elapsedDays[index],
                recalled: ratings[index] > 1)
        }
    }
}
