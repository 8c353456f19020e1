/// A card: one template (or cloze number) of one note, with its schedule as Anki keeps it.
public struct AnkiCard: Sendable, Hashable, Identifiable {
    /// Anki's card type: what the card is, whatever queue it sits in.
    public enum CardType: Int, Sendable, Hashable {
        case new = 0
        case learning = 1
        case review = 2
        case relearning = 3
    }

    /// Anki's queue: where the scheduler takes the card from. Negative queues take it out of study.
    public enum Queue: Int, Sendable, Hashable {
        case manuallyBuried = -3
        case siblingBuried = -2
        case suspended = -1
        case new = 0
        /// Due within the day: `due` is seconds since 1970.
        case learning = 1
        /// `due` is a day number counted from the collection's creation.
        case review = 2
        /// A learning step of a day or more: `due` is a day number.
        case dayLearning = 3
        /// A card of a filtered deck shown as a preview (no rescheduling).
        case preview = 4
    }

    public var id: Int64
    public var noteID: Int64
    public var deckID: Int64
    /// The template's ordinal, or the cloze number minus one.
    public var ordinal: Int
    public var modified: Int64
    public var type: CardType
    public var queue: Queue
    /// A position for new cards, seconds since 1970 for intraday learning, a day number otherwise.
    public var due: Int64
    /// Days, for review cards.
    public var interval: Int
    /// SM-2 ease in permille (2500 = 250 %).
    public var factor: Int
    public var reps: Int
    public var lapses: Int
    /// Learning steps left (the last three digits).
    public var left: Int
    /// Home deck and due date while the card sits in a filtered deck; 0 otherwise.
    public var originalDue: Int64
    public var originalDeckID: Int64
    /// JSON: FSRS memory state (`s`, `d`), desired retention (`dr`), decay, last review time (`lrt`), …
    public var data: String

    public init(
        id: Int64, noteID: Int64, deckID: Int64, ordinal: Int, modified: Int64 = 0, type: CardType = .new,
        queue: Queue = .new, due: Int64 = 0, interval: Int = 0, factor: Int = 0, reps: Int = 0, lapses: Int = 0,
        left: Int = 0, originalDue: Int64 = 0, originalDeckID: Int64 = 0, data: String = "{}"
    ) {
        self.id = id
        self.noteID = noteID
        self.deckID = deckID
        self.ordinal = ordinal
        self.modified = modified
        self.type = type
        self.queue = queue
        self.due = due
        self.interval = interval
        self.factor = factor
        self.reps = reps
        self.lapses = lapses
        self.left = left
        self.originalDue = originalDue
        self.originalDeckID = originalDeckID
        self.data = data
    }

    /// The deck the card belongs to: its home deck while it sits in a filtered one.
    public var homeDeckID: Int64 { originalDeckID != 0 ? originalDeckID : deckID }
}
