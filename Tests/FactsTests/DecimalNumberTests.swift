import Facts
import PropertyBased
import Testing

@Suite struct DecimalNumberTests {
    @Test(arguments: [
        ("575000", "575,000", "575000"),
        ("575_000", "575,000", "575000"),
        ("299792458", "299,792,458", "299792458"),
        ("6.02214076e23", "6.02214076 × 10²³", "6.02214076e23"),
        ("1.602176634e-19", "1.602176634 × 10⁻¹⁹", "1.602176634e-19"),
        ("-50", "−50", "-50"),
        ("-273.15", "−273.15", "-273.15"),
        ("2.50", "2.50", "2.50"),
        ("1945", "1,945", "1945"),
        ("0.001", "0.001", "0.001"),
        ("149_597_870_700", "149,597,870,700", "149597870700"),
        ("+7", "7", "7"),
        ("13.8E9", "13.8 × 10⁹", "13.8e9"),
    ])
    func keepsEveryDigitWritten(text: String, shown: String, literal: String) throws {
        let n = try DecimalNumber.parse(text).get()
        #expect(n.description == shown)
        #expect(n.literal == literal)
    }

    @Test(arguments: ["many", "", "1_", "_1", "1__000", "1.2.3", "0x10", "1e", "1e+", "inf", ".nan", "1,000", "5 000", "12abc", "e5"])
    func refusesWhatIsNotANumber(text: String) {
        #expect(throws: NumberParseError.self) { try DecimalNumber.parse(text).get() }
    }

    @Test func doubleValues() throws {
        #expect(try DecimalNumber.parse("6.02214076e23").get().doubleValue == 6.02214076e23)
        #expect(try DecimalNumber.parse("-273.15").get().doubleValue == -273.15)
        #expect(try DecimalNumber.parse("575_000").get().doubleValue == 575_000)
    }

    @Test func integersRoundTripExactly() async {
        await propertyCheck(count: 2000, input: Gen.int(in: Int.min / 2...Int.max / 2)) { n in
            let parsed = try? DecimalNumber.parse(String(n)).get()
            #expect(parsed?.literal == String(n))
            #expect(parsed == DecimalNumber(n))
        }
    }

    @Test func decimalsRoundTripDigitForDigit() async {
        await propertyCheck(count: 2000, input: Gen.int(in: 0...999_999), Gen.int(in: 0...99_999), Gen.int(in: -30...30), Gen.bool) {
            whole, fraction, exponent, scientific in
            let text = "\(whole).\(fraction)" + (scientific ? "e\(exponent)" : "")
            #expect((try? DecimalNumber.parse(text).get())?.literal == text)
        }
    }
}
