import AnkiPackage
import Facts
import Foundation
import ProgressStore
import Questions
import Scheduling
import Testing

@testable import AnkiConversion

/// A Recall deck, and a learner's schedule of it, as Anki notes, cards and review log.
@Suite struct AnkiExporterTests {
    static let yaml = """
        id: sample
        title: Sample <deck>
        people:
          curie:
            name: Marie Curie
            role: physicist and chemist who discovered polonium and radium
        events:
          nobel:
            date: 1903-12-10
            event: First Nobel Prize in Physics for Curie
            who: curie
            text: "{who} shared the Nobel Prize in Physics on {date}."
        terms:
          isotope:
            term: isotope
            definition: A form of an element with a different number of neutrons
        cards:
          plain:
            front: "Is 2 < 3 & {x}?"
            back: "Yes"
            extra: "Line one\\nline two"
          both:
            front: dog
            back: der Hund
            reverse: true
          anki-1748768402370:
            cloze: "{c1::Canberra} is the capital of {c2::Australia::a country}."
            anki-guid: "fxCloze001"
        """

    static let deck = try! DeckLoader.load(bytes: Array(yaml.utf8), path: "sample.yaml").get()
    static let now = Date(timeIntervalSince1970: 1_790_000_000)
    static let options = AnkiExporter.Options(
        now: now, timeZone: TimeZone(identifier: "Europe/Berlin")!, rolloverHour: 4, referenceYear: 2026)

    func note(_ collection: AnkiCollection, guid: String) -> AnkiNote? {
        collection.notes.first { $0.guid == guid }
    }

    @Test func oneAnkiCardPerRecallCard() {
        let (collection, summary) = AnkiExporter(deck: Self.deck, progress: nil, options: Self.options).export()
        let recallCards = QuestionGenerator(deck: Self.deck, options: .init(referenceYear: 2026)).cards
        // Which event a date names is asked only as multiple choice, and this deck has no other event.
        #expect(summary.unaskable == ["sample/events/nobel/event"])
        #expect(collection.cards.count == recallCards.count - 1)
        #expect(summary.cards == collection.cards.count)
        #expect(collection.decks.map(\.name) == ["Sample <deck>"])
        #expect(Set(collection.cards.map(\.noteID)).isSubset(of: Set(collection.notes.map(\.id))))
        #expect(collection.cards.allSatisfy { $0.type == .new && $0.queue == .new })
        #expect(collection.revlog.isEmpty)
    }

    @Test func cardsAndTermsAreBasicNotesClozeCardsClozeNotes() throws {
        let (collection, _) = AnkiExporter(deck: Self.deck, progress: nil, options: Self.options).export()
        let types = Dictionary(uniqueKeysWithValues: collection.notetypes.map { ($0.id, $0) })
        let plain = try #require(note(collection, guid: AnkiText.guid("sample/cards/plain")))
        #expect(types[plain.notetypeID]?.name == "Recall Basic")
        #expect(plain.fields == ["Is 2 &lt; 3 &amp; &#123;x&#125;?", "Yes", "Line one<br>line two"])
        let both = try #require(note(collection, guid: AnkiText.guid("sample/cards/both")))
        #expect(types[both.notetypeID]?.name == "Recall Basic (and reversed card)")
        #expect(collection.cards.filter { $0.noteID == both.id }.map(\.ordinal).sorted() == [0, 1])
        // A cloze card that came from Anki keeps its note's GUID and id.
        let cloze = try #require(note(collection, guid: "fxCloze001"))
        #expect(cloze.id == 1_748_768_402_370)
        #expect(types[cloze.notetypeID]?.kind == .cloze)
        #expect(cloze.fields[0] == "{{c1::Canberra}} is the capital of {{c2::Australia::a country}}.")
        #expect(collection.cards.filter { $0.noteID == cloze.id }.map(\.ordinal).sorted() == [0, 1])
        let term = try #require(note(collection, guid: AnkiText.guid("sample/terms/isotope")))
        #expect(term.fields[0] == "isotope")
        #expect(types[term.notetypeID]?.templates.count == 2)
    }

    @Test func otherFactsAreTheQuestionsRecallAsks() throws {
        let (collection, _) = AnkiExporter(deck: Self.deck, progress: nil, options: Self.options).export()
        let types = Dictionary(uniqueKeysWithValues: collection.notetypes.map { ($0.id, $0) })
        // The date has a cloze sentence.
        let date = try #require(note(collection, guid: AnkiText.guid("sample/events/nobel/date")))
        #expect(types[date.notetypeID]?.kind == .cloze)
        #expect(date.fields[0] == "Marie Curie shared the Nobel Prize in Physics on {{c1::10 December 1903}}.")
        // The person's role is a typed question with a type-in field and the explanation under it.
        let role = try #require(note(collection, guid: AnkiText.guid("sample/people/curie/role")))
        #expect(types[role.notetypeID]?.templates.first?.question.contains("{{type:Back}}") == true)
        #expect(role.fields[1] == "Marie Curie")
        #expect(!role.fields[2].isEmpty)
    }

    @Test func aNotesGUIDGoesToOneNoteOnly() throws {
        // Facts made from one Anki note's first and third templates both remember the note's GUID.
        let deck = try DeckLoader.load(
            text: """
                id: t
                title: T
                cards:
                  anki-17:
                    front: a
                    back: b
                    anki-guid: "G1"
                  anki-17-card3:
                    front: c
                    back: d
                    anki-guid: "G1"
                """, path: "t.yaml"
        ).get()
        let notes = AnkiExporter(deck: deck, progress: nil, options: Self.options).export().collection.notes
        #expect(notes.count == 2)
        #expect(notes.first { $0.fields[0] == "a" }?.guid == "G1")
        #expect(notes.first { $0.fields[0] == "a" }?.id == 17)
        #expect(notes.first { $0.fields[0] == "c" }?.guid == AnkiText.guid("t/cards/anki-17-card3"))
    }

    @Test func aMultipleChoicePromptReadsWithoutItsOptions() {
        #expect(AnkiExporter.withoutOptions("Which of these happened on 16 August 1945?") == "What happened on 16 August 1945?")
        #expect(
            AnkiExporter.withoutOptions("Which of these people fits the description “Soviet leader”?")
                == "Who fits the description “Soviet leader”?")
        #expect(AnkiExporter.withoutOptions("How many Japanese were detained?") == "How many Japanese were detained?")
    }

    @Test func guidsAreStableAcrossExports() {
        let first = AnkiExporter(deck: Self.deck, progress: nil, options: Self.options).export().collection
        var later = Self.options
        later.now = Self.now.addingTimeInterval(86_400 * 30)
        let second = AnkiExporter(deck: Self.deck, progress: nil, options: later).export().collection
        #expect(first.notes.map(\.guid) == second.notes.map(\.guid))
        #expect(first.notes.map(\.fields) == second.notes.map(\.fields))
    }

    @Test func theLearnersScheduleComesAlong() throws {
        // Replay a history through Recall's own store, as `recall anki export --learner` reads it.
        let store = try ProgressStore.inMemory()
        let anna = LearnerName("anna")!
        let card = "sample/cards/plain/back"
        let start = Self.now.addingTimeInterval(-86_400 * 20)
        try store.importReviews([
            ReviewLogEntry(learner: anna, card: card, reviewedAt: start, rating: .good),
            ReviewLogEntry(learner: anna, card: card, reviewedAt: start.addingTimeInterval(600), rating: .good),
            ReviewLogEntry(learner: anna, card: card, reviewedAt: start.addingTimeInterval(86_400 * 3), rating: .good),
            ReviewLogEntry(learner: anna, card: "sample/cards/both/back", reviewedAt: Self.now.addingTimeInterval(-120), rating: .again),
        ])
        let state = try #require(try store.cardState(of: card, for: anna))
        let progress = AnkiExporter.Progress(
            states: [card: state, "sample/cards/both/back": try store.cardState(of: "sample/cards/both/back", for: anna)!],
            histories: [
                card: try store.history(of: card, for: anna),
                "sample/cards/both/back": try store.history(of: "sample/cards/both/back", for: anna),
            ],
            parameters: try store.settings(for: anna).scheduler.parameters)
        let (collection, summary) = AnkiExporter(deck: Self.deck, progress: progress, options: Self.options).export()
        #expect(summary.scheduled == 2)
        let plainNote = try #require(note(collection, guid: AnkiText.guid("sample/cards/plain")))
        let plain = try #require(collection.cards.first { $0.noteID == plainNote.id })
        #expect(plain.type == .review && plain.queue == .review)
        #expect(plain.interval == state.intervalDays)
        #expect(plain.reps == 3)
        // Due: the study day of Recall's due date, counted from the collection's first day.
        let day = { (d: Date) in StudyDay(containing: d, timeZone: Self.options.timeZone, rolloverHour: 4).start }
        #expect(Double(plain.due) == (day(state.due).timeIntervalSince(collection.created) / 86_400).rounded())
        let data = try #require(try JSONSerialization.jsonObject(with: Data(plain.data.utf8)) as? [String: Double])
        #expect(abs(data["s"]! - state.stability!) < 1e-4)
        #expect(abs(data["d"]! - state.difficulty!) < 1e-3)
        #expect(data["dr"] == 0.9)
        #expect(data["lrt"] == state.lastReview!.timeIntervalSince1970.rounded(.down))
        let log = collection.revlog.filter { $0.cardID == plain.id }
        #expect(log.map(\.ease) == [3, 3, 3])
        #expect(log.map(\.kind) == [.learning, .learning, .review])
        #expect(log[0].interval == -600)
        #expect(log[2].interval == state.intervalDays)
        #expect(log.map(\.id) == log.map(\.id).sorted())
        // A card failed two minutes ago is in intraday relearning or learning, due in seconds since 1970.
        let bothNote = try #require(note(collection, guid: AnkiText.guid("sample/cards/both")))
        let failed = try #require(collection.cards.first { $0.noteID == bothNote.id && $0.ordinal == 0 })
        #expect(failed.queue == .learning && failed.type == .learning)
        #expect(failed.due > Int64(Self.now.timeIntervalSince1970) - 120)
        #expect(failed.left == 2)
    }
}
