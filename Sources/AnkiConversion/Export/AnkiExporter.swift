import AnkiPackage
import Facts
import Foundation
import ProgressStore
import Questions
import Scheduling
import SeededRandom

/// Turns a Recall deck, and optionally one learner's schedule of it, into an Anki collection with one Anki
/// card per Recall card:
/// - a card fact is a Basic note (reversed: Basic and reversed; cloze: a Cloze note with a card per number);
/// - a term is one Basic-and-reversed note, term to definition and back;
/// - every other card (a date, a person, a figure, a speaker) is a note of its own holding the question
///   Recall asks: a cloze sentence as a Cloze note, else a typed question as a type-in note, else front/back.
///
/// Every note has the explanation under the answer. Note GUIDs come from the fact (or card) ids, or are the
/// GUID a card brought from Anki, so exporting again updates the same notes.
public struct AnkiExporter: Sendable {
    /// One learner's progress on the deck's cards, by card id.
    public struct Progress: Sendable {
        public var states: [String: CardState]
        public var histories: [String: [Review]]
        public var parameters: SchedulerParameters

        public init(states: [String: CardState], histories: [String: [Review]], parameters: SchedulerParameters) {
            self.states = states
            self.histories = histories
            self.parameters = parameters
        }
    }

    public struct Options: Sendable {
        public var now: Date
        public var timeZone: TimeZone
        public var rolloverHour: Int
        /// The current year, for the question generator.
        public var referenceYear: Int

        public init(now: Date, timeZone: TimeZone, rolloverHour: Int, referenceYear: Int) {
            self.now = now
            self.timeZone = timeZone
            self.rolloverHour = rolloverHour
            self.referenceYear = referenceYear
        }
    }

    /// What was exported.
    public struct Summary: Sendable, Hashable {
        public var notes = 0
        public var cards = 0
        public var scheduled = 0
        public var reviews = 0
        /// Recall cards no question could be made for, left out.
        public var unaskable: [String] = []
    }

    public let deck: Deck
    public let progress: Progress?
    public let options: Options

    public init(deck: Deck, progress: Progress?, options: Options) {
        self.deck = deck
        self.progress = progress
        self.options = options
    }

    public func export() -> (collection: AnkiCollection, summary: Summary) {
        let generator = QuestionGenerator(deck: deck, options: .init(referenceYear: options.referenceYear))
        let cardsByFact = Dictionary(grouping: generator.cards, by: \.fact)
        var schedule = AnkiSchedule(progress: progress, options: options, firstReview: firstReview)
        let deckID = AnkiText.id("recall-deck:" + deck.id)
        var collection = AnkiCollection(
            created: schedule.created, creationOffsetMinutes: schedule.creationOffsetMinutes,
            rolloverHour: options.rolloverHour, schedulerVersion: 2, notetypes: RecallNotetypes.all,
            decks: [AnkiDeck(id: deckID, name: deck.title)])
        var summary = Summary()
        let modified = Int64(options.now.timeIntervalSince1970)
        var usedNoteIDs = Set<Int64>()
        var usedGUIDs = Set<String>()

        func add(_ note: Note, cards: [(ordinal: Int, card: CardInfo)], fallbackKey: String) {
            var id = note.preferredID ?? schedule.nextID()
            while usedNoteIDs.contains(id) { id = schedule.nextID() }
            usedNoteIDs.insert(id)
            // Facts made from one Anki note's third and later templates carry that note's GUID too; only the
            // first keeps it.
            let guid = usedGUIDs.contains(note.guid) ? AnkiText.guid(fallbackKey) : note.guid
            usedGUIDs.insert(guid)
            collection.notes.append(
                AnkiNote(id: id, guid: guid, notetypeID: note.type.id, modified: modified, fields: note.fields))
            for (ordinal, card) in cards {
                let ankiCard = schedule.card(for: card.id.description, noteID: id, deckID: deckID, ordinal: ordinal)
                collection.cards.append(ankiCard)
                collection.revlog += schedule.revlog(for: card.id.description, cardID: ankiCard.id)
            }
            summary.notes += 1
            summary.cards += cards.count
        }

        for fact in deck.facts {
            guard let cards = cardsByFact[fact.id], !cards.isEmpty else { continue }
            switch fact {
            case .card(let c):
                let guid = c.ankiGUID ?? AnkiText.guid("\(deck.id)/\(fact.id)")
                let noteID = Self.ankiNoteID(c.id.local)
                let explanation = c.extra.map(AnkiText.html) ?? ""
                if let cloze = c.cloze {
                    let html = Self.clozeHTML(cloze)
                    add(
                        Note(type: RecallNotetypes.cloze, fields: [html, explanation], guid: guid, preferredID: noteID),
                        cards: cards.compactMap { info in
                            if case .cloze(let n) = info.slot { return (n - 1, info) }
                            return nil
                        }, fallbackKey: "\(deck.id)/\(fact.id)")
                } else {
                    let type = c.reverse ? RecallNotetypes.reversed : RecallNotetypes.basic
                    add(
                        Note(
                            type: type, fields: [AnkiText.html(c.front), AnkiText.html(c.back), explanation], guid: guid,
                            preferredID: noteID),
                        cards: cards.map { ($0.slot == .front ? 1 : 0, $0) }, fallbackKey: "\(deck.id)/\(fact.id)")
                }
            case .term(let t):
                add(
                    Note(
                        type: RecallNotetypes.reversed, fields: [AnkiText.html(t.term), AnkiText.html(t.definition), ""],
                        guid: AnkiText.guid("\(deck.id)/\(fact.id)"), preferredID: nil),
                    cards: cards.map { ($0.slot == .term ? 1 : 0, $0) }, fallbackKey: "\(deck.id)/\(fact.id)")
            default:
                for card in cards {
                    guard let note = questionNote(card, generator) else {
                        summary.unaskable.append(card.id.description)
                        continue
                    }
                    add(note, cards: [(0, card)], fallbackKey: card.id.description)
                }
            }
        }
        summary.scheduled = schedule.scheduled
        summary.reviews = collection.revlog.count
        collection.revlog.sort { $0.id < $1.id }
        return (collection, summary)
    }

    /// A note to add: its type, field HTML and GUID.
    struct Note {
        var type: AnkiNotetype
        var fields: [String]
        var guid: String
        var preferredID: Int64?
    }

    /// The note for one card of a non-card fact: the question Recall would ask, in the first form that works
    /// without options on a phone.
    func questionNote(_ card: CardInfo, _ generator: QuestionGenerator) -> Note? {
        let guid = AnkiText.guid(card.id.description)
        for kind in [QuestionKind.cloze, .typed, .flashcard, .multipleChoice] where card.kinds.contains(kind) {
            var rng = SeededGenerator(seed: AnkiText.hash(card.id.description))
            guard case .success(let question) = generator.question(for: card.id, kind: kind, using: &rng) else { continue }
            let answer = question.answerText
            let explanation = AnkiText.html(question.explanation)
            switch kind {
            case .cloze:
                // The sentence filled in, with the answer made the deletion (the prompt also says what to do).
                let sentence = question.explanation
                guard let range = sentence.range(of: answer) ?? question.prompt.range(of: "_____") else { continue }
                let source = sentence.range(of: answer) != nil ? sentence : question.prompt
                let text =
                    AnkiText.html(String(source[..<range.lowerBound])) + "{{c1::" + AnkiText.clozePart(answer) + "}}"
                    + AnkiText.html(String(source[range.upperBound...]))
                return Note(type: RecallNotetypes.cloze, fields: [text, ""], guid: guid, preferredID: nil)
            case .typed:
                return Note(
                    type: RecallNotetypes.typeIn, fields: [AnkiText.html(question.prompt), AnkiText.html(answer), explanation],
                    guid: guid, preferredID: nil)
            case .multipleChoice:
                return Note(
                    type: RecallNotetypes.basic,
                    fields: [AnkiText.html(Self.withoutOptions(question.prompt)), AnkiText.html(answer), explanation],
                    guid: guid, preferredID: nil)
            default:
                return Note(
                    type: RecallNotetypes.basic, fields: [AnkiText.html(question.prompt), AnkiText.html(answer), explanation],
                    guid: guid, preferredID: nil)
            }
        }
        return nil
    }

    /// A multiple-choice prompt asked with no options to choose from: “Which of these people fits …?” reads
    /// “Who fits …?”, “Which of these happened on …?” reads “What happened on …?”.
    static func withoutOptions(_ prompt: String) -> String {
        for (choice, open) in [("Which of these people ", "Who "), ("Which of these ", "What ")] where prompt.hasPrefix(choice) {
            return open + prompt.dropFirst(choice.count)
        }
        return prompt
    }

    /// A cloze card's text as a Cloze note's field.
    static func clozeHTML(_ cloze: ClozeText) -> String {
        cloze.segments.map { segment in
            switch segment {
            case .text(let text): AnkiText.html(text)
            case .deletion(let n, let answer, let hint):
                "{{c\(n)::\(AnkiText.clozePart(answer))\(hint.map { "::" + AnkiText.clozePart($0) } ?? "")}}"
            }
        }.joined()
    }

    /// The note id of a card imported from Anki (`anki-<note id>`), kept so the note keeps its place.
    static func ankiNoteID(_ local: String) -> Int64? {
        guard local.hasPrefix("anki-"), let id = Int64(local.dropFirst(5)), id > 0 else { return nil }
        return id
    }

    /// The learner's first review of the deck, where the exported collection's day count starts.
    var firstReview: Date? {
        progress?.histories.values.compactMap { $0.first?.reviewedAt }.min()
    }
}
