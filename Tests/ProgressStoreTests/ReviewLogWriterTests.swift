import Foundation
import Testing

@testable import ProgressStore

@Suite("ReviewLogWriter")
struct ReviewLogWriterTests {
    let tricky = [
        ReviewLogEntry(
            id: "r-1", learner: learner("Ms Tanaka"), card: "d/quotes/q/author", reviewedAt: at("2026-01-01T10:00:00.000250Z"),
            rating: .hard, durationMs: 3000, source: .paper, questionForm: "typed", answer: " \"Hello\", she said\nthen left ",
            correct: false),
        ReviewLogEntry(learner: learner("bob"), card: "card, with comma", reviewedAt: at("2026-01-02T00:00:00Z"), rating: .easy),
    ]

    @Test("CSV written and read back gives the same entries, ids filled in")
    func csvRoundTrip() throws {
        let text = ([ReviewLogWriter.csvHeader] + tricky.map(ReviewLogWriter.csvRecord)).joined(separator: "\n") + "\n"
        let back = try entries(text)
        #expect(back.count == 2)
        for (original, read) in zip(tricky, back) {
            #expect(read.storedID == original.storedID)
            #expect(read.id == original.storedID)
            #expect(read.learner == original.learner && read.card == original.card && read.rating == original.rating)
            #expect(read.reviewedAtMicroseconds == original.reviewedAtMicroseconds)
            #expect(read.durationMs == original.durationMs && read.source == original.source)
            #expect(read.answer == original.answer && read.correct == original.correct)
            #expect(read.questionForm == original.questionForm)
        }
    }

    @Test("JSON Lines written and read back gives the same entries")
    func jsonRoundTrip() throws {
        let text = tricky.map(ReviewLogWriter.jsonLine).joined(separator: "\n")
        #expect(
            text.hasPrefix(
                #"{"answer":" \"Hello\", she said\nthen left ","card":"d/quotes/q/author","correct":false,"duration_ms":3000,"format":1,"#))
        let back = try entries(text, format: .jsonl)
        for (original, read) in zip(tricky, back) {
            #expect(read.storedID == original.storedID)
            #expect(read.reviewedAtMicroseconds == original.reviewedAtMicroseconds)
            #expect(read.answer == original.answer && read.correct == original.correct && read.source == original.source)
        }
    }
}
