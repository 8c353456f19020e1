import Testing

@testable import TextFormats

@Suite("Control and invisible characters")
struct ControlCharactersTests {
    @Test("C0, DEL and C1 are control characters; line feeds are allowed only where asked")
    func controls() {
        #expect(ControlCharacters.first(in: "ok") == nil)
        #expect(ControlCharacters.first(in: "a\u{1B}[2J")?.offset == 1)
        #expect(ControlCharacters.first(in: "é\u{301}\u{7}")?.scalar == "\u{7}")
        #expect(ControlCharacters.first(in: "é\u{301}\u{7}")?.offset == 2)
        #expect(ControlCharacters.first(in: "two\nlines") != nil)
        #expect(ControlCharacters.first(in: "two\nlines", allowingLineFeeds: true) == nil)
        #expect(ControlCharacters.first(in: "del\u{7F}")?.offset == 3)
        #expect(ControlCharacters.first(in: "c1\u{85}")?.offset == 2)
        #expect(ControlCharacters.first(in: "\u{A0}\u{200B}") == nil)
    }

    @Test("messages name the character by code point and name")
    func describe() {
        #expect(ControlCharacters.describe("\u{1B}") == "U+001B (escape)")
        #expect(ControlCharacters.describe("\u{7}") == "U+0007 (bell)")
        #expect(ControlCharacters.describe("\u{1}") == "U+0001")
    }

    @Test("text shown on a terminal has its controls replaced, line feeds kept")
    func visible() {
        #expect(ControlCharacters.visible("\u{1B}]0;pwned\u{7}\nnext") == "\u{FFFD}]0;pwned\u{FFFD}\nnext")
        #expect(ControlCharacters.visible("plain") == "plain")
    }

    @Test("zero-width, bidirectional and separator characters are invisible; marks and letters are not")
    func invisible() {
        for scalar: Unicode.Scalar in [
            "\u{200B}", "\u{200D}", "\u{200E}", "\u{202E}", "\u{2066}", "\u{2069}", "\u{FEFF}", "\u{2028}", "\u{2029}", "\u{061C}",
        ] {
            #expect(InvisibleCharacters.isInvisible(scalar), "\(scalar.value)")
        }
        for scalar: Unicode.Scalar in ["a", "\u{301}", " ", "\u{A0}", "東", "\u{1F680}"] {
            #expect(!InvisibleCharacters.isInvisible(scalar), "\(scalar.value)")
        }
        #expect(InvisibleCharacters.first(in: "ann\u{202E}nigol") == "\u{202E}")
    }
}
