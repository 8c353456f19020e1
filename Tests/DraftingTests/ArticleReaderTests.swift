import Testing

@testable import Drafting

/// Plain text and Markdown become a title and paragraphs of running text, with the lines they start on.
@Suite struct ArticleReaderTests {
    @Test func aPlainTextTitleAndParagraphsWithTheirLines() {
        let article = ArticleReader.read("Hard labor in Siberia\n\n First paragraph,\nwrapped.\n\n Second one.\n")
        #expect(article.title == "Hard labor in Siberia")
        #expect(article.paragraphs.map(\.text) == ["First paragraph, wrapped.", "Second one."])
        #expect(article.paragraphs.map { $0.line(at: 0) } == [3, 6])
        #expect(article.paragraphs[0].line(at: 18) == 4)
    }

    @Test func markdownIsReducedToItsText() {
        let text = """
            ---
            author: someone
            ---
            # The *Panama* Canal

            A canal across the **Isthmus of Panama**[^1] cut the voyage [by weeks](https://example.com)[12].
            <span>Tags go.</span> `Code` stays as text.

            ```
            let x = 1945
            ```

            | year | ships |
            |------|-------|

            - the Gatun Dam;
            - the Culebra Cut.

            > A quoted block.
            """
        let article = ArticleReader.read(text)
        #expect(article.title == "The Panama Canal")
        #expect(
            article.paragraphs.map(\.text) == [
                "A canal across the Isthmus of Panama cut the voyage by weeks. Tags go. Code stays as text.",
                "the Gatun Dam;", "the Culebra Cut.", "A quoted block.",
            ])
        #expect(article.paragraphs.map(\.isListItem) == [false, true, true, false])
    }

    @Test func aFirstParagraphThatIsASentenceIsNotATitle() {
        let article = ArticleReader.read("The war began in 1939.\n\nIt ended in 1945.\n")
        #expect(article.title == nil)
        #expect(article.paragraphs.count == 2)
    }

    @Test func editorialBracketsStayAndSnakeCaseKeepsItsUnderscores() {
        let article = ArticleReader.read("Title\n\nGold was taken [by Soviet troops] from file_name.\n")
        #expect(article.paragraphs.map(\.text) == ["Gold was taken [by Soviet troops] from file_name."])
    }
}
