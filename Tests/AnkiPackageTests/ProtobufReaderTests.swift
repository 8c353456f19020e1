import Testing

@testable import AnkiPackage

/// The wire format as Anki writes its package metadata and media list.
@Suite struct ProtobufReaderTests {
    @Test func readsWhatTheWriterWrites() throws {
        var writer = ProtobufWriter()
        writer.varint(1, 3)
        writer.string(2, "Ωμέγα.jpg")
        writer.varint(300, 1 << 40)
        let fields = try ProtobufReader.fields(of: writer.bytes[...])
        #expect(fields.map(\.0) == [1, 2, 300])
        #expect(fields[0].1.integer == 3)
        #expect(fields[1].1.string == "Ωμέγα.jpg")
        #expect(fields[2].1.integer == 1 << 40)
    }

    @Test func anklesMetaIsVersionThree() throws {
        // `meta` of a package in the current format, as Anki 26.9 writes it.
        let fields = try ProtobufReader.fields(of: [0x08, 0x03][...])
        #expect(fields.first?.1.integer == 3)
    }

    @Test func truncatedBytesAreRefused() {
        #expect(throws: ProtobufReader.Malformed.self) { try ProtobufReader.fields(of: [0x12, 0x05, 0x41][...]) }
        #expect(throws: ProtobufReader.Malformed.self) { try ProtobufReader.fields(of: [0x08, 0xFF][...]) }
        #expect(throws: ProtobufReader.Malformed.self) { try ProtobufReader.fields(of: [0x00][...]) }
    }
}
