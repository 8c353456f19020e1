import Foundation
import Printing
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

struct MoodleXMLRendererTests {
    @Test func matchesItsGoldenFile() throws {
        let quiz = SampleQuiz.make(versions: 2)
        try Snapshot.check(MoodleXMLRenderer().render(quiz), named: "sample.xml")
    }

    @Test func controlCharactersXMLCannotHoldNeverMakeAFileNoParserAccepts() {
        // Deck text cannot hold them (recall check refuses them); a title typed on the command line might.
        let quiz = SampleQuiz.make(versions: 1, title: "Quiz \u{1B}[2J \u{7} ]]> -- \u{0} end")
        let xml = MoodleXMLRenderer().render(quiz)
        let parser = XMLParser(data: Data(xml.utf8))
        #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
        #expect(!xml.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" })
    }
}
