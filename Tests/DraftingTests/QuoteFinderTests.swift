import Facts
import Testing

@testable import Drafting

/// Quotations attributed to people, with their date and context; scare quotes, titles and names are not.
@Suite struct QuoteFinderTests {
    static func quotes(_ paragraphs: String...) -> [(quote: String, who: String, when: String?, context: String?)] {
        let sentences = Sentences.of(paragraphs)
        let people = PersonFinder.find(in: sentences)
        let dates = DateFinder.find(in: sentences)
        return QuoteFinder.find(in: sentences, people: people, dates: dates).map {
            ($0.quote, people.people[$0.person].name, $0.when?.isoText, $0.context)
        }
    }

    @Test func speechAfterTheQuotationAndAfterTheSpeaker() {
        let found = Self.quotes(
            "In a radio address concerning Japan’s surrender broadcast on September 2, 1945, Soviet leader Josef Stalin said the Soviet Union fought to wipe out a “stain.” “We have a special score of our own to settle with Japan,” he said, adding: “The defeat of the Russian troops left bitter memories. It was a dark stain on our country.”"
        )
        #expect(
            found.map(\.quote) == [
                "We have a special score of our own to settle with Japan.",
                "The defeat of the Russian troops left bitter memories. It was a dark stain on our country.",
            ])
        #expect(
            found.allSatisfy {
                $0.who == "Josef Stalin" && $0.when == "1945-09-02" && $0.context == "Radio address concerning Japan’s surrender broadcast"
            })
    }

    @Test func aFragmentAfterWroteThatOrDescribingItAs() {
        let found = Self.quotes(
            "Former Imperial Japanese Army Colonel Takushiro Hattori wrote that the Siberian detention was the “most unbearable suffering for the Japanese race.”",
            "When Russian President Boris Yeltsin visited Japan in October 1993, he apologized for the internment, describing it as a “crime of totalitarianism.”",
            "Hikosaburo Hata, Chief of Staff of the Kwantung Army, despaired at the troops’ actions, saying, “Intolerable deeds were frequently observed.”"
        )
        #expect(
            found.map(\.quote) == [
                "most unbearable suffering for the Japanese race", "crime of totalitarianism",
                "Intolerable deeds were frequently observed.",
            ])
        #expect(found.map(\.who) == ["Takushiro Hattori", "Boris Yeltsin", "Hikosaburo Hata"])
        #expect(found.map(\.when) == [nil, "1993-10", nil])
        #expect(found[0].context == "On the Siberian detention")
        #expect(found[2].context == "Despaired at the troops’ actions")
    }

    @Test func scareQuotesTitlesNamesAndUnnamedSpeakersAreNotQuotations() {
        let found = Self.quotes(
            "Soviet leader Josef Stalin said the war wiped out a “stain.”",
            "The laborers were given a communist education under the title of “a democratization movement,” as Stalin wished.",
            "As recorded in “Postwar Forced Detention History,” the detention was illegal.",
            "The USSR replenished its labor force with the “forced labor” of detainees.",
            "According to an expert in Soviet internment, “In addition to food, diamonds were taken.”",
            // A gloss in brackets translates a word; nobody says it.
            "All the land on Earth, Alfred Wegener argued, had once formed Pangaea (from the Greek for “all the Earth”), surrounded by one ocean."
        )
        #expect(found.isEmpty, "\(found.map(\.quote))")
    }

    /// A quotation after a colon is the sentence's subject's ("X put the mood bluntly: “…”"); a verb of speech
    /// in a list of what someone did attributes it too ("he ran into the office, cried “…” and fainted").
    @Test func aQuotationAfterAColonOrInAListOfDeeds() {
        let found = Self.quotes(
            "At a meeting in New York in 1926, the American geologist Rollin T. Chamberlin put the mood bluntly: “If we are to believe in this hypothesis we must forget everything.”",
            "Jean-François Champollion was born at Figeac. On 14 September 1822, the family story goes, he ran into his brother's office, cried “Je tiens l'affaire!” and fainted.",
            "The headline about Stalin read: “Victory in the East is near at hand.”"
        )
        #expect(found.map(\.quote) == ["If we are to believe in this hypothesis we must forget everything.", "Je tiens l'affaire!"])
        #expect(found.map(\.who) == ["Rollin T. Chamberlin", "Jean-François Champollion"])
        #expect(found.last?.when == "1822-09-14")
    }

    @Test func aRangeDoesNotDateAQuotationAndLaterSaysAnotherTime() {
        let found = Self.quotes(
            "“There are three diseases in Panama,” said John Stevens, the chief engineer from 1905 to 1907.",
            "Dr. Jane Goodall began studying chimpanzees in July 1960. She later said that “the least I can do is speak out.”"
        )
        #expect(found.map(\.when) == [nil, nil])
        #expect(found.map(\.who) == ["John Stevens", "Jane Goodall"])
    }
}
