import Foundation
import GRDB
import Testing

/// `recall study` in line mode, through pipes, as a script would drive it.
@Suite struct StudyLineModeTests {
    let folder: URL
    let progress: String

    init() throws {
        folder = try RecallBinary.temporaryDirectory()
        progress = folder.appendingPathComponent("progress.sqlite").path
    }

    /// Runs a session answering each question as it comes, `answers` times, then closes the input.
    private func study(_ arguments: [String], answers: Int, extra: [Int: String] = [:]) throws -> (StudyProcess, Int32) {
        let process = try StudyProcess(["study"] + arguments + ["--progress", progress])
        var given = 0
        while given < answers {
            guard process.read(until: { StudyProcess.questionComplete($0) }) else { break }
            let line = extra[given] ?? StudyProcess.answer(after: process.text)
            given += 1
            process.send(line + "\n")
            // Wait for the answer to be taken: the next question (or the flashcard's back) is printed.
            let before = process.text.count
            if given < answers {
                process.read(until: { StudyProcess.questionComplete(String($0.dropFirst(before))) })
            }
        }
        process.closeInput()
        let status = process.wait()
        return (process, status)
    }

    private func export(_ learner: String) throws -> [[String: Any]] {
        let result = try RecallBinary.run(["progress", "export", "--learner", learner, "--format", "jsonl", "--progress", progress])
        #expect(result.status == 0, "\(result.stderr)")
        return try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test func aSessionOnTheSiberianDeckSavesEveryAnswer() throws {
        let (process, status) = try study(["siberian-internment", "--learner", "anna", "--seed", "1"], answers: 12)
        let transcript = process.text
        #expect(StudyProcess.exitCode(status) == 0, "\(transcript)")
        #expect(transcript.hasPrefix("Recall: studying siberian-internment as anna: 20 new, 0 learning, 0 review.\n"))
        let answered = StudyProcess.answeredCards(transcript)
        #expect(answered.count == 12)
        #expect(answered.allSatisfy { $0.hasPrefix("siberian-internment/") })
        #expect(transcript.contains("Studied 12 cards in "))
        #expect(transcript.contains("Streak: 1 study day in a row."))
        // Every answer is in the log, with the form asked, the answer given and the time it took.
        let reviews = try export("anna")
        #expect(reviews.map { $0["card"] as? String } == answered)
        #expect(reviews.allSatisfy { ($0["source"] as? String) == "study" && $0["duration_ms"] != nil })
        // And the card's memory follows from it.
        let card = try RecallBinary.run(["card", answered[0], "--learner", "anna", "--json", "--progress", progress])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(card.stdout.utf8)) as? [String: Any])
        #expect((json["history"] as? [Any])?.isEmpty == false)
    }

    /// An answer given while another program holds the file (a teacher's import, say) waits for it, says so
    /// once after a second, and is stored when the file is free; the session goes on.
    @Test func anAnswerThatWaitsForAnotherWriterSaysSoAndIsStored() throws {
        let process = try StudyProcess(["study", "siberian-internment", "--learner", "anna", "--seed", "1", "--progress", progress])
        #expect(process.read(until: { StudyProcess.questionComplete($0) }), "\(process.text)")
        // Another program takes the file's write lock and keeps it for two and a half seconds.
        let other = try DatabaseQueue(path: progress)
        let locked = DispatchSemaphore(value: 0)
        let released = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            try? other.inTransaction(.immediate) { _ in
                locked.signal()
                usleep(2_500_000)
                return .commit
            }
            released.signal()
        }
        locked.wait()
        let asked = process.text.count
        process.send(StudyProcess.answer(after: process.text) + "\n")
        let notice = "recall: waiting for the progress file '\(progress)': another program is writing to it…"
        #expect(process.read(until: { $0.contains(notice) }, timeout: 10), "\(process.text.suffix(400))")
        released.wait()
        #expect(process.read(until: { StudyProcess.questionComplete(String($0.dropFirst(asked))) }), "\(process.text.suffix(400))")
        process.closeInput()
        #expect(StudyProcess.exitCode(process.wait()) == 0, "\(process.text.suffix(400))")
        #expect(process.text.components(separatedBy: notice).count == 2, "said once")
        #expect(try export("anna").count == 1)
    }

    @Test func undoBuryHelpAndQuit() throws {
        let process = try StudyProcess(["study", "siberian-internment", "--learner", "ben", "--seed", "2", "--progress", progress])
        process.read(until: StudyProcess.questionComplete)
        process.send("1\n")
        process.read(until: { $0.contains(", answered in ") })
        process.read(until: StudyProcess.questionComplete)
        process.send("u\n")
        process.read(until: { $0.contains("Undone: the last answer is forgotten, its question is asked again.") })
        process.read(until: StudyProcess.questionComplete)
        process.send("?\n")
        process.read(until: { $0.contains("A line with only u undoes the last answer") })
        process.send("s\n")
        process.read(until: { $0.contains("Buried for the rest of this session.") })
        process.read(until: StudyProcess.questionComplete)
        process.send("q\n")
        let status = process.wait()
        #expect(StudyProcess.exitCode(status) == 0)
        #expect(process.text.contains("Studied 0 cards in "))
        #expect(process.text.contains("1 buried"))
        #expect(try export("ben").isEmpty)
    }

    @Test func cramIsLoggedAsCramAndLeavesCardsNew() throws {
        let (process, status) = try study(
            ["siberian-internment", "--learner", "cleo", "--cram", "--limit", "3", "--seed", "3"], answers: 3)
        #expect(StudyProcess.exitCode(status) == 0)
        #expect(process.text.hasPrefix("Recall: cramming siberian-internment as cleo"))
        #expect(process.text.contains("Crammed 3 cards in "))
        let reviews = try export("cleo")
        #expect(reviews.count == 3)
        #expect(reviews.allSatisfy { $0["source"] as? String == "cram" })
        let card = try RecallBinary.run([
            "card", try #require(reviews[0]["card"] as? String), "--learner", "cleo", "--json", "--progress", progress,
        ])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(card.stdout.utf8)) as? [String: Any])
        let current = try #require((json["current"] as? [[String: Any]])?.first)
        #expect(current["state"] as? String == "new")
    }

    @Test func nothingDueSaysSoAndOffersCram() throws {
        let settings = try RecallBinary.run(["settings", "--learner", "dan", "new-per-day", "0", "--progress", progress])
        #expect(settings.status == 0, "\(settings.stderr)")
        let result = try RecallBinary.run(["study", "siberian-internment", "--learner", "dan", "--progress", progress], input: "c\n1\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Nothing is due now.\n"))
        #expect(result.stdout.contains("Type c to cram"))
        #expect(result.stdout.contains("· cram · siberian-internment/"))
    }

    @Test func newAndLimitShapeTheSession() throws {
        let result = try RecallBinary.run(
            ["study", "siberian-internment", "--learner", "eve", "--new", "2", "--progress", progress], input: "")
        #expect(result.stdout.hasPrefix("Recall: studying siberian-internment as eve: 2 new, 0 learning, 0 review.\n"))
        let limited = try RecallBinary.run(["study", "--learner", "eve", "--limit", "1", "--progress", progress], input: "")
        #expect(limited.stdout.hasPrefix("Recall: studying physics + siberian-internment as eve: 1 new, 0 learning, 0 review.\n"))
    }

    @Test func badArgumentsAndMissingDecksAreRefused() throws {
        let limit = try RecallBinary.run(["study", "--limit", "0", "--progress", progress])
        #expect(limit.status == 2)
        #expect(limit.stderr.hasPrefix("recall: --limit must be 1 or more"))
        let new = try RecallBinary.run(["study", "--new", "-1", "--progress", progress])
        #expect(new.status == 2)
        let missing = try RecallBinary.run(["study", "nope", "--progress", progress])
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("recall: no deck 'nope' in Decks/"))
        let empty = try RecallBinary.run(["study", "--progress", progress], in: folder)
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("recall: no deck folder at 'Decks'"))
    }

    @Test func aProgressFileThatIsNotOneIsLeftAlone() throws {
        let bogus = folder.appendingPathComponent("notes.sqlite")
        try "not a database".write(to: bogus, atomically: true, encoding: .utf8)
        let result = try RecallBinary.run(["study", "--progress", bogus.path], input: "1\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("is not a Recall progress file"))
        #expect(try String(contentsOf: bogus, encoding: .utf8) == "not a database")
    }
}
