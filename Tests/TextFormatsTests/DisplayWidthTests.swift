import Testing
import TextFormats

@Suite struct DisplayWidthTests {
    @Test func latinCyrillicAndAccentsAreOneColumnEach() {
        #expect(DisplayWidth.of("Stalin") == 6)
        #expect(DisplayWidth.of("Берия") == 5)
        #expect(DisplayWidth.of("Bería") == 5)
        #expect(DisplayWidth.of("Be\u{301}ria") == 5)  // decomposed accent
        #expect(DisplayWidth.of("Ṩ̃") == 1)  // a letter with two combining marks
        #expect(DisplayWidth.of("Ελληνικά") == 8)
    }

    @Test(arguments: [
        ("東京", 4), ("シベリア", 8), ("한국", 4), ("ｱ", 1), ("Ａ", 2),  // halfwidth katakana, fullwidth Latin
        ("\u{1100}\u{1161}\u{11A8}", 2),  // a Hangul syllable spelt with jamo
    ])
    func eastAsianWideAndFullwidthAreTwoColumns(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test(arguments: [
        ("🚀", 2), ("🎌", 2), ("🥇", 2), ("👩‍🔬", 2), ("👨‍👩‍👧‍👦", 2),  // zero-width-joiner sequences are one glyph
        ("👍🏽", 2),  // a skin-tone modifier
        ("❤️", 2), ("1️⃣", 2),  // emoji presentation selector, keycap
        ("🇯🇵", 2),  // a flag: two regional indicators
        ("☺", 1),  // text presentation by default
        ("Rockets 🚀🚀🚀 launch", 21),
    ])
    func emojiAreTwoColumns(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test func controlAndFormatCharactersTakeNoRoom() {
        #expect(DisplayWidth.of("\u{7}") == 0)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)  // zero-width space
        #expect(DisplayWidth.of("a\u{202E}b") == 2)  // right-to-left override
        #expect(DisplayWidth.of("\u{1B}[2J") == 3)  // the escape itself takes nothing; what follows is text
    }

    @Test func prefixNeverSplitsAWideCharacter() {
        #expect(DisplayWidth.prefix(of: "東京都", fitting: 5) == "東京")
        #expect(DisplayWidth.prefix(of: "abc", fitting: 5) == "abc")
        #expect(DisplayWidth.prefix(of: "a👩‍🔬b", fitting: 2) == "a")
    }

    @Test func truncateEndsInAnEllipsisWithinTheWidth() {
        #expect(DisplayWidth.truncate("東京東京", to: 4) == "東…")
        #expect(DisplayWidth.of(DisplayWidth.truncate("東京東京", to: 4)) == 3)
        #expect(DisplayWidth.truncate("Tokyo", to: 5) == "Tokyo")
        #expect(DisplayWidth.truncate("Tokyo", to: 1) == "…")
        #expect(DisplayWidth.truncate("Tokyo", to: 0) == "")
    }

    @Test func padFillsToTheWidthOnEitherSide() {
        #expect(DisplayWidth.pad("東", to: 4) == "東  ")
        #expect(DisplayWidth.pad("7", to: 3, alignRight: true) == "  7")
        #expect(DisplayWidth.pad("🚀🚀", to: 3) == "🚀🚀")
    }
}
