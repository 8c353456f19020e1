import Foundation

/// The contents of an Anki collection that Recall reads and writes: note types, decks, notes, cards and the
/// review log, with the few collection-wide settings that give their numbers a meaning.
public struct AnkiCollection: Sendable, Hashable {
    /// When the collection was created (`col.crt`): review cards' due dates count days from this moment's
    /// study day.
    public var created: Date
    /// Minutes west of UTC where the collection was created (Anki's `creationOffset`); nil in old files,
    /// whose days are counted in whole 24-hour periods from `created`.
    public var creationOffsetMinutes: Int?
    /// The hour a new study day starts (Anki's `rollover`, 4 by default).
    public var rolloverHour: Int
    /// Anki's scheduler version: 1 for the old scheduler, whose learning cards had three buttons.
    public var schedulerVersion: Int
    public var notetypes: [AnkiNotetype]
    public var decks: [AnkiDeck]
    public var notes: [AnkiNote]
    public var cards: [AnkiCard]
    public var revlog: [AnkiRevlogEntry]

    public init(
        created: Date, creationOffsetMinutes: Int? = nil, rolloverHour: Int = 4, schedulerVersion: Int = 2,
        notetypes: [AnkiNotetype] = [], decks: [AnkiDeck] = [], notes: [AnkiNote] = [], cards: [AnkiCard] = [],
        revlog: [AnkiRevlogEntry] = []
    ) {
        self.created = created
        self.creationOffsetMinutes = creationOffsetMinutes
        self.rolloverHour = rolloverHour
        self.schedulerVersion = schedulerVersion
        self.notetypes = notetypes
        self.decks = decks
        self.notes = notes
        self.cards = cards
        self.revlog = revlog
    }
}
