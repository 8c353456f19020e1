import Facts
@testable import Questions
import Testing

/// Distractor numbers computed exactly and written with the key's digits.
@Suite struct ScaledNumberTests {
    func scaled(_ text: String) throws -> ScaledNumber {
        try #require(ScaledNumber(try DecimalNumber.parse(text).get()))
    }

    @Test func keepsTheKeysDigits() throws {
        #expect(try scaled("575000").decimal.description == "575,000")
        #expect(try scaled("575000").scaled(by: 0.8).decimal.description == "460,000")
        #expect(try scaled("500000").scaled(by: 1.1).decimal.description == "550,000")
        #expect(try scaled("9.80665").scaled(by: 1.3).decimal.description == "12.74865")
        #expect(try scaled("-273.15").scaled(by: 1.2).decimal.description == "−327.78")
        #expect(try scaled("6.02214076e23").scaled(by: 0.5).decimal.description == "3.01107038 × 10²³")
        #expect(try scaled("0.5").scaled(by: 2).decimal.description == "1.0")
        #expect(try scaled("149_597_870_700").scaled(by: 0.6).decimal.description == "89,758,722,400")
        #expect(ScaledNumber(try DecimalNumber.parse("123456789012345678901").get()) == nil)
    }
}
