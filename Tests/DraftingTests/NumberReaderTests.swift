import Facts
import Testing

@testable import Drafting

/// Numbers in digits and in words, exactly: no digit is lost or invented by scaling.
@Suite struct NumberReaderTests {
    static func read(_ text: String) -> (String, Int)? {
        let sentence = Sentence(paragraph: 1, number: 1, line: 1, text: text)
        return NumberReader.read(sentence.tokens, at: 0).map { ($0.value.literal, $0.tokens.count) }
    }

    @Test(arguments: [
        ("575,000 Japanese", "575000", 1),
        ("1.5 million troops", "1500000", 2),
        ("2.25 billion dollars", "2250000000", 2),
        ("0.1 grams", "0.1", 1),
        ("1.2345 thousand", "1234.5", 2),
        ("minus 50 C", "-50", 2),
        ("$1.9bn in sales", "1900000000", 3),
        ("£300 a week", "300", 2),
        ("two million people", "2000000", 2),
        ("twenty-five soldiers", "25", 1),
        ("two hundred and fifty ships", "250", 4),
        ("a million times", "1000000", 2),
        ("half a million people", "500000", 3),
        ("a dozen ships", "12", 2),
        ("forty thousand men", "40000", 2),
    ])
    func reads(text: String, value: String, tokens: Int) throws {
        let reading = try #require(Self.read(text))
        #expect(reading.0 == value)
        #expect(reading.1 == tokens)
    }

    @Test(arguments: ["the 9th day", "the 1990s", "a few men", "several ships"])
    func notNumbers(text: String) {
        let sentence = Sentence(paragraph: 1, number: 1, line: 1, text: text)
        #expect((0..<sentence.tokens.count).allSatisfy { NumberReader.read(sentence.tokens, at: $0) == nil })
    }
}
