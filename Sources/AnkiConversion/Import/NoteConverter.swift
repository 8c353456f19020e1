import AnkiPackage
import Facts

/// Turns an Anki collection's notes into the cards of one Recall deck.
///
/// Each note becomes one fact, `cards/anki-<note id>`, so importing the package again finds the same facts:
/// - a standard note's first template gives `front` and `back`; a second template that asks the same fields
///   the other way round makes the card `reverse` (its Anki card is the fact's `front` slot); any other
///   template becomes a fact of its own, `anki-<note id>-card<n>`;
/// - a cloze note gives a `cloze` card whose numbers are the Anki cards' cloze numbers.
///
/// The question side is the template rendered as text; the back is the first field the answer side adds,
/// and whatever else it adds is the card's `extra`.
public struct NoteConverter: Sendable {
    /// The facts and where each Anki card went.
    public struct Result: Sendable {
        public var cards: [Flashcard]
        /// Anki card id → Recall card id.
        public var cardMap: [Int64: CardID]
        public var report: ImportReport
    }

    public let collection: AnkiCollection
    public let deckID: String

    public init(collection: AnkiCollection, deckID: String) {
        self.collection = collection
        self.deckID = deckID
    }

    public func convert() -> Result {
        var report = ImportReport()
        report.notes = collection.notes.count
        report.cards = collection.cards.count
        let notetypes = Dictionary(collection.notetypes.map { ($0.id, Shape($0)) }, uniquingKeysWith: { a, _ in a })
        let decks = Dictionary(collection.decks.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var cardsByNote: [Int64: [AnkiCard]] = [:]
        for card in collection.cards { cardsByNote[card.noteID, default: []].append(card) }
        var images = OrderedNames()
        var sounds = OrderedNames()
        var tags = OrderedNames()
        var deckNames = OrderedNames()
        var facts: [Flashcard] = []
        var cardMap: [Int64: CardID] = [:]

        for note in collection.notes {
            let cards = (cardsByNote[note.id] ?? []).sorted { $0.ordinal < $1.ordinal }
            for field in note.fields where field.contains("<") || field.contains("[sound:") {
                let text = FieldText(html: field)
                text.images.forEach { images.insert($0) }
                text.sounds.forEach { sounds.insert($0) }
            }
            guard let shape = notetypes[note.notetypeID] else {
                report.skip(.unknownNotetype, notetype: "\(note.notetypeID)", notes: 1, cards: cards.count)
                continue
            }
            let values = Dictionary(
                zip(
                    shape.notetype.fields,
                    note.fields + Array(repeating: "", count: max(0, shape.notetype.fields.count - note.fields.count))),
                uniquingKeysWith: { a, _ in a })
            var special = ["Tags": note.tags.joined(separator: " "), "Type": shape.notetype.name]
            if let deck = cards.first.flatMap({ decks[$0.homeDeckID] }) {
                special["Deck"] = deck
                special["Subdeck"] = deck.components(separatedBy: "::").last ?? deck
            }
            let converted: [Flashcard]
            switch shape.notetype.kind {
            case .cloze:
                converted = clozeFact(note, cards, shape, values, special, &cardMap, &report)
            case .standard:
                converted = standardFacts(note, cards, shape, values, special, &cardMap, &report)
            }
            if !converted.isEmpty {
                report.convertedNotes += 1
                if !note.tags.isEmpty { report.taggedNotes += 1 }
                note.tags.forEach { tags.insert($0) }
                for card in cards where cardMap[card.id] != nil {
                    if let deck = decks[card.homeDeckID] { deckNames.insert(deck) }
                }
            }
            facts += converted
        }
        report.convertedCards = cardMap.count
        report.images = images.names
        report.sounds = sounds.names
        report.tags = tags.names
        report.decks = deckNames.names.sorted()
        return Result(cards: facts, cardMap: cardMap, report: report)
    }

    // MARK: Standard notes

    private func standardFacts(
        _ note: AnkiNote, _ cards: [AnkiCard], _ shape: Shape, _ values: [String: String], _ special: [String: String],
        _ cardMap: inout [Int64: CardID], _ report: inout ImportReport
    ) -> [Flashcard] {
        var facts: [Flashcard] = []
        var base: Flashcard?
        var mirrored: AnkiCard?
        var reasons: [ImportReport.Reason] = []
        func skip(_ reason: ImportReport.Reason) {
            reasons.append(reason)
            report.skip(reason, notetype: shape.notetype.name, cards: 1)
        }
        for card in cards {
            guard card.ordinal < shape.templates.count else {
                skip(.emptySide)
                continue
            }
            if card.ordinal == 1, shape.mirrored {
                mirrored = card
                continue
            }
            var special = special
            special["Card"] = shape.notetype.templates[card.ordinal].name
            let sides = shape.templates[card.ordinal].sides(values, special: special)
            guard let front = sides.front, let back = sides.back else {
                skip(sides.onlyMedia ? .mediaOnly : .emptySide)
                continue
            }
            let local = card.ordinal == 0 ? "anki-\(note.id)" : "anki-\(note.id)-card\(card.ordinal + 1)"
            var fact = Flashcard(id: FactID(.cards, local), front: front, back: back, location: Self.nowhere)
            fact.extra = sides.extra
            fact.ankiGUID = note.guid
            cardMap[card.id] = CardID(deck: deckID, fact: fact.id, slot: CardSlotName.back)
            if card.ordinal == 0 { base = fact } else { facts.append(fact) }
        }
        if let mirrored {
            if base == nil {
                // The first card is gone (deleted in Anki): the fact is still the first template's.
                let sides = shape.templates[0].sides(values, special: special)
                if let front = sides.front, let back = sides.back {
                    base = Flashcard(id: FactID(.cards, "anki-\(note.id)"), front: front, back: back, location: Self.nowhere)
                    base?.extra = sides.extra
                    base?.ankiGUID = note.guid
                }
            }
            if base != nil {
                base?.reverse = true
                cardMap[mirrored.id] = CardID(deck: deckID, fact: FactID(.cards, "anki-\(note.id)"), slot: CardSlotName.front)
            } else {
                skip(.emptySide)
            }
        }
        if let base { facts.insert(base, at: 0) }
        // A note none of whose cards came across is counted as a note too, under its first reason.
        if facts.isEmpty, let reason = reasons.first {
            report.skip(reason, notetype: shape.notetype.name, notes: 1, cards: 0)
        }
        return facts
    }

    // MARK: Cloze notes

    private func clozeFact(
        _ note: AnkiNote, _ cards: [AnkiCard], _ shape: Shape, _ values: [String: String], _ special: [String: String],
        _ cardMap: inout [Int64: CardID], _ report: inout ImportReport
    ) -> [Flashcard] {
        let name = shape.notetype.name
        guard let template = shape.templates.first else {
            report.skip(.noClozeField, notetype: name, notes: 1, cards: cards.count)
            return []
        }
        guard let field = template.question.references.first(where: { $0.filters.contains("cloze") })?.name else {
            report.skip(.noClozeField, notetype: name, notes: 1, cards: cards.count)
            return []
        }
        let text = FieldText(html: values[field] ?? "").text
        // Image occlusion: masks over a picture, drawn by the note type's script; its deletions hold shapes.
        let templates = shape.notetype.templates.map { $0.question + $0.answer }.joined()
        if text.contains("::image-occlusion:") || templates.contains("image-occlusion") {
            report.skip(.imageOcclusion, notetype: name, notes: 1, cards: cards.count)
            return []
        }
        guard let parsed = AnkiCloze.parse(text) else {
            report.skip(text.isEmpty ? .emptySide : .missingDeletion, notetype: name, notes: 1, cards: cards.count)
            return []
        }
        var fact = Flashcard(id: FactID(.cards, "anki-\(note.id)"), cloze: parsed.cloze, location: Self.nowhere)
        fact.ankiGUID = note.guid
        fact.extra = template.sides(values, special: special, cloze: field).extra
        let numbers = Set(parsed.cloze.numbers)
        for card in cards {
            let number = card.ordinal + 1
            if numbers.contains(number) {
                cardMap[card.id] = CardID(deck: deckID, fact: fact.id, slot: "c\(number)")
            } else {
                report.skip(parsed.nested.contains(number) ? .nestedDeletion : .missingDeletion, notetype: name, cards: 1)
            }
        }
        return [fact]
    }

    static let nowhere = SourceLocation(path: "", line: 1, column: 1)

    /// A note type's templates, parsed once, and whether its second template mirrors its first.
    struct Shape {
        let notetype: AnkiNotetype
        let templates: [TemplatePair]
        let mirrored: Bool

        init(_ notetype: AnkiNotetype) {
            self.notetype = notetype
            templates = notetype.templates.map(TemplatePair.init)
            if notetype.kind == .standard, templates.count >= 2 {
                let (a, b) = (templates[0], templates[1])
                mirrored =
                    !a.questionFields.isEmpty && !b.questionFields.isEmpty
                    && a.questionFields.isSubset(of: b.answerFields) && b.questionFields.isSubset(of: a.answerFields)
            } else {
                mirrored = false
            }
        }
    }
}

/// The slot names a Recall card of the cards section takes.
enum CardSlotName {
    static let back = "back"
    static let front = "front"
}

/// Names in the order first seen, each once.
struct OrderedNames {
    private(set) var names: [String] = []
    private var seen: Set<String> = []

    mutating func insert(_ name: String) {
        if seen.insert(name).inserted { names.append(name) }
    }
}
