/// One entry of Anki's review log: an answer, or a change of schedule made by hand or by Anki.
public struct AnkiRevlogEntry: Sendable, Hashable, Identifiable {
    /// What the entry records (Anki's `type`).
    public enum Kind: Int, Sendable, Hashable {
        case learning = 0
        case review = 1
        case relearning = 2
        /// A review in a filtered deck: cramming when rescheduling was off (`factor` 0), else a real review.
        case filtered = 3
        /// Set due date (`factor` ≠ 0) or Forget, which resets the card to new (`factor` 0).
        case manual = 4
        /// Rescheduled by Anki when the deck's settings changed.
        case rescheduled = 5
    }

    /// Milliseconds since 1970 of the answer; unique in the collection.
    public var id: Int64
    public var cardID: Int64
    /// The button: 1 Again, 2 Hard, 3 Good, 4 Easy (with the old scheduler's learning cards: 1 Again,
    /// 2 Good, 3 Easy); 0 for a change of schedule.
    public var ease: Int
    /// The interval given: days when positive, seconds when negative.
    public var interval: Int
    public var lastInterval: Int
    /// SM-2 ease in permille, or with FSRS the difficulty shifted into 100…1100.
    public var factor: Int
    /// Milliseconds the answer took.
    public var time: Int
    /// Anki's `type`; nil for a value Recall does not know.
    public var kind: Kind?
    /// The `type` as stored, kept for messages when `kind` is nil.
    public var rawKind: Int

    public init(
        id: Int64, cardID: Int64, ease: Int, interval: Int = 0, lastInterval: Int = 0, factor: Int = 0, time: Int = 0,
        rawKind: Int
    ) {
        self.id = id
        self.cardID = cardID
        self.ease = ease
        self.interval = interval
        self.lastInterval = lastInterval
        self.factor = factor
        self.time = time
        self.rawKind = rawKind
        kind = Kind(rawValue: rawKind)
    }
}
