import Testing

@testable import Questions

@Suite struct TextFoldingTests {
    @Test func foldsCaseAccentsAndPunctuation() {
        #expect(TextFolding.fold("Bería") == "beria")
        #expect(TextFolding.fold("  J.J.  Thomson ") == "j j thomson")
        #expect(TextFolding.fold("Skłodowska-Curie") == "sklodowska curie")
        #expect(TextFolding.fold("Straßmann") == "strassmann")
        #expect(TextFolding.fold("Stalin’s right-hand man") == "stalin s right hand man")
        #expect(TextFolding.words("Röntgen") == ["rontgen"])
    }

    @Test func findsWordsInsideText() {
        let text = TextFolding.words("According to Stalin, the war")
        #expect(TextFolding.containsWords(text, ["stalin"]))
        #expect(!TextFolding.containsWords(text, ["stal"]))
        #expect(TextFolding.containsWords(text, ["the", "war"]))
    }

    @Test func countsEditsWithTranspositions() {
        #expect(TextFolding.editDistance("stalin", "stalin") == 0)
        #expect(TextFolding.editDistance("stalin", "stlain") == 1)
        #expect(TextFolding.editDistance("stalin", "stallin") == 1)
        #expect(TextFolding.editDistance("stalin", "staln") == 1)
        #expect(TextFolding.editDistance("stalin", "stxxin", limit: 1) == 2)
    }
}
