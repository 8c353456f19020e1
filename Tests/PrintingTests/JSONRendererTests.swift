import Printing
import Testing

struct JSONRendererTests {
    @Test func matchesItsGoldenFile() throws {
        let quiz = SampleQuiz.make(versions: 2)
        try Snapshot.check(try JSONRenderer().render(quiz), named: "sample.json")
    }
}
