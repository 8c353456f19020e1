import Facts
import Testing

@testable import Questions

/// Dates as questions show them: "AD" where a bare early year could be read as a number or a year BC.
@Suite struct DateStyleTests {
    func date(_ text: String) throws -> DateValue { try DateValue.parse(text).get() }

    @Test func datesTakeTheirPreposition() throws {
        let style = DateStyle(hasBC: false)
        #expect(style.prepositional(try date("1945-08-23")) == "on 23 August 1945")
        #expect(style.prepositional(try date("1945-08")) == "in August 1945")
        #expect(style.prepositional(try date("1945")) == "in 1945")
        #expect(style.prepositional(try date("-44")) == "in 44 BC")
        #expect(style.prepositional(try date("1904/1905")) == "from 1904 to 1905")
    }

    /// A span within one year names its year once, and its month once when it is one month, as a teacher
    /// writes it: "5–6 September 1972", not "5 September 1972 – 6 September 1972".
    @Test func aSpanWithinOneYearSaysTheSharedPartsOnce() throws {
        let style = DateStyle(hasBC: false)
        #expect(style.text(try date("1972-09-05/1972-09-06")) == "5–6 September 1972")
        #expect(style.text(try date("1972-08-26/1972-09-11")) == "26 August – 11 September 1972")
        #expect(style.text(try date("1811-03/1811-12")) == "March–December 1811")
        #expect(style.text(try date("1811/1816")) == "1811–1816")
        #expect(style.text(try date("1944-12-16/1945-01-25")) == "16 December 1944 – 25 January 1945")
        #expect(style.text(try date("1945-08/1945-09-02")) == "August 1945 – 2 September 1945")
        #expect(style.prepositional(try date("1972-09-05/1972-09-06")) == "from 5 to 6 September 1972")
        #expect(style.prepositional(try date("1811-03/1811-12")) == "from March to December 1811")
        #expect(style.prepositional(try date("1944-12-16/1945-01-25")) == "from 16 December 1944 to 25 January 1945")
        let withBC = DateStyle(hasBC: true)
        #expect(withBC.text(try date("-49-01-10/-49-01-12")) == "10–12 January 49 BC")
        #expect(withBC.text(try date("79-08-24/79-08-25")) == "24–25 August AD 79")
    }

    /// A span after "between" or "from" takes the word that goes with it, as a sentence says it: "built
    /// between 1420 and 1436", never "between 1420–1436".
    @Test func aSpanAfterBetweenOrFromTakesItsConjunction() throws {
        let style = DateStyle(hasBC: false)
        #expect(style.text(try date("1420/1436"), after: "The dome was built between ") == "1420 and 1436")
        #expect(style.text(try date("1420/1436"), after: "It was built (Between ") == "1420 and 1436")
        #expect(style.text(try date("1420/1436"), after: "He ruled from ") == "1420 to 1436")
        #expect(style.text(try date("1972-09-05/1972-09-06"), after: "held between ") == "5 and 6 September 1972")
        #expect(style.text(try date("1811-03/1811-12"), after: "from ") == "March to December 1811")
        #expect(style.text(try date("1944-12-16/1945-01-25"), after: "between ") == "16 December 1944 and 25 January 1945")
        // Other words, and single dates, are as `text` writes them.
        #expect(style.text(try date("1420/1436"), after: "It was built in ") == "1420–1436")
        #expect(style.text(try date("1420/1436"), after: "The betweenness ") == "1420–1436")
        #expect(style.text(try date("1436"), after: "finished between ") == "1436")
        #expect(style.text(try date("1420/1436"), after: "") == "1420–1436")
    }

    @Test func earlyYearsOfTheCommonEraSayAD() throws {
        let withBC = DateStyle(hasBC: true)
        #expect(withBC.text(try date("79")) == "AD 79")
        #expect(withBC.text(try date("79-08-24")) == "24 August AD 79")
        #expect(withBC.text(try date("476")) == "AD 476")
        #expect(withBC.text(try date("1453")) == "1453")
        #expect(withBC.text(try date("-27/14")) == "27 BC – AD 14")
        let without = DateStyle(hasBC: false)
        #expect(without.text(try date("476")) == "476")
        #expect(without.text(try date("79")) == "AD 79")
    }

    @Test func aDeckWithDatesBeforeTheCommonEraShowsADInItsQuestions() throws {
        let deck = try TestDecks.yaml(
            """
            events:
              caesar: {date: -44-03-15, event: Murder of Julius Caesar}
              vesuvius: {date: 79-08-24, event: Eruption of Vesuvius}
            """)
        let bank = TestDecks.bank(deck)
        let typed = try #require(bank.question("events/vesuvius", .typed, .when))
        #expect(typed.answerText == "24 August AD 79")
        #expect(AnswerChecker().check("24 August 79", for: typed).verdict == .correct)
        #expect(AnswerChecker().check("AD 79-08-24", for: typed).verdict == .correct)
    }
}
