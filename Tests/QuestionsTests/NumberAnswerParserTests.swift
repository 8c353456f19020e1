import Testing

@testable import Questions

@Suite struct NumberAnswerParserTests {
    func value(_ text: String) -> Double? {
        if case .value(let v) = NumberAnswerParser.read(text) { return v }
        return nil
    }

    @Test func readsGroupingWordsAndNotation() {
        #expect(value("575000") == 575_000)
        #expect(value("575,000") == 575_000)
        #expect(value("575 000") == 575_000)
        #expect(value("575_000") == 575_000)
        #expect(value("575k") == 575_000)
        #expect(value("575 thousand") == 575_000)
        #expect(value("1.5 million") == 1_500_000)
        #expect(value("−50") == -50)
        #expect(value("9,81") == 9.81)
        #expect(value("6.02e23") == 6.02e23)
        #expect(value("6.02 × 10²³") == 6.02e23)
        #expect(value("1.6 x 10^-19") == 1.6e-19)
        #expect(value("about 80,000 soldiers") == 80_000)
    }

    @Test func readsRangesAndRefusesNonsense() {
        #expect(NumberAnswerParser.read("62,000–92,000") == .range(62_000, 92_000))
        #expect(NumberAnswerParser.read("62000-92000") == .range(62_000, 92_000))
        #expect(NumberAnswerParser.read("between 20 and 20,000") == .range(20, 20_000))
        #expect(NumberAnswerParser.read("−10–−5") == .range(-10, -5))
        #expect(NumberAnswerParser.read("many") == .unreadable)
        #expect(NumberAnswerParser.read("1,2,3") == .unreadable)
        #expect(NumberAnswerParser.read("1.2.3") == .unreadable)
    }
}
