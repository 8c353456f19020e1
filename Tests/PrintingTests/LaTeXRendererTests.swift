import Printing
import Testing

struct LaTeXRendererTests {
    @Test func matchesItsGoldenFile() throws {
        let quiz = SampleQuiz.make(versions: 2)
        try Snapshot.check(LaTeXRenderer(paper: .a4).render(quiz), named: "sample.tex")
    }
}
