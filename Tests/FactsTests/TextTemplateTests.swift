import Facts
import Testing

@Suite struct TextTemplateTests {
    @Test func slotsAndText() {
        let (template, errors) = TextTemplate.parse("{who} issued Order No. 9898 on {date}.")
        #expect(errors.isEmpty)
        #expect(template.placeholders == [.who, .date])
        #expect(
            template.render { $0 == .who ? "Josef Stalin" : "23 August 1945" } == "Josef Stalin issued Order No. 9898 on 23 August 1945.")
    }

    @Test func doubledBracesAreLiteral() {
        let (template, errors) = TextTemplate.parse("Sets are written {{1, 2}} and {value} is one.")
        #expect(errors.isEmpty)
        #expect(template.render { _ in "3" } == "Sets are written {1, 2} and 3 is one.")
    }

    @Test func everyProblemIsReportedWithItsOffset() {
        let (_, errors) = TextTemplate.parse("{when} and } and {value")
        #expect(errors.map(\.offset) == [0, 11, 17])
    }
}
