import Printing
import Testing

struct GIFTRendererTests {
    @Test func matchesItsGoldenFile() throws {
        let quiz = SampleQuiz.make(versions: 2)
        try Snapshot.check(GIFTRenderer().render(quiz), named: "sample.gift")
    }
}
