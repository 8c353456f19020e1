import Foundation
import GRDB
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A teacher imports a large review log while a class studies on the same progress file: every study session
/// keeps going, and nothing anyone did is lost.
@Suite(.serialized) struct ImportDuringStudyTests {
    /// A review log of `learners` × `cards` × `reviews` rows, for cards no deck has (homework done elsewhere).
    static func homework(learners: Int, cards: Int, reviews: Int) -> String {
        var text = "learner,card,reviewed_at,rating\n"
        text.reserveCapacity(learners * cards * reviews * 60)
        for learner in 0..<learners {
            for card in 0..<cards {
                for review in 0..<reviews {
                    let day = 1 + review % 28
                    let month = 1 + review / 28 % 12
                    let rating = 1 + (learner + card + review) % 4
                    text += "home-\(learner),home/terms/t-\(card)/term,2026-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)T"
                    text += "\(review % 24 < 10 ? "0" : "")\(review % 24):\(card % 60 < 10 ? "0" : "")\(card % 60):00Z,\(rating)\n"
                }
            }
        }
        return text
    }

    /// Runs `recall arguments…` on a thread of its own; the box holds its result when it is done.
    static func start(_ arguments: [String], in folder: URL) -> ResultBox {
        let box = ResultBox()
        let thread = Thread {
            let output =
                (try? RecallBinary.run(arguments, in: folder)) ?? RecallBinary.Output(stdout: "", stderr: "did not start", status: -1)
            box.set(output)
        }
        thread.stackSize = 1 << 20
        thread.start()
        return box
    }

    final class ResultBox: @unchecked Sendable {
        private let condition = NSCondition()
        private var value: RecallBinary.Output?
        func set(_ output: RecallBinary.Output) {
            condition.lock()
            value = output
            condition.broadcast()
            condition.unlock()
        }
        var isDone: Bool {
            condition.lock()
            defer { condition.unlock() }
            return value != nil
        }
        func wait() -> RecallBinary.Output {
            condition.lock()
            defer { condition.unlock() }
            while value == nil { condition.wait() }
            return value!
        }
    }

    @Test func sixHundredThousandReviewsImportWhileTenSessionsAnswer() throws {
        let folder = try RecallBinary.temporaryDirectory()
        let progress = folder.appendingPathComponent("progress.sqlite").path
        // 100 learners × 60 cards × 100 reviews: 600,000 rows.
        try Self.homework(learners: 100, cards: 60, reviews: 100).write(
            to: folder.appendingPathComponent("homework.csv"), atomically: true, encoding: .utf8)
        #expect(try RecallBinary.run(["settings", "fuzz", "off", "--progress", progress]).status == 0)

        let learners = (0..<10).map { "student-\($0)" }
        let sessions = try learners.enumerated().map { index, learner in
            try StudyProcess(["study", "--learner", learner, "--new", "9999", "--seed", "\(index)", "--progress", progress])
        }
        var taken = Array(repeating: 0, count: sessions.count)
        var answered = Array(repeating: 0, count: sessions.count)
        var duringImport = Array(repeating: 0, count: sessions.count)
        func answerWhatIsAsked(importRunning: Bool) {
            for (index, session) in sessions.enumerated() {
                session.pump(timeout: 0.005)
                let text = String(session.text.dropFirst(taken[index]))
                guard StudyProcess.questionComplete(text) else { continue }
                taken[index] = session.text.count
                session.send(StudyProcess.answer(after: session.text) + "\n")
                answered[index] += 1
                if importRunning { duringImport[index] += 1 }
            }
        }
        // Every session under way before the import starts.
        let warmUp = Date().addingTimeInterval(60)
        while answered.contains(0), Date() < warmUp { answerWhatIsAsked(importRunning: false) }

        let box = Self.start(["progress", "import", "homework.csv", "--progress", progress], in: folder)
        let deadline = Date().addingTimeInterval(600)
        while !box.isDone, Date() < deadline { answerWhatIsAsked(importRunning: true) }
        let imported = box.wait()
        // A few more answers each after the import, then the sessions end.
        let after = answered.map { $0 + 2 }
        let tail = Date().addingTimeInterval(60)
        while zip(answered, after).contains(where: { $0 < $1 }), Date() < tail { answerWhatIsAsked(importRunning: false) }
        for session in sessions { session.closeInput() }
        let statuses = sessions.map { $0.wait(timeout: 60) }

        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.hasPrefix("Imported 600000 reviews into "), "\(imported.stdout)")
        print("import of 600,000 reviews during study: answers per session during it \(duringImport), in all \(answered)")
        for (index, session) in sessions.enumerated() {
            #expect(StudyProcess.exitCode(statuses[index]) == 0, "session \(index): \(session.text.suffix(500))")
            #expect(!session.text.contains("locked"), "session \(index) was locked out")
            // It kept going while the import ran.
            #expect(duringImport[index] >= 3, "session \(index) answered \(duringImport[index]) times during the import")
        }

        // Nothing lost: every answer shown is stored, in order, and every imported review.
        let database = try DatabaseQueue(path: progress)
        defer { try? database.close() }
        for (index, learner) in learners.enumerated() {
            let stored = try database.read { db in
                try String.fetchAll(
                    db,
                    sql: """
                        SELECT card FROM review JOIN learner ON learner.id = review.learnerId
                        WHERE learner.name = ? ORDER BY reviewedAt
                        """, arguments: [learner])
            }
            let shown = StudyProcess.answeredCards(sessions[index].text)
            #expect(shown.count > 0)
            #expect(stored == shown, "\(learner)")
        }
        let homework = try database.read { db in
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM review JOIN learner ON learner.id = review.learnerId WHERE learner.name LIKE 'home-%'")
        }
        #expect(homework == 600_000)
        let check = try database.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        #expect(check == ["ok"])
    }

    /// What a file holds of the homework learners: each review with the state after it, and each card's state.
    static func homework(in path: String) throws -> [String] {
        let database = try DatabaseQueue(path: path)
        defer { try? database.close() }
        return try database.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT learner.name || ' ' || card || ' ' || reviewedAt || ' ' || rating || ' ' || ifnull(stabilityAfter, '') || ' ' || dueAfter
                    FROM review JOIN learner ON learner.id = review.learnerId WHERE learner.name LIKE 'home-%'
                    UNION ALL
                    SELECT learner.name || ' ' || card || ' state ' || phase || ' ' || ifnull(stability, '') || ' ' || due
                    FROM cardState JOIN learner ON learner.id = cardState.learnerId WHERE learner.name LIKE 'home-%'
                    ORDER BY 1
                    """)
        }
    }

    /// Reviews an import under way has written, as its journal row says (0 when there is none).
    static func journal(_ path: String) throws -> Int {
        guard FileManager.default.fileExists(atPath: path) else { return 0 }
        var configuration = Configuration()
        configuration.readonly = true
        // The importer may hold the file for a moment (a chunk's commit): wait for it, as any reader would.
        configuration.busyMode = .timeout(10)
        let database = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? database.close() }
        return try database.read { db in
            guard try db.tableExists("importRun") else { return 0 }
            return try Int.fetchOne(db, sql: "SELECT max(written) FROM importRun") ?? 0
        }
    }

    @Test func anImportKilledPartWayDuringStudyFinishesWhenRunAgain() throws {
        let folder = try RecallBinary.temporaryDirectory()
        let homework = folder.appendingPathComponent("homework.csv").path
        try Self.homework(learners: 30, cards: 40, reviews: 50).write(toFile: homework, atomically: true, encoding: .utf8)
        let clean = folder.appendingPathComponent("clean.sqlite").path
        #expect(try RecallBinary.run(["progress", "import", homework, "--progress", clean]).status == 0)
        let expected = try Self.homework(in: clean)
        #expect(expected.count == 30 * 40 * 51)

        let progress = folder.appendingPathComponent("progress.sqlite").path
        let session = try StudyProcess(["study", "--learner", "kim", "--new", "9999", "--seed", "3", "--progress", progress])
        var taken = 0
        func answer() {
            session.pump(timeout: 0.005)
            let text = String(session.text.dropFirst(taken))
            guard StudyProcess.questionComplete(text) else { return }
            taken = session.text.count
            session.send(StudyProcess.answer(after: session.text) + "\n")
        }
        // Killed three times while kim studies, each time once the import has written more than before (its
        // journal says how much), and then after a short delay drawn from a fixed seed: always part way.
        var seed: UInt64 = 0x5EED
        var written = 0
        for _ in 0..<3 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // Chunks of 20 ms, so that even a fast machine is stopped part way, not after the last chunk.
            let importer = try StudyProcess(
                ["progress", "import", homework, "--progress", progress], environment: ["RECALL_IMPORT_CHUNK_SECONDS": "0.02"])
            let until = Date().addingTimeInterval(120)
            while Date() < until, try Self.journal(progress) <= written { answer() }
            let delay = Date().addingTimeInterval(0.05 * Double(seed >> 40) / Double(1 << 24))
            while Date() < delay { answer() }
            importer.send(signal: SIGKILL)
            _ = importer.wait()
            written = try Self.journal(progress)
            // The file is sound, and every card of the import is there whole or not at all.
            let database = try DatabaseQueue(path: progress)
            let (check, mismatched) = try database.read { db in
                (
                    try String.fetchAll(db, sql: "PRAGMA integrity_check"),
                    try Int.fetchOne(
                        db,
                        sql: """
                            SELECT count(*) FROM cardState c
                            WHERE c.due <> (SELECT r.dueAfter FROM review r WHERE r.learnerId = c.learnerId AND r.card = c.card AND r.source <> 'cram'
                                            ORDER BY r.reviewedAt DESC, r.id DESC LIMIT 1)
                            """)
                )
            }
            try database.close()
            #expect(check == ["ok"])
            #expect(mismatched == 0)
        }
        // The last kill came part way: some of the import is in, and the file says which import to finish.
        let partial = try Self.homework(in: progress)
        #expect(partial.count > 0 && partial.count < expected.count, "\(partial.count) of \(expected.count)")
        let doctor = try RecallBinary.run(["doctor", "--progress", progress])
        #expect(doctor.stdout.contains("an import of 60000 reviews from \(homework) stopped after"), "\(doctor.stdout)")
        let finish = try RecallBinary.run(["progress", "import", homework, "--progress", progress])
        #expect(finish.status == 0, "\(finish.stderr)")
        for _ in 0..<20 { answer() }
        session.closeInput()
        #expect(StudyProcess.exitCode(session.wait()) == 0)
        // The same as one clean run, and kim's answers all kept.
        #expect(try Self.homework(in: progress) == expected)
        let after = try RecallBinary.run(["doctor", "--progress", progress])
        #expect(after.status == 0, "\(after.stdout)")
        let database = try DatabaseQueue(path: progress)
        let kim = try database.read { db in
            try String.fetchAll(
                db,
                sql: "SELECT card FROM review JOIN learner ON learner.id = review.learnerId WHERE learner.name = 'kim' ORDER BY reviewedAt")
        }
        try database.close()
        #expect(kim == StudyProcess.answeredCards(session.text))
    }
}
