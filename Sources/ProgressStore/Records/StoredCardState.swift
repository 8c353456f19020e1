import GRDB
import Scheduling

/// A row of `cardState`: one learner's memory of one card, as the last review left it.
///
/// Always equal to replaying the card's review log (see `docs/schema.md`); kept so that building a day's
/// queue reads one row per card instead of whole histories. Moments are stored as integer microseconds,
/// so the record maps its columns by hand rather than through `Codable`.
///
/// The table's key is (learner, card) rather than an `id`, and it is stored WITHOUT ROWID: a learner's
/// card states then sit together on disk, so the queue reads 50,000 of them in one sequential pass
/// instead of 50,000 random lookups.
public struct StoredCardState: Hashable, Sendable {
    public var learnerId: Int64
    /// The card id, `deck/section/id/slot` for cards of a deck, or whatever text an imported log used.
    public var card: String
    /// The deck, when `card` parses as a `CardID`.
    public var deck: String?
    /// The fact, `section/id`, when `card` parses as a `CardID`.
    public var fact: String?
    public var state: CardState
    /// `state.due` as exact microseconds since 1970 UTC (a `Date` has room for every microsecond only
    /// until 2137).
    public var dueMicroseconds: Int64
    /// `state.lastReview` as exact microseconds since 1970 UTC.
    public var lastReviewMicroseconds: Int64?

    public init(learnerId: Int64, card: String, deck: String?, fact: String?, state: CardState) {
        self.learnerId = learnerId
        self.card = card
        self.deck = deck
        self.fact = fact
        self.state = state
        dueMicroseconds = Timestamp.microseconds(state.due)
        lastReviewMicroseconds = state.lastReview.map(Timestamp.microseconds)
    }
}

extension StoredCardState: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "cardState"

    public enum Columns {
        public static let learnerId = Column("learnerId")
        public static let card = Column("card")
        public static let deck = Column("deck")
        public static let fact = Column("fact")
        public static let phase = Column("phase")
        public static let due = Column("due")
        public static let lastReview = Column("lastReview")
    }

    /// Every column.
    public static var databaseSelection: [any SQLSelectable] {
        (["learnerId", "card", "deck", "fact"] + CardStateColumns.names).map { Column($0) }
    }

    public init(row: Row) throws {
        learnerId = row[Columns.learnerId]
        card = row[Columns.card]
        deck = row[Columns.deck]
        fact = row[Columns.fact]
        let exact = try CardStateColumns.exactState(from: row)
        state = exact.state
        dueMicroseconds = exact.due
        lastReviewMicroseconds = exact.lastReview
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["learnerId"] = learnerId
        container["card"] = card
        container["deck"] = deck
        container["fact"] = fact
        let exact = ExactState(state: state, due: dueMicroseconds, lastReview: lastReviewMicroseconds)
        for (name, value) in zip(CardStateColumns.names, CardStateColumns.values(exact)) {
            container[name] = value
        }
    }
}
