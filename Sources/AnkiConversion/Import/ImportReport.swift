/// What an import brought across, and what it could not, by kind, with examples to name in a warning.
public struct ImportReport: Sendable, Hashable {
    /// Notes in the package, and those that became facts.
    public var notes = 0
    public var convertedNotes = 0
    /// Anki cards, and those that became Recall cards.
    public var cards = 0
    public var convertedCards = 0
    /// Images and sounds left out of the text, by file name (each name once).
    public var images: [String] = []
    public var sounds: [String] = []
    /// Notes or cards left out, by reason: how many and the note types they came from.
    public var skipped: [Skip] = []
    /// Tags of the converted notes (each once), and how many notes had any: Recall's decks have no tags.
    public var tags: [String] = []
    public var taggedNotes = 0
    /// The Anki decks the converted cards came from, when more than one: they become one Recall deck.
    public var decks: [String] = []

    public struct Skip: Sendable, Hashable {
        public var reason: Reason
        public var notetype: String
        public var notes: Int
        public var cards: Int
    }

    public enum Reason: String, Sendable, Hashable, CaseIterable {
        case imageOcclusion = "image occlusion, which Recall cannot show"
        case mediaOnly = "a side that is only pictures or sounds"
        case emptySide = "a side that is empty"
        case noClozeField = "a cloze note type without a {{cloze:…}} field"
        case missingDeletion = "a cloze number whose deletion is gone from the text"
        case nestedDeletion = "a cloze deletion nested inside another"
        case unknownNotetype = "a note type missing from the package"
    }

    public init() {}

    mutating func skip(_ reason: Reason, notetype: String, notes: Int = 0, cards: Int) {
        if let i = skipped.firstIndex(where: { $0.reason == reason && $0.notetype == notetype }) {
            skipped[i].notes += notes
            skipped[i].cards += cards
        } else {
            skipped.append(Skip(reason: reason, notetype: notetype, notes: notes, cards: cards))
        }
    }

    /// Warnings to print, one a line; empty when everything came across.
    public var warnings: [String] {
        var lines: [String] = []
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        func named(_ names: [String]) -> String {
            let shown = names.prefix(3).joined(separator: ", ")
            return names.count > 3 ? "\(shown), …" : shown
        }
        if !images.isEmpty || !sounds.isEmpty {
            var parts: [String] = []
            if !images.isEmpty { parts.append("\(count(images.count, "image")) (\(named(images)))") }
            if !sounds.isEmpty { parts.append("\(count(sounds.count, "sound")) (\(named(sounds)))") }
            lines.append("\(parts.joined(separator: " and ")) left out: Recall's cards are text")
        }
        if !tags.isEmpty {
            lines.append("the tags of \(count(taggedNotes, "note")) (\(named(tags))) left out: Recall's decks have no tags")
        }
        if decks.count > 1 {
            lines.append("cards from \(decks.count) Anki decks (\(named(decks))) are one Recall deck: subdecks are not kept apart")
        }
        for skip in skipped.sorted(by: { ($0.notetype, $0.reason.rawValue) < ($1.notetype, $1.reason.rawValue) }) {
            let what = skip.notes > 0 ? "\(count(skip.notes, "note")) (\(count(skip.cards, "card")))" : count(skip.cards, "card")
            lines.append("\(what) of note type “\(skip.notetype)” left out: \(skip.reason.rawValue)")
        }
        return lines
    }
}
