import Printing
import Testing

struct MoodleXMLRendererTests {
    @Test func matchesItsGoldenFile() throws {
        let quiz = SampleQuiz.make(versions: 2)
        try Snapshot.check(MoodleXMLRenderer().render(quiz), named: "sample.xml")
    }
}
