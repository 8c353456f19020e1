import Testing

@testable import Drafting

/// Sentences end at a stop before a capital, not after an abbreviation or an initial, and never inside a quotation.
@Suite struct SentenceSplitterTests {
    static func split(_ text: String) -> [String] { SentenceSplitter.split(text).map(\.text) }

    @Test func stopsQuestionMarksAndClosingQuotes() {
        #expect(
            Self.split("It rained. Did it stop? “No,” he said. “It went on.” Then it stopped!") == [
                "It rained.", "Did it stop?", "“No,” he said.", "“It went on.”", "Then it stopped!",
            ])
    }

    @Test func abbreviationsInitialsAndDecimals() {
        #expect(
            Self.split("Dr. Gorgas met Mr. J. R. Smith at 3.5 p.m. on Main St. in the U.S. state. He left.") == [
                "Dr. Gorgas met Mr. J. R. Smith at 3.5 p.m. on Main St. in the U.S. state.", "He left.",
            ])
        #expect(Self.split("Order No. 9898 was issued. It was secret.") == ["Order No. 9898 was issued.", "It was secret."])
    }

    @Test func aQuotationOfSeveralSentencesStaysWithItsAttribution() {
        let text = "“We have a score to settle,” he said, adding: “The defeat left bitter memories. It was a dark stain.” The war ended."
        #expect(
            Self.split(text) == [
                "“We have a score to settle,” he said, adding: “The defeat left bitter memories. It was a dark stain.”", "The war ended.",
            ])
    }

    @Test func aQuotationNeverClosedDoesNotSwallowTheParagraph() {
        #expect(
            Self.split("He said “we will win. The war went on. It ended.") == ["He said “we will win.", "The war went on.", "It ended."])
    }

    @Test func offsetsPointIntoTheParagraph() {
        let text = "One. Two."
        #expect(SentenceSplitter.split(text).map(\.offset) == [0, 5])
    }
}
