import Foundation

/// A review log at day granularity, as fsrs-rs trains on it: each card's ratings with the study days since the
/// card's previous review, and the training items — one per review a day or more after the previous one, which
/// the model must predict from the reviews before it.
///
/// Same-day reviews (learning and relearning steps) are kept in the histories, with 0 days elapsed, but are not
/// items of their own: the day-granular model cannot tell minutes apart. The storage is flat (a few bytes a
/// review), so a log of a million reviews costs a few tens of megabytes however long each card's history.
public struct TrainingSet: Sendable {
    /// A training item: the review at `position` (1 or more) of card `card`, predicted from the ones before it.
    public struct Item: Sendable, Hashable {
        public var card: Int32
        public var position: Int32
    }

    /// Every card's ratings (1...4), card after card.
    public let ratings: [UInt8]
    /// Study days since the card's previous review, aligned with `ratings` (0 for a card's first review).
    public let elapsedDays: [Int32]
    /// Card `c`'s reviews are `cardStarts[c] ..< cardStarts[c + 1]`.
    public let cardStarts: [Int]
    /// The items, oldest review first (fsrs-rs weighs recent ones more and splits the log in time by this order).
    public let items: [Item]

    /// The number of cards.
    public var cardCount: Int { cardStarts.count - 1 }
    /// The number of reviews in the histories.
    public var reviewCount: Int { ratings.count }

    /// Turns card histories into training data, dating each review by the learner's study day.
    public init(histories: [CardHistory], days: StudyDayIndex) {
        var days = days
        var ratings: [UInt8] = []
        var elapsed: [Int32] = []
        var starts: [Int] = [0]
        let total = histories.reduce(0) { $0 + $1.reviews.count }
        ratings.reserveCapacity(total)
        elapsed.reserveCapacity(total)
        starts.reserveCapacity(histories.count + 1)
        var keyed: [(moment: Double, item: Item)] = []
        keyed.reserveCapacity(total)
        for history in histories where !history.reviews.isEmpty {
            let card = Int32(starts.count - 1)
            var previousDay = 0
            for (index, review) in history.reviews.enumerated() {
                let day = days.day(of: review.moment)
                // A clock set back, or a time-zone change, can make a later review's date earlier: count 0 days.
                let delta = index == 0 ? 0 : max(0, day - previousDay)
                previousDay = day
                ratings.append(UInt8(review.rating.rawValue))
                elapsed.append(Int32(clamping: delta))
                if delta > 0 {
                    keyed.append((review.moment.timeIntervalSince1970, Item(card: card, position: Int32(index))))
                }
            }
            starts.append(ratings.count)
        }
        keyed.sort { a, b in
            if a.moment != b.moment { return a.moment < b.moment }
            return (a.item.card, a.item.position) < (b.item.card, b.item.position)
        }
        self.ratings = ratings
        self.elapsedDays = elapsed
        self.cardStarts = starts
        self.items = keyed.map(\.item)
    }

    /// Day-granular histories given directly: each card's (rating, days since the previous review).
    public init(cards: [[(rating: Rating, elapsedDays: Int)]]) {
        var ratings: [UInt8] = []
        var elapsed: [Int32] = []
        var starts: [Int] = [0]
        var items: [Item] = []
        for reviews in cards where !reviews.isEmpty {
            let card = Int32(starts.count - 1)
            for (index, review) in reviews.enumerated() {
                ratings.append(UInt8(review.rating.rawValue))
                let delta = index == 0 ? 0 : max(0, review.elapsedDays)
                elapsed.append(Int32(clamping: delta))
                if delta > 0 { items.append(Item(card: card, position: Int32(index))) }
            }
            starts.append(ratings.count)
        }
        self.ratings = ratings
        self.elapsedDays = elapsed
        self.cardStarts = starts
        self.items = items
    }

    /// The rating of a card's review at `position`.
    @inline(__always)
    func rating(card: Int32, position: Int32) -> UInt8 {
        ratings[cardStarts[Int(card)] + Int(position)]
    }

    /// The days elapsed before a card's review at `position`.
    @inline(__always)
    func elapsed(card: Int32, position: Int32) -> Int32 {
        elapsedDays[cardStarts[Int(card)] + Int(position)]
    }

    /// True when the item's review was a pass (Hard, Good or Easy).
    public func recalled(_ item: Item) -> Bool {
        rating(card: item.card, position: item.position) > 1
    }
}
