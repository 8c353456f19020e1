import Facts
import Testing

/// Files that are not decks at all: empty, binary, huge, not YAML.
@Suite struct DeckFileErrorTests {
    func messages(_ bytes: [UInt8]) -> [String] {
        switch DeckLoader.load(bytes: bytes, path: "d/test.yaml") {
        case .success: []
        case .failure(let error): error.diagnostics.map(\.description)
        }
    }

    @Test func emptyFile() {
        #expect(messages([]) == ["d/test.yaml:1:1: error: the file is empty: a deck needs at least an id, a title and one fact"])
        #expect(
            messages(Array("\n  \n".utf8)) == [
                "d/test.yaml:1:1: error: the file is empty: a deck needs at least an id, a title and one fact"
            ])
    }

    @Test func onlyComments() {
        #expect(
            messages(Array("# nothing here\n".utf8)) == [
                "d/test.yaml:1:1: error: the file holds no YAML document (only comments?): a deck needs at least an id, a title and one fact"
            ])
    }

    @Test func binaryFile() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]
        #expect(messages(png) == ["d/test.yaml:1:1: error: this is not UTF-8 text (byte 0x89): save the deck as UTF-8"])
        #expect(
            messages(Array("id: test\ntitle: x\u{0}".utf8)) == [
                "d/test.yaml:2:9: error: this is not a text file (it contains a NUL byte): a deck is a YAML text file saved as UTF-8"
            ])
    }

    @Test func latin1File() {
        let text: [UInt8] = Array("id: test\ntitle: Caf".utf8) + [0xE9, 0x0A]
        #expect(messages(text) == ["d/test.yaml:2:11: error: this is not UTF-8 text (byte 0xE9): save the deck as UTF-8"])
    }

    @Test func hugeFileIsRefusedWithoutParsing() {
        let huge = [UInt8](repeating: 0x20, count: DeckLoader.maximumSize + 1)
        #expect(messages(huge) == ["d/test.yaml:1:1: error: the file is too large for a deck (32 MB; the limit is 32 MB)"])
    }

    @Test func proseIsNotADeck() {
        #expect(
            messages(Array("Hello, this is a letter and not a deck.\n".utf8)) == [
                "d/test.yaml:1:1: error: a deck is a mapping of fields (id:, title:, people:, events: …), not a single value ('Hello, this is a letter and not a deck.')"
            ])
    }

    @Test func aListIsNotADeck() {
        #expect(
            messages(Array("- one\n- two\n".utf8)) == [
                "d/test.yaml:1:1: error: a deck is a mapping of fields (id:, title:, people:, events: …), not a list"
            ])
    }

    @Test func jsonIsYAMLSoAJSONDeckLoads() {
        let json = #"{"id": "test", "title": "T", "terms": {"a": {"term": "A", "definition": "The first letter"}}}"#
        #expect(messages(Array(json.utf8)).isEmpty)
    }

    @Test func utf8ByteOrderMarkIsAccepted() {
        let text: [UInt8] =
            [0xEF, 0xBB, 0xBF] + Array("id: test\ntitle: T\nterms:\n  a:\n    term: A\n    definition: The first letter\n".utf8)
        #expect(messages(text).isEmpty)
    }

    @Test func deeplyNestedInputFailsCleanly() {
        let nested = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        let found = messages(Array(nested.utf8))
        #expect(found.count == 1)
        #expect(found.first?.contains("YAML syntax error") == true)
    }

    @Test func multipleDocuments() {
        let found = messages(Array("id: test\n---\nid: other\n".utf8))
        #expect(found.count == 1)
        #expect(found.first?.contains("remove the extra '---'") == true)
    }
}
