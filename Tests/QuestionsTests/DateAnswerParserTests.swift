import Facts
import Testing

@testable import Questions

@Suite struct DateAnswerParserTests {
    func read(_ text: String) -> String? {
        if case .date(let d) = DateAnswerParser.read(text) { return d.isoText }
        return nil
    }

    @Test func readsTheCommonWritings() {
        #expect(read("1945-08-23") == "1945-08-23")
        #expect(read("23 August 1945") == "1945-08-23")
        #expect(read("August 23, 1945") == "1945-08-23")
        #expect(read("1945 August 23") == "1945-08-23")
        #expect(read("23 Aug 1945") == "1945-08-23")
        #expect(read("Sept 1945") == "1945-09")
        #expect(read("1945") == "1945")
        #expect(read("44 BC") == "-44")
        #expect(read("-44-03-15") == "-44-03-15")
        #expect(read("AD 476") == "476")
        #expect(read("1904–1905") == "1904/1905")
        #expect(read("30 October 1911 – 3 November 1911") == "1911-10-30/1911-11-03")
    }

    /// Spans within one year as people write them, the shared month and year said once.
    @Test func readsSpansThatSayTheirYearOnce() {
        #expect(read("5–6 September 1972") == "1972-09-05/1972-09-06")
        #expect(read("5-6 September 1972") == "1972-09-05/1972-09-06")
        #expect(read("5 to 6 September 1972") == "1972-09-05/1972-09-06")
        #expect(read("30 October – 3 November 1911") == "1911-10-30/1911-11-03")
        #expect(read("March–December 1811") == "1811-03/1811-12")
        #expect(read("from March to December 1811") == "1811-03/1811-12")
        #expect(read("10–12 January 49 BC") == "-49-01-10/-49-01-12")
        #expect(read("1811–1816") == "1811/1816")
        #expect(read("16 December 1944 – 25 January 1945") == "1944-12-16/1945-01-25")
        #expect(read("6–5 September 1972") == nil)
        // The first end borrows the month and year, never the era word alone.
        #expect(read("24–25 August 79 AD") == "79-08-24/79-08-25")
        #expect(read("30 October – 3 November 1911 AD") == "1911-10-30/1911-11-03")
        #expect(read("10–12 March 4 BC") == "-4-03-10/-4-03-12")
        // The month first, as in the United States; a hedge anywhere.
        #expect(read("September 5–6, 1972") == "1972-09-05/1972-09-06")
        #expect(read("May 5 to 6 1972") == "1972-05-05/1972-05-06")
        #expect(read("from c. 1904 to 1905") == "1904/1905")
        #expect(read("c.1709") == "1709")
    }

    @Test func refusesWhatIsNoDate() {
        #expect(read("31 February 1945") == nil)
        #expect(read("0") == nil)
        #expect(read("August") == nil)
        #expect(read("1905–1904") == nil)
        #expect(read("soon") == nil)
        #expect(DateAnswerParser.read("05/08/1945") == .ambiguous)
        #expect(read("13/08/1945") == "1945-08-13")
    }
}
