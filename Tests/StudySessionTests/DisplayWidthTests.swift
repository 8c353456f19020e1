import Testing

@testable import StudySession

@Suite struct DisplayWidthTests {
    @Test func latinCyrillicAndAccentsAreOneColumnEach() {
        #expect(DisplayWidth.of("Stalin") == 6)
        #expect(DisplayWidth.of("Берия") == 5)
        #expect(DisplayWidth.of("Bería") == 5)
        #expect(DisplayWidth.of("Be\u{301}ria") == 5)  // decomposed accent
    }

    @Test func eastAsianAndEmojiAreTwoColumns() {
        #expect(DisplayWidth.of("東京") == 4)
        #expect(DisplayWidth.of("シベリア") == 8)
        #expect(DisplayWidth.of("한국") == 4)
        #expect(DisplayWidth.of("🎌") == 2)
        #expect(DisplayWidth.of("👩‍🔬") == 2)  // a zero-width-joiner sequence is one glyph
        #expect(DisplayWidth.of("❤️") == 2)  // emoji presentation selector
    }

    @Test func controlCharactersTakeNoRoom() {
        #expect(DisplayWidth.of("\u{7}") == 0)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
    }

    @Test func prefixNeverSplitsAWideCharacter() {
        #expect(DisplayWidth.prefix(of: "東京都", fitting: 5) == "東京")
        #expect(DisplayWidth.prefix(of: "abc", fitting: 5) == "abc")
        #expect(DisplayWidth.pad("東", to: 4) == "東  ")
    }
}
