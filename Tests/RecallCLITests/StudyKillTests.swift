import Foundation
import GRDB
import Scheduling
import SeededRandom
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Killing `recall study` with SIGKILL at any moment never loses an answer whose feedback was shown and
/// never damages the progress file.
@Suite struct StudyKillTests {
    @Test func killedAtRandomMomentsItKeepsEveryAnswerShown() throws {
        let folder = try RecallBinary.temporaryDirectory()
        let progress = folder.appendingPathComponent("progress.sqlite").path
        var shown: [String: Int] = [:]
        var shownTotal = 0
        let runs = 30
        // Seeded, so that a failing run can be replayed: RECALL_KILL_SEED=N swift test --filter StudyKillTests.
        let seed = ProcessInfo.processInfo.environment["RECALL_KILL_SEED"].flatMap(UInt64.init) ?? 20_261_201
        var generator = SeededGenerator(seed: seed)
        for run in 0..<runs {
            // A session in line mode, answered as fast as it asks, killed after a random number of answers
            // and a random pause — sometimes while an answer is being written.
            let process = try StudyProcess(["study", "--learner", "kim", "--new", "5", "--seed", "\(run)", "--progress", progress])
            let answers = Int.random(in: 0...6, using: &generator)
            var given = 0
            while given < answers, process.read(until: StudyProcess.questionComplete, timeout: 20) {
                let before = process.text.count
                process.send(StudyProcess.answer(after: process.text) + "\n")
                given += 1
                if given < answers {
                    process.read(until: { StudyProcess.questionComplete(String($0.dropFirst(before))) }, timeout: 20)
                }
            }
            usleep(UInt32.random(in: 0...30_000, using: &generator))
            process.send(signal: SIGKILL)
            let status = process.wait()
            #expect(StudyProcess.terminatingSignal(status) == SIGKILL || StudyProcess.exitCode(status) == 0)
            for card in StudyProcess.answeredCards(process.text) {
                shown[card, default: 0] += 1
                shownTotal += 1
            }
        }
        // Every answer whose feedback was printed is in the log; at most one more per run (committed, then
        // killed before its feedback was printed).
        let database = try DatabaseQueue(path: progress)
        let stored = try database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT card, count(*) AS n FROM review JOIN learner ON learner.id = review.learnerId
                    WHERE learner.name = 'kim' GROUP BY card
                    """)
        }
        var storedByCard: [String: Int] = [:]
        for row in stored { storedByCard[row["card"]] = row["n"] }
        let storedTotal = storedByCard.values.reduce(0, +)
        print("\(runs) sessions killed (seed \(seed)): \(shownTotal) answers shown, \(storedTotal) stored")
        #expect(shownTotal > 0)
        for (card, count) in shown {
            #expect((storedByCard[card] ?? 0) >= count, "\(card): shown \(count), stored \(storedByCard[card] ?? 0)")
        }
        #expect(storedTotal <= shownTotal + runs)
        let check = try database.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        #expect(check == ["ok"])
        // Every card's state agrees with its log: the last review's state is the card's state.
        let mismatched = try database.read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM cardState c
                    WHERE c.due <> (SELECT r.dueAfter FROM review r WHERE r.learnerId = c.learnerId AND r.card = c.card AND r.source <> 'cram'
                                    ORDER BY r.reviewedAt DESC, r.id DESC LIMIT 1)
                    """)
        }
        #expect(mismatched == 0)
        try database.close()
        // And the file still opens for the next session.
        let stats = try RecallBinary.run(["stats", "--learner", "kim", "--progress", progress])
        #expect(stats.status == 0, "\(stats.stderr)")
    }
}
