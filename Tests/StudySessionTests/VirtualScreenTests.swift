import StudySessionTestSupport
import Testing

@testable import StudySession

@Suite struct VirtualScreenTests {
    @Test func renderedScreensDrawOverEachOther() {
        // Given a screen that showed a long text
        var virtual = VirtualScreen(size: TerminalSize(columns: 20, rows: 5))
        let size = virtual.size
        virtual.apply(Screen(lines: ["a long first line here", "second"]).render(size: size, palette: .plain))
        #expect(virtual.text == "a long first line\nhere\nsecond")
        // When a shorter screen is drawn
        var next = Screen(lines: ["short"])
        next.cursor = (0, 5)
        virtual.apply(next.render(size: size, palette: .plain))
        // Then nothing of the old one is left, and the cursor is where the screen put it
        #expect(virtual.text == "short")
        #expect(virtual.row == 0)
        #expect(virtual.column == 5)
        #expect(virtual.cursorVisible)
    }

    @Test func tooManyLinesKeepTheTopAndTheLastLine() {
        var virtual = VirtualScreen(size: TerminalSize(columns: 20, rows: 3))
        virtual.apply(Screen(lines: ["1", "2", "3", "4", "keys"]).render(size: virtual.size, palette: .plain))
        #expect(virtual.lines == ["1", "2", "keys"])
    }

    @Test func wideCharactersTakeTwoCells() {
        var virtual = VirtualScreen(size: TerminalSize(columns: 10, rows: 2))
        virtual.apply("東京x")
        #expect(virtual.lines[0] == "東京x")
        #expect(virtual.column == 5)
    }

    @Test func alternateScreenIsEnteredAndLeft() {
        var virtual = VirtualScreen(size: TerminalSize(columns: 10, rows: 2))
        virtual.apply(ScreenControl.enter)
        #expect(virtual.alternate)
        virtual.apply(ScreenControl.leave)
        #expect(!virtual.alternate)
        #expect(virtual.cursorVisible)
    }
}
