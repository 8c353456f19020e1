import Printing
import Testing

struct MarkdownRendererTests {
    @Test func matchesItsGoldenFile() throws {
        let quiz = SampleQuiz.make(versions: 2)
        try Snapshot.check(MarkdownRenderer().render(quiz), named: "sample.md")
    }
}
