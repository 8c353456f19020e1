import AnkiPackage
import Foundation
import GRDB
import Testing
import ZIPFoundation

/// Packages written by Anki itself, in its three formats, and every way a file can fail to be one.
@Suite struct AnkiPackageReaderTests {
    /// Packages in Anki's current format need zstd, which `recall-zstd` brings (RecallCLITests read them).
    let reader = AnkiPackageReader(decoder: nil)

    /// What the reader found matches what Anki held: every note's GUID, note type and fields, every card.
    func expectMatchesAnki(_ package: AnkiPackageReader.Package, _ name: String) {
        let notes = AnkiFixtures.notes(name)
        #expect(package.collection.notes.count == notes.count)
        let types = Dictionary(uniqueKeysWithValues: package.collection.notetypes.map { ($0.id, $0.name) })
        for expected in notes {
            let note = package.collection.notes.first { $0.guid == expected["guid"] as? String }
            #expect(note?.fields == expected["fields"] as? [String], "\(expected["guid"] ?? "?")")
            #expect(note.flatMap { types[$0.notetypeID] } == expected["notetype"] as? String)
        }
        let cards = AnkiFixtures.cards(name)
        #expect(package.collection.cards.count == cards.count)
        for expected in cards {
            let card = package.collection.cards.first { $0.id == (expected["id"] as? NSNumber)?.int64Value }
            #expect(card?.ordinal == expected["ord"] as? Int)
            #expect(card?.type.rawValue == expected["type"] as? Int)
            #expect(card?.interval == expected["ivl"] as? Int)
        }
    }

    @Test func legacyPackage() throws {
        let package = try AnkiPackageReader(decoder: nil).read(path: AnkiFixtures.path("notes-legacy.apkg"))
        #expect(package.format == .legacy2)
        expectMatchesAnki(package, "notes")
        #expect(Set(package.media) == ["cat.jpg", "meow.mp3"])
        #expect(package.collection.decks.contains { $0.name == "Fixtures::Kinds" })
        let cloze = try #require(package.collection.notetypes.first { $0.name == "Cloze" })
        #expect(cloze.kind == .cloze)
        #expect(cloze.fields == ["Text", "Back Extra"])
        #expect(cloze.templates.first?.question == "{{cloze:Text}}")
    }

    @Test func oldestPackageWithoutMeta() throws {
        let package = try AnkiPackageReader(decoder: nil).read(path: AnkiFixtures.path("notes-anki2.apkg"))
        #expect(package.format == .legacy1)
        expectMatchesAnki(package, "notes")
    }

    @Test func yearOfReviews() throws {
        let collection = try AnkiPackageReader(decoder: nil).read(path: AnkiFixtures.path("year-legacy.apkg")).collection
        expectMatchesAnki(AnkiPackageReader.Package(format: .legacy2, collection: collection, media: []), "year")
        #expect(collection.revlog.count > 300)
        #expect(collection.revlog.contains { $0.kind == .filtered && $0.factor == 0 })
        #expect(collection.revlog.contains { $0.kind == .manual && $0.factor == 0 })
        #expect(collection.revlog.map(\.id) == collection.revlog.map(\.id).sorted())
    }

    @Test func currentFormatWithoutZstdSaysHowToGetIt() {
        #expect {
            try AnkiPackageReader(decoder: nil).read(path: AnkiFixtures.path("notes.apkg"))
        } throws: { error in
            "\(error)".contains("is in Anki's current format, which is compressed with zstd")
        }
    }

    // MARK: Bad input

    func expectRefused(_ bytes: Data, _ fragment: String, limits: AnkiPackageReader.Limits = .init()) throws {
        let folder = AnkiFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.apkg")
        try bytes.write(to: file)
        #expect {
            try AnkiPackageReader(decoder: nil, limits: limits).read(path: file.path)
        } throws: { error in
            let text = "\(error)"
            if !text.contains(fragment) { Issue.record("\(text) does not say \(fragment)") }
            return text.contains(fragment)
        }
    }

    /// A zip holding `entries`.
    func zip(_ entries: [(String, Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, data) in entries {
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: Date(timeIntervalSince1970: 0)
            ) {
                data.subdata(in: Int($0)..<Int($0) + $1)
            }
        }
        return archive.data!
    }

    /// The fixture's schema-11 collection, changed by `sql`.
    func collection(changedBy sql: String) throws -> Data {
        let archive = try Archive(url: URL(fileURLWithPath: AnkiFixtures.path("notes-legacy.apkg")), accessMode: .read)
        var bytes = Data()
        _ = try archive.extract(archive["collection.anki21"]!) { bytes.append($0) }
        let folder = AnkiFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("c.anki21")
        try bytes.write(to: file)
        let queue = try DatabaseQueue(path: file.path)
        try queue.write { try $0.execute(sql: sql) }
        try queue.close()
        return try Data(contentsOf: file)
    }

    @Test func missingFile() throws {
        #expect { try reader.read(path: "/nonexistent/deck.apkg") } throws: { "\($0)" == "/nonexistent/deck.apkg: no such file" }
    }

    @Test func notAZip() throws {
        try expectRefused(Data("id: not a package\n".utf8), "is not an Anki package: an .apkg file is a zip archive")
    }

    @Test func zipWithoutCollection() throws {
        try expectRefused(try zip([("notes.txt", Data("hello".utf8)), ("media", Data("{}".utf8))]), "holds no Anki collection")
    }

    @Test func damagedDatabase() throws {
        let whole = try collection(changedBy: "SELECT 1")
        try expectRefused(try zip([("collection.anki21", whole.prefix(whole.count / 2))]), "is damaged")
        try expectRefused(
            try zip([("collection.anki21", Data(repeating: 7, count: 4096))]), "is damaged: its collection is not an SQLite database")
    }

    @Test func unknownSchemaVersion() throws {
        try expectRefused(try zip([("collection.anki21", try collection(changedBy: "UPDATE col SET ver = 19"))]), "schema version 19")
    }

    @Test func packageFromANewerAnki() throws {
        try expectRefused(
            try zip([("meta", Data([0x08, 0x04])), ("collection.anki21b", Data())]), "newer Anki than Recall reads (package version 4)")
    }

    @Test func thousandsOfMediaFiles() throws {
        let map = (0..<3000).map { "\"\($0)\": \"sound\($0).mp3\"" }.joined(separator: ",")
        let package = try zip([("collection.anki21", try collection(changedBy: "SELECT 1")), ("media", Data("{\(map)}".utf8))])
        try expectRefused(package, "holds 3000 media files (images and sounds), more than the 2000 Recall accepts")
        try expectRefused(package, "--media-limit 3000", limits: .init(media: 100))
        let folder = AnkiFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try package.write(to: folder.appendingPathComponent("many.apkg"))
        let read = try AnkiPackageReader(decoder: nil, limits: .init(media: 3000)).read(
            path: folder.appendingPathComponent("many.apkg").path)
        #expect(read.media.count == 3000)
    }
}
