import Foundation
import GRDB
import Testing

/// Two learners studying the same progress file at the same time both keep every answer.
@Suite struct StudyTwoLearnersTests {
    @Test func bothKeepAllTheirReviews() throws {
        let folder = try RecallBinary.temporaryDirectory()
        let progress = folder.appendingPathComponent("progress.sqlite").path
        let learners = ["ana", "bo"]
        let processes = try learners.enumerated().map { index, learner in
            try StudyProcess(["study", "--learner", learner, "--seed", "\(index)", "--progress", progress])
        }
        var given = [0, 0]
        var taken = [0, 0]
        let answers = 15
        // Answer both, alternately, as fast as each asks.
        let deadline = Date().addingTimeInterval(60)
        while given.contains(where: { $0 < answers }), Date() < deadline {
            for (index, process) in processes.enumerated() where given[index] < answers {
                process.pump(timeout: 0.01)
                let text = String(process.text.dropFirst(taken[index]))
                if StudyProcess.questionComplete(text) {
                    taken[index] = process.text.count
                    process.send(StudyProcess.answer(after: process.text) + "\n")
                    given[index] += 1
                }
            }
        }
        for process in processes { process.closeInput() }
        let statuses = processes.map { $0.wait() }
        #expect(statuses.map(StudyProcess.exitCode) == [0, 0], "\(processes.map(\.text))")
        let database = try DatabaseQueue(path: progress)
        for (index, learner) in learners.enumerated() {
            let shown = StudyProcess.answeredCards(processes[index].text)
            let stored = try database.read { db in
                try String.fetchAll(
                    db,
                    sql: """
                        SELECT card FROM review JOIN learner ON learner.id = review.learnerId
                        WHERE learner.name = ? ORDER BY reviewedAt
                        """, arguments: [learner])
            }
            #expect(shown.count == answers)
            #expect(stored == shown)
        }
        try database.close()
    }
}
