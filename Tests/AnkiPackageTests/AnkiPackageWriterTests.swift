import AnkiPackage
import Foundation
import Testing

/// Packages Recall writes read back as written, and appear all at once.
@Suite struct AnkiPackageWriterTests {
    static let collection = AnkiCollection(
        created: Date(timeIntervalSince1970: 1_780_000_000), creationOffsetMinutes: -60, rolloverHour: 4,
        notetypes: [
            AnkiNotetype(
                id: 11, name: "Basic", kind: .standard, fields: ["Front", "Back"],
                templates: [.init(name: "Card 1", question: "{{Front}}", answer: "{{FrontSide}}<hr id=answer>{{Back}}")]),
            AnkiNotetype(
                id: 12, name: "Cloze", kind: .cloze, fields: ["Text", "Extra"],
                templates: [.init(name: "Cloze", question: "{{cloze:Text}}", answer: "{{cloze:Text}}{{Extra}}")]),
        ],
        decks: [AnkiDeck(id: 5, name: "Physics::Mechanics")],
        notes: [
            AnkiNote(id: 100, guid: "g/1", notetypeID: 11, modified: 7, tags: ["a", "b"], fields: ["F &amp; ω", "B"]),
            AnkiNote(id: 101, guid: "g/2", notetypeID: 12, modified: 7, fields: ["{{c1::x}} y", ""]),
        ],
        cards: [
            AnkiCard(
                id: 200, noteID: 100, deckID: 5, ordinal: 0, type: .review, queue: .review, due: 12, interval: 9, factor: 2500, reps: 4,
                lapses: 1, data: "{\"d\":5.1,\"s\":9.2}"),
            AnkiCard(id: 201, noteID: 101, deckID: 5, ordinal: 0, due: 1),
        ],
        revlog: [
            AnkiRevlogEntry(id: 1_780_000_100_000, cardID: 200, ease: 3, interval: 9, lastInterval: 3, factor: 560, time: 4000, rawKind: 1)
        ])

    @Test func writtenPackageReadsBack() throws {
        let folder = AnkiFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out.apkg").path
        try AnkiPackageWriter(now: Date(timeIntervalSince1970: 1_790_000_000)).write(Self.collection, to: path)
        let package = try AnkiPackageReader(decoder: nil).read(path: path)
        #expect(package.format == .legacy2)
        #expect(package.media.isEmpty)
        let read = package.collection
        #expect(read.created == Self.collection.created)
        #expect(read.creationOffsetMinutes == -60)
        #expect(read.notetypes == Self.collection.notetypes)
        #expect(read.notes == Self.collection.notes)
        #expect(read.cards == Self.collection.cards)
        #expect(read.revlog == Self.collection.revlog)
        #expect(read.decks.contains(AnkiDeck(id: 5, name: "Physics::Mechanics")))
        // Nothing but the package is left in the folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.apkg"])
    }

    @Test func writingReplacesAnOldPackageWhole() throws {
        let folder = AnkiFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out.apkg").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        try AnkiPackageWriter(now: Date(timeIntervalSince1970: 1_790_000_000)).write(Self.collection, to: path)
        #expect(try AnkiPackageReader(decoder: nil).read(path: path).collection.notes.count == 2)
    }

    @Test func aMissingFolderIsSaid() {
        #expect {
            try AnkiPackageWriter(now: Date()).write(Self.collection, to: "/nonexistent-folder/out.apkg")
        } throws: { "\($0)".contains("the folder '/nonexistent-folder' does not exist") }
    }
}
