import Testing

@testable import StudySession

@Suite struct StyledLineTests {
    private func rows(_ line: StyledLine, _ width: Int) -> [String] {
        line.wrapped(to: width).map(\.plainText)
    }

    @Test func shortLinesStayWhole() {
        #expect(rows("When did it end?", 40) == ["When did it end?"])
        #expect(rows(.blank, 40) == [""])
    }

    @Test func wrapsAtSpaces() {
        #expect(rows("The Soviet Union declared war on Japan", 16) == ["The Soviet Union", "declared war on", "Japan"])
    }

    @Test func aHangingIndentLinesUpWrappedRows() {
        let option = StyledLine("  1  The transfer of prisoners to the USSR", hangingIndent: 5)
        #expect(rows(option, 20) == ["  1  The transfer of", "     prisoners to", "     the USSR"])
    }

    @Test func aWordWiderThanTheRowIsBroken() {
        #expect(rows("abcdefghij", 4) == ["abcd", "efgh", "ij"])
    }

    @Test func wideCharactersWrapByColumns() {
        #expect(rows("東京都庁舎", 4) == ["東京", "都庁", "舎"])
    }

    @Test func stylesSurviveWrapping() {
        let line = StyledLine([Span("Right: ", .right), Span("23 August 1945", .bold)])
        let wrapped = line.wrapped(to: 12)
        #expect(wrapped.map(\.plainText) == ["Right: 23", "August 1945"])
        #expect(wrapped[0].spans == [Span("Right: ", .right), Span("23", .bold)])
    }

    @Test func plainPaletteAddsNothing() {
        let span = Span("Right", .right)
        #expect(Palette.plain.paint(span) == "Right")
    }
}
