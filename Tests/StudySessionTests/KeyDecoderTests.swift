import Testing

@testable import StudySession

@Suite struct KeyDecoderTests {
    private func decode(_ bytes: [UInt8]) -> [Key] {
        var decoder = KeyDecoder()
        return decoder.feed(bytes) + decoder.flush()
    }

    @Test func printableASCIIAndUTF8Characters() {
        #expect(decode(Array("aZ1 ".utf8)) == [.character("a"), .character("Z"), .character("1"), .character(" ")])
        #expect(decode(Array("Берия 東京 é".utf8)) == "Берия 東京 é".map { .character($0) })
        #expect(decode(Array("🎌".utf8)) == [.character("🎌")])
    }

    @Test func controlKeys() {
        #expect(decode([0x03, 0x04, 0x01, 0x05, 0x15]) == [.control("c"), .control("d"), .control("a"), .control("e"), .control("u")])
        #expect(decode([0x0D]) == [.enter])
        #expect(decode([0x0A]) == [.enter])
        #expect(decode([0x09]) == [.tab])
        #expect(decode([0x7F]) == [.backspace])
        #expect(decode([0x08]) == [.backspace])
    }

    @Test func arrowsInBothSpellings() {
        #expect(decode(Array("\u{1B}[A\u{1B}[B\u{1B}[C\u{1B}[D".utf8)) == [.up, .down, .right, .left])
        #expect(decode(Array("\u{1B}OA\u{1B}OB\u{1B}OC\u{1B}OD".utf8)) == [.up, .down, .right, .left])
        // With a modifier (Ctrl-Right): still an arrow.
        #expect(decode(Array("\u{1B}[1;5C".utf8)) == [.right])
    }

    @Test func homeEndDeleteAndPageKeys() {
        #expect(decode(Array("\u{1B}[H\u{1B}[F\u{1B}OH\u{1B}OF".utf8)) == [.home, .end, .home, .end])
        #expect(decode(Array("\u{1B}[1~\u{1B}[4~\u{1B}[7~\u{1B}[8~".utf8)) == [.home, .end, .home, .end])
        #expect(decode(Array("\u{1B}[3~\u{1B}[5~\u{1B}[6~".utf8)) == [.delete, .pageUp, .pageDown])
    }

    @Test func unknownSequencesAreSwallowedWhole() {
        #expect(decode(Array("\u{1B}[200~x".utf8)) == [.character("x")])
        #expect(decode(Array("\u{1B}[Zy".utf8)) == [.character("y")])
    }

    @Test func altKeyIsEscapeThenCharacter() {
        #expect(decode(Array("\u{1B}u".utf8)) == [.meta("u")])
        #expect(decode(Array("\u{1B}q".utf8)) == [.meta("q")])
    }

    @Test func aLoneEscapeWaitsForTheInputToPause() {
        var decoder = KeyDecoder()
        #expect(decoder.feed([0x1B]).isEmpty)
        #expect(decoder.hasPending)
        #expect(decoder.flush() == [.escape])
        #expect(!decoder.hasPending)
        #expect(decode([0x1B, 0x1B]) == [.escape, .escape])
    }

    @Test func sequencesAndCharactersSplitAcrossReads() {
        // Given bytes that arrive one at a time
        var decoder = KeyDecoder()
        var keys: [Key] = []
        // When a left arrow, a Cyrillic letter and a CJK character are fed byte by byte
        for byte in Array("\u{1B}[D".utf8) + Array("Ж東".utf8) {
            keys += decoder.feed([byte])
        }
        // Then each comes out whole, and nothing is left over
        #expect(keys == [.left, .character("Ж"), .character("東")])
        #expect(!decoder.hasPending)
    }

    @Test func invalidUTF8BecomesTheReplacementCharacter() {
        #expect(decode([0xFF, 0x61]) == [.character("\u{FFFD}"), .character("a")])
        #expect(decode([0xE6, 0x61]) == [.character("\u{FFFD}"), .character("a")])
        #expect(decode([0xE6, 0x9D]) == [.character("\u{FFFD}")])
    }
}
