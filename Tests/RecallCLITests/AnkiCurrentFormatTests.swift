import AnkiPackage
import Foundation
import HelperPrograms
import Testing
import ZIPFoundation

@testable import RecallCLI

/// Packages in Anki's current format (zstd), read through `recall-zstd` as `recall anki import` reads them.
@Suite(.enabled(if: AnkiCommandTests.zstdBuilt, AnkiCommandTests.zstdMissing))
struct AnkiCurrentFormatTests {
    let current = AnkiPackageReader(decoder: HelperZstdDecoder())
    let legacy = AnkiPackageReader(decoder: nil)

    func path(_ name: String) -> String { AnkiCommandTests.fixtures.appendingPathComponent(name).path }

    @Test func theSameCollectionInBothFormats() throws {
        // Anki exported one collection twice: as collection.anki21b (zstd, protobuf) and as collection.anki21.
        for name in ["notes", "year"] {
            let a = try current.read(path: path("\(name).apkg"))
            let b = try legacy.read(path: path("\(name)-legacy.apkg"))
            #expect(a.format == .latest && b.format == .legacy2)
            #expect(a.collection.notes == b.collection.notes)
            #expect(a.collection.cards.map(\.id) == b.collection.cards.map(\.id))
            #expect(a.collection.revlog == b.collection.revlog)
            #expect(a.collection.created == b.collection.created)
            #expect(Set(a.media) == Set(b.media))
            // Schema 18 keeps note types in tables and protobuf; schema 11 as JSON: the same fields and templates.
            for type in b.collection.notetypes {
                let other = a.collection.notetypes.first { $0.id == type.id }
                #expect(other?.fields == type.fields, "\(type.name)")
                #expect(other?.templates == type.templates, "\(type.name)")
                #expect(other?.kind == type.kind, "\(type.name)")
            }
        }
    }

    @Test func brokenCompressionIsDamage() throws {
        let folder = try RecallBinary.temporaryDirectory()
        let file = folder.appendingPathComponent("broken.apkg").path
        let archive = try Archive(url: URL(fileURLWithPath: file), accessMode: .create)
        for (name, data) in [("meta", Data([0x08, 0x03])), ("collection.anki21b", Data([0x28, 0xB5, 0x2F, 0xFD, 1, 2, 3]))] {
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: Date(timeIntervalSince1970: 0)
            ) {
                data.subdata(in: Int($0)..<Int($0) + $1)
            }
        }
        #expect { try current.read(path: file) } throws: { "\($0)".contains("is damaged: the collection does not decompress") }
    }
}
