import Facts
import PropertyBased
import Testing

@Suite struct HistoricalDateTests {
    @Test(arguments: [
        ("1945", "1945", HistoricalDate.Precision.year),
        ("1945-08", "August 1945", .month),
        ("1945-08-23", "23 August 1945", .day),
        ("476-09-04", "4 September 476", .day),
        ("-44-03-15", "15 March 44 BC", .day),
        ("-212", "212 BC", .year),
        ("0476", "476", .year),
    ])
    func parsesAndShowsAtThePrecisionWritten(text: String, shown: String, precision: HistoricalDate.Precision) throws {
        let date = try HistoricalDate.parse(text).get()
        #expect(date.description == shown)
        #expect(date.precision == precision)
    }

    @Test func isoTextRoundTrips() throws {
        for text in ["1945", "1945-08", "1945-08-23", "-44-03-15", "476-09-04", "-1"] {
            #expect(try HistoricalDate.parse(text).get().isoText == text)
        }
    }

    @Test(arguments: ["0", "0000-01-01", "12345", "1945-8-23", "1945-08-1", "1945/08/23", "August 1945", "", "-", "1945-", "19a5"])
    func refusesWhatIsNotADate(text: String) {
        #expect(throws: DateParseError.self) { try HistoricalDate.parse(text).get() }
    }

    @Test func thereIsNoYearZeroSoOneBCPrecedesADOne() throws {
        let bc1 = try HistoricalDate.parse("-1").get()
        let ad1 = try HistoricalDate.parse("1").get()
        #expect(bc1 < ad1)
        #expect(bc1.shifted(by: 1) == ad1)
        #expect(ad1.shifted(by: -1) == bc1)
        #expect(try HistoricalDate.parse("-44").get() < HistoricalDate.parse("-43").get())
    }

    @Test func shiftingKeepsThePrecision() throws {
        #expect(try HistoricalDate.parse("1945-12").get().shifted(by: 1).description == "January 1946")
        #expect(try HistoricalDate.parse("1945-01").get().shifted(by: -1).description == "December 1944")
        #expect(try HistoricalDate.parse("1944-02-28").get().shifted(by: 1).description == "29 February 1944")
        #expect(try HistoricalDate.parse("1945-02-28").get().shifted(by: 1).description == "1 March 1945")
        #expect(try HistoricalDate.parse("-1-01").get().shifted(by: -1).description == "December 2 BC")
    }

    @Test func dayNumbersRoundTrip() async {
        await propertyCheck(count: 2000, input: Gen.int(in: -1_000_000...1_000_000)) { n in
            #expect(HistoricalDate(dayNumber: n).dayNumber == n)
        }
    }

    @Test func everyValidDayParses() async {
        await propertyCheck(count: 2000, input: Gen.int(in: -9999...9999), Gen.int(in: 1...12), Gen.int(in: 1...31)) { year, month, day in
            guard year != 0 else { return }
            let text = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
            let valid = day <= HistoricalDate.daysIn(month: month, year: year)
            switch HistoricalDate.parse(text) {
            case .success(let date): #expect(valid && date.isoText == text)
            case .failure: #expect(!valid)
            }
        }
    }

    @Test func rangesShowWithAnEnDash() throws {
        #expect(try DateValue.parse("1904/1905").get().description == "1904–1905")
        #expect(try DateValue.parse("1911-10-30/1911-11-03").get().description == "30 October 1911 – 3 November 1911")
        #expect(try DateValue.parse("1904/1905").get().isoText == "1904/1905")
        #expect(throws: DateParseError.reversedRange("1905/1904")) { try DateValue.parse("1905/1904").get() }
    }
}
