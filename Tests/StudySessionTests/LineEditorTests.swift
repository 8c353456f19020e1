import Testing

@testable import StudySession

@Suite struct LineEditorTests {
    private func type(_ keys: [Key], into editor: inout LineEditor) {
        for key in keys { _ = editor.handle(key) }
    }

    private func chars(_ text: String) -> [Key] { text.map { .character($0) } }

    @Test func typingAndSubmitting() {
        var editor = LineEditor()
        type(chars("Stalin"), into: &editor)
        #expect(editor.text == "Stalin")
        #expect(editor.cursor == 6)
        #expect(editor.handle(.enter) == .submitted("Stalin"))
    }

    @Test func cursorKeysInsertInTheMiddle() {
        var editor = LineEditor()
        type(chars("Stlin"), into: &editor)
        type([.left, .left, .left], into: &editor)
        type(chars("a"), into: &editor)
        #expect(editor.text == "Stalin")
        type([.home], into: &editor)
        type(chars("J. "), into: &editor)
        #expect(editor.text == "J. Stalin")
        type([.end, .character("!")], into: &editor)
        #expect(editor.text == "J. Stalin!")
    }

    @Test func backspaceAndDelete() {
        var editor = LineEditor(text: "Beriya")
        type([.backspace], into: &editor)
        #expect(editor.text == "Beriy")
        type([.home, .delete], into: &editor)
        #expect(editor.text == "eriy")
        type([.home, .backspace], into: &editor)  // nothing before the cursor
        #expect(editor.text == "eriy")
        type([.end, .delete], into: &editor)  // nothing after it
        #expect(editor.text == "eriy")
    }

    @Test func shellStyleControlKeys() {
        var editor = LineEditor(text: "Lavrentiy Beria")
        type([.control("w")], into: &editor)
        #expect(editor.text == "Lavrentiy ")
        type([.control("a"), .right, .control("k")], into: &editor)
        #expect(editor.text == "L")
        type([.control("e"), .control("u")], into: &editor)
        #expect(editor.text == "")
        #expect(editor.cursor == 0)
    }

    @Test func unicodeMovesByWholeCharacters() {
        var editor = LineEditor()
        type(chars("Бе́рия"), into: &editor)  // е with a combining acute accent is one character
        #expect(editor.characters.count == 5)
        type([.left, .left, .left, .left, .backspace], into: &editor)
        #expect(editor.text == "е́рия")
    }

    @Test func aCombiningMarkTypedAloneJoinsTheLetterBefore() {
        var editor = LineEditor()
        type([.character("e"), .character("\u{301}")], into: &editor)
        #expect(editor.characters == ["é"])
        #expect(editor.cursor == 1)
    }

    @Test func otherKeysAreLeftToTheCaller() {
        var editor = LineEditor(text: "x")
        #expect(editor.handle(.control("c")) == .notHandled)
        #expect(editor.handle(.escape) == .notHandled)
        #expect(editor.handle(.meta("u")) == .notHandled)
        #expect(editor.text == "x")
    }

    @Test func visiblePartScrollsToKeepTheCursorOnScreen() {
        // Given a text wider than the field
        var editor = LineEditor(text: "abcdefghij")
        // When the cursor is at the end of a 5-column field
        var shown = editor.visible(columns: 5)
        // Then the last characters show, with the cursor after them
        #expect(shown.text == "ghij")
        #expect(shown.cursorColumn == 4)
        type([.home], into: &editor)
        shown = editor.visible(columns: 5)
        #expect(shown.text == "abcde")
        #expect(shown.cursorColumn == 0)
    }

    @Test func wideCharactersTakeTwoColumns() {
        let editor = LineEditor(text: "東京")
        let shown = editor.visible(columns: 10)
        #expect(shown.text == "東京")
        #expect(shown.cursorColumn == 4)
        // In a narrow field a wide character is never split.
        let narrow = editor.visible(columns: 3)
        #expect(narrow.text == "京")
        #expect(narrow.cursorColumn == 2)
    }
}
